import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "ride-matching",
  title: { en: "Ride-Hailing Dispatch", ru: "Подбор водителя в сервисе такси" },
  tracks: ["backend", "mobile"],
  prompt: {
    en: "Design the dispatch core of a ride-hailing app. Drivers' phones report their location every few seconds; a rider requests a ride from a pickup point; the system finds a suitable nearby driver, offers them the trip, and once accepted both sides watch each other approach on the map.",
  },
  scope: {
    en: "In scope: ingesting driver locations, finding nearby available drivers, the offer and accept flow, the trip state machine, and live tracking until pickup. Out of scope: pricing and surge (mention how it plugs in), payments, and the routing engine behind ETAs (treat it as a service).",
  },
  clarifyingQuestions: [
    { en: "How many drivers are online at peak and how often do they send their location?" },
    { en: "Do we match by straight-line distance or by estimated time to pickup?" },
    { en: "Is a trip offered to one driver at a time, and how long does a driver have to accept?" },
    { en: "What happens if nobody accepts: widen the radius, retry, or give up after a while?" },
    { en: "Are there several vehicle types or pooled rides?" },
    { en: "Is the service run per city or as one global system?" },
  ],
  functionalRequirements: [
    { en: "Online drivers report location every few seconds." },
    { en: "A rider requests a ride and sees an estimated pickup time." },
    {
      en: "The system offers the trip to a suitable driver with a timeout, and moves to the next candidate on decline or timeout.",
    },
    { en: "A driver is never assigned to two trips at once, and a trip never gets two drivers." },
    { en: "After acceptance rider and driver see each other's location until pickup." },
  ],
  nonFunctionalRequirements: [
    { en: "A rider is matched within about 10 seconds at p95 when drivers are available." },
    {
      en: "Location updates may be lost occasionally (the next one replaces them) but must be cheap.",
    },
    { en: "Trip assignment is strongly consistent." },
    { en: "A failure in one city or region must not affect others." },
  ],
  scale: [
    { label: { en: "Drivers online at peak" }, value: "~1 M worldwide" },
    { label: { en: "Location updates" }, value: "1 M every 4 s ≈ 250 k writes/s" },
    { label: { en: "Ride requests" }, value: "~20 M/day ≈ 230/s average, ~2 k/s peak" },
    { label: { en: "Live location state" }, value: "1 M × ~100 B ≈ 100 MB (fits in memory)" },
    { label: { en: "Location history for analytics" }, value: "250 k/s × 50 B ≈ 1 TB/day" },
  ],
  coreEntities: [
    {
      name: "Driver",
      fields: [
        "driverId",
        "status (offline | available | offered | on_trip)",
        "vehicleType",
        "currentTripId",
        "version",
      ],
    },
    {
      name: "DriverLocation",
      fields: ["driverId", "lat", "lng", "heading", "cellId", "updatedAt"],
    },
    {
      name: "Trip",
      fields: [
        "tripId",
        "riderId",
        "driverId",
        "pickup",
        "dropoff",
        "state",
        "createdAt",
        "version",
      ],
    },
    { name: "Offer", fields: ["offerId", "tripId", "driverId", "expiresAt", "status"] },
  ],
  api: [
    {
      signature: "POST /v1/drivers/me/location { lat, lng, heading, ts } → 204",
      purpose: {
        en: "Driver location update (or a frame on the driver's persistent connection).",
      },
    },
    {
      signature:
        "POST /v1/trips { pickup, dropoff, vehicleType } → 201 { tripId, state: 'matching' }",
      purpose: { en: "Rider requests a ride." },
    },
    {
      signature: "POST /v1/offers/{offerId}/accept → 200 { tripId } | 409",
      purpose: { en: "Driver accepts; 409 if the offer expired or the trip is already taken." },
    },
    {
      signature: "GET /v1/trips/{tripId} → { state, driver, driverLocation, etaSec }",
      purpose: { en: "Trip status; live updates also arrive over a WebSocket." },
    },
  ],
  components: [
    {
      name: { en: "Location ingestion" },
      role: {
        en: "Gateways receiving driver updates and writing the latest position to the geo index; a copy goes to Kafka for analytics.",
      },
    },
    {
      name: { en: "Geospatial index" },
      role: {
        en: "In-memory index of available drivers by cell (geohash, H3 or S2), for example Redis GEO or a custom service sharded by region.",
      },
    },
    {
      name: { en: "Dispatch service" },
      role: {
        en: "Finds candidates near the pickup, ranks them by ETA, creates offers one at a time and handles timeouts; partitioned by city.",
      },
    },
    {
      name: { en: "Trip service and database" },
      role: {
        en: "Owns the trip state machine in a strongly consistent store (Postgres, or Spanner for multi-region).",
      },
    },
    {
      name: { en: "ETA service" },
      role: {
        en: "Road-network travel times used to rank candidates and show the rider a pickup time.",
      },
    },
    {
      name: { en: "Real-time push" },
      role: {
        en: "WebSocket or push notification delivery of offers and location updates to phones.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Indexing moving drivers" },
      tradeOffs: [
        {
          en: "Geohash cells map to simple string prefixes and work in any key-value store, but neighbors must be queried explicitly and cells vary in size with latitude; H3 hexagons have uniform neighbors but need a library.",
        },
        {
          en: "A quadtree adapts to density but is costly to update 250 k times per second; fixed cells with per-cell sets make each update an O(1) move between sets.",
        },
        {
          en: "Keeping locations only in memory is fast and fine because they are rebuilt from the next updates within seconds; persisting every update to a database would be wasteful.",
        },
      ],
    },
    {
      topic: { en: "Preventing double assignment" },
      tradeOffs: [
        {
          en: "A conditional update on the driver row (set status to offered only if it is available, checking the version) is simple and correct but serializes on the database.",
        },
        {
          en: "A Redis lock with a TTL is fast, but without fencing tokens a paused process can act after its lock expired.",
        },
        {
          en: "Making one dispatch process the single writer for a city avoids distributed locks but needs failover and caps the throughput of very large cities.",
        },
      ],
    },
    {
      topic: { en: "Matching strategy" },
      tradeOffs: [
        {
          en: "Greedy matching of each request to the nearest driver is fast and simple but globally suboptimal in busy areas.",
        },
        {
          en: "Batching requests for a second or two and solving an assignment problem lowers total pickup time at the cost of a short added delay.",
        },
        {
          en: "Offering to one driver at a time is fair and avoids conflicts but slows matching when drivers decline; offering to several at once is faster but some drivers lose the race.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Stores current driver locations in a structure that supports 'drivers near point' queries.",
      },
      { en: "Describes the request, offer and accept flow and a trip state machine." },
    ],
    senior: [
      {
        en: "Picks a concrete spatial index (geohash, H3, quadtree) and explains its update and query cost at 250 k updates/s.",
      },
      {
        en: "Prevents double assignment with an atomic conditional update and handles offer timeouts.",
      },
      { en: "Partitions by city or region and explains what is lost when a node fails." },
    ],
    staff: [
      {
        en: "Discusses batched matching versus greedy, supply positioning, and how surge pricing feeds back into dispatch.",
      },
      {
        en: "Covers multi-region failover of trips in progress, degraded modes, and the data pipeline for ETA and demand models.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Computes the location update rate (~250 k/s) and notices it dominates the write load.",
      },
    },
    {
      stage: "requirements",
      text: { en: "Clarifies the offer model: one driver at a time with a timeout." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines driver status values and a trip state machine (matching, accepted, arriving, in progress, completed, cancelled).",
      },
    },
    {
      stage: "api-and-data-model",
      text: { en: "Separates ephemeral location data from durable trip data." },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws location ingestion, geo index, dispatch, trip service and a push channel to phones.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains the nearby query: cell of the pickup plus neighboring cells, filter by status, rank by ETA.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Guarantees one driver per trip with a conditional update, lock with fencing, or single writer.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Partitions by geography and handles dense downtown cells or city-wide hotspots.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Explains recovery when the dispatch service crashes during an outstanding offer.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs greedy nearest-driver matching against short batching windows." },
    },
    {
      stage: "trade-offs",
      text: {
        en: "States where availability is favored (location) and where consistency is required (assignment).",
      },
    },
  ],
};
