import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "proximity-search",
  title: { en: "Nearby Places Search", ru: "Поиск ближайших мест" },
  tracks: ["backend", "mobile", "data"],
  prompt: {
    en: "Design the search behind a local discovery app: a user asks for places such as 'coffee shops within 2 km of me that are open now', sorted by distance or rating. The app has 100 M users and 200 M listed places worldwide, and business owners can add and update their listings.",
  },
  scope: {
    en: "In scope: geospatial indexing, radius search with filters, ranking by distance or rating, pagination, listing updates, and caching. Out of scope: the review system, map rendering and routing or travel times.",
  },
  clarifyingQuestions: [
    { en: "How many places are listed, and how often do they change?" },
    { en: "What radius range do we support, and what if there are too few results in it?" },
    { en: "Which filters and sort orders: category, open now, price, rating?" },
    { en: "How many results per page, and is deep pagination needed?" },
    { en: "How quickly must a new or edited listing be searchable?" },
    { en: "How uneven is the density: city centers versus rural areas?" },
  ],
  functionalRequirements: [
    {
      en: "Search by location and radius (up to 25 km) with category and other filters, returning up to 50 results per page.",
    },
    { en: "Sort results by distance or by a relevance score that combines distance and rating." },
    { en: "Show details of a place." },
    { en: "Owners add and update places; changes become searchable within minutes." },
  ],
  nonFunctionalRequirements: [
    { en: "Search p99 under 200 ms." },
    { en: "Read-heavy (roughly 1000 reads per write) and highly available." },
    { en: "Eventual consistency is fine for listing updates." },
    { en: "Performance holds in very dense areas as well as sparse ones." },
  ],
  scale: [
    { label: { en: "Places" }, value: "200 M × ~1 KB ≈ 200 GB of listing data" },
    { label: { en: "Geo index" }, value: "200 M × ~24 B (id, lat, lng) ≈ 5 GB — fits in memory" },
    { label: { en: "Searches" }, value: "100 M DAU × 5 = 500 M/day ≈ 6 k/s average, ~20 k/s peak" },
    { label: { en: "Listing updates" }, value: "~100 k/day (about 1/s)" },
  ],
  coreEntities: [
    {
      name: "Place",
      fields: [
        "placeId",
        "name",
        "lat",
        "lng",
        "category",
        "rating",
        "reviewCount",
        "priceLevel",
        "openingHours",
        "timezone",
        "updatedAt",
      ],
    },
    {
      name: "GeoIndexEntry",
      fields: ["cellId (geohash, H3 or S2)", "placeId", "lat", "lng", "category"],
    },
  ],
  api: [
    {
      signature:
        "GET /v1/places/search?lat=40.74&lng=-73.99&radius=2000&category=coffee&openNow=true&sort=distance&cursor= → { places[], nextCursor }",
      purpose: { en: "Radius search with filters and a cursor for the next page." },
    },
    { signature: "GET /v1/places/{id} → Place", purpose: { en: "Place details." } },
    {
      signature: "POST /v1/places { name, lat, lng, category, hours } → 201 { placeId }",
      purpose: { en: "Owner creates a listing." },
    },
    {
      signature: "PATCH /v1/places/{id} { hours?, category?, … } → 200",
      purpose: { en: "Owner updates a listing." },
    },
  ],
  components: [
    {
      name: { en: "Search service" },
      role: {
        en: "Stateless; turns the radius into a set of cells, queries the geo index, filters, computes exact distances, ranks and paginates.",
      },
    },
    {
      name: { en: "Geo index" },
      role: {
        en: "Options: geohash or S2 cell ids in a key-value store or database index, an in-memory quadtree, PostGIS with a GiST index, or Elasticsearch geo queries.",
      },
    },
    {
      name: { en: "Place database" },
      role: {
        en: "Relational store (Postgres or MySQL) with read replicas, plus a cache of place details.",
      },
    },
    {
      name: { en: "Business service" },
      role: { en: "Handles owner writes and validation." },
    },
    {
      name: { en: "Index updater" },
      role: {
        en: "Consumes change events (CDC with Debezium, or an outbox) and updates the geo index.",
      },
    },
    {
      name: { en: "Result cache" },
      role: {
        en: "Caches popular queries keyed by rounded location cell, filters and page.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Choosing the spatial index" },
      tradeOffs: [
        {
          en: "Geohash turns a location into a string whose prefix means 'same area', so any ordered store can answer it; but points near a cell edge sit in different prefixes, so the 8 neighbor cells must be queried too.",
        },
        {
          en: "Fixed-size cells give uneven load (thousands of places in a Manhattan cell, none in a desert); a quadtree splits dense areas until each leaf has at most N places, but lives in memory and must be rebuilt or updated carefully.",
        },
        {
          en: "Ready-made options (PostGIS, Elasticsearch) cut development time and support complex filters, but bring their own scaling and operational costs.",
        },
      ],
    },
    {
      topic: { en: "Running a query" },
      tradeOffs: [
        {
          en: "Choosing the cell precision from the radius (geohash length 6 ≈ 1.2 × 0.6 km, length 5 ≈ 5 × 5 km) keeps the number of cells small; too coarse a precision returns many far-away candidates to filter out.",
        },
        {
          en: "Expanding the radius step by step when results are too few gives good answers in sparse areas but adds round trips.",
        },
        {
          en: "'Open now' depends on the place's time zone and the current time, so it is computed at query time on the candidate set rather than precomputed.",
        },
      ],
    },
    {
      topic: { en: "Scaling and freshness" },
      tradeOffs: [
        {
          en: "The index is only a few GB, so replicating it in full to every search node avoids cross-shard queries; sharding by region would create hot shards and awkward queries near borders.",
        },
        {
          en: "Updating the index asynchronously from change events keeps writes simple with a delay of seconds to minutes; writing to database and index synchronously is fresher but needs failure handling for partial writes.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Recognizes that a plain latitude/longitude range query is inefficient and proposes a spatial index.",
      },
      { en: "Separates the read path from owner writes." },
    ],
    senior: [
      {
        en: "Explains geohash or a quadtree in detail, including neighbor cells and exact distance filtering.",
      },
      {
        en: "Sizes the index, chooses replication over sharding, and keeps it updated via change events.",
      },
      { en: "Handles uneven density and too-few-results cases." },
    ],
    staff: [
      {
        en: "Designs ranking that blends distance, rating and personalization, and discusses caching effectiveness for location queries.",
      },
      {
        en: "Covers global deployment, index rebuild and rollout, and how the design changes if places move (for example food trucks).",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Asks about radius, filters and freshness, and identifies the read-heavy ratio.",
      },
    },
    {
      stage: "requirements",
      text: { en: "Estimates index size and concludes it fits in memory." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines a search endpoint with location, radius, filters, sort and cursor, and a place model with cell id.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws search service, geo index, place database with cache, and a write path that updates the index.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains how a radius query maps to a set of cells including neighbors, then filters by exact distance.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Handles dense cells with adaptive cells (quadtree) or by limiting and ranking candidates.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Replicates the index to all search nodes or justifies a sharding scheme." },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Explains how listing updates reach the index and how long that takes." },
    },
    {
      stage: "trade-offs",
      text: { en: "Compares geohash, quadtree and a managed geo database." },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs synchronous against asynchronous index updates." },
    },
  ],
};
