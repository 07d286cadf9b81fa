import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "search-autocomplete",
  title: { en: "Search Autocomplete", ru: "Автодополнение поисковых запросов" },
  tracks: ["backend", "frontend", "data"],
  prompt: {
    en: "Design the typeahead for a large search product: as the user types into the search box, show up to ten suggested completions of what they have typed so far, ordered by how popular each query is, fast enough to keep up with typing.",
  },
  scope: {
    en: "In scope: serving suggestions per keystroke, building the suggestion data from query logs, picking up trending queries, filtering offensive suggestions, and client behavior. Out of scope: the search results page, spelling correction (mention it), and deep personalization (a stretch goal).",
  },
  clarifyingQuestions: [
    {
      en: "How many suggestions, and ranked by what: all-time frequency, recent frequency, or both?",
    },
    { en: "Which languages and scripts must we support?" },
    {
      en: "How fresh must suggestions be: may a breaking-news query take a day to appear, or minutes?",
    },
    { en: "Prefix matches only, or also matches in the middle of a query and typo tolerance?" },
    { en: "Are suggestions personalized per user or per region?" },
    {
      en: "How much search traffic is there, and how many keystrokes reach the server per search?",
    },
  ],
  functionalRequirements: [
    { en: "Given a prefix, return up to 10 completions ordered by score." },
    { en: "Suggestions are built from real query logs and updated regularly." },
    { en: "Terms on a blocklist disappear from suggestions within minutes." },
    { en: "Suggestions are served per locale." },
  ],
  nonFunctionalRequirements: [
    { en: "Server p99 under 20–50 ms so the end-to-end delay stays under ~100 ms." },
    {
      en: "Highly available; if the service fails the search box still works, without suggestions.",
    },
    {
      en: "Eventual consistency: popular new queries appear within an hour, trending ones within minutes.",
    },
    { en: "Suggestions never contain blocked or personal data." },
  ],
  scale: [
    { label: { en: "Searches" }, value: "~5 B/day" },
    {
      label: { en: "Suggestion requests" },
      value: "~4 per search after debouncing → 20 B/day ≈ 230 k/s average, ~500 k/s peak",
    },
    {
      label: { en: "Distinct queries kept" },
      value: "top ~100 M queries per locale group, ~25 chars each",
    },
    {
      label: { en: "Index size" },
      value: "prefix → top-10 table for prefixes up to 20 chars: tens of GB",
    },
  ],
  coreEntities: [
    {
      name: "QueryStat",
      fields: ["query", "locale", "count7d", "countLastHour", "score", "lastSeen"],
    },
    { name: "SuggestionList", fields: ["locale", "prefix", "topK: [query, score][]", "builtAt"] },
    { name: "BlockedTerm", fields: ["pattern", "reason", "addedAt"] },
  ],
  api: [
    {
      signature: "GET /v1/suggest?q=new%20y&locale=en-US&limit=10 → { suggestions: string[] }",
      purpose: { en: "Return completions for a prefix; cacheable by (locale, prefix)." },
    },
    {
      signature: "POST /v1/admin/blocklist { pattern, reason } → 204",
      purpose: { en: "Remove a term from suggestions quickly." },
    },
    {
      signature: "topic search-queries { query, locale, ts }",
      purpose: { en: "Query log stream that feeds the builders." },
    },
  ],
  components: [
    {
      name: { en: "Client logic" },
      role: {
        en: "Debounces keystrokes (~100 ms), cancels stale requests, caches results per prefix and reuses a longer prefix's list when possible.",
      },
    },
    {
      name: { en: "Edge cache" },
      role: { en: "CDN caching for short, very common prefixes with a TTL of minutes." },
    },
    {
      name: { en: "Suggestion servers" },
      role: {
        en: "Hold a read-only in-memory index (trie with top-k per node, or a prefix → top-k map) loaded from a snapshot; sharded or fully replicated.",
      },
    },
    {
      name: { en: "Batch builder" },
      role: {
        en: "Daily Spark job over query logs: normalize, filter, aggregate with time decay, compute top-k per prefix, publish a versioned snapshot to object storage.",
      },
    },
    {
      name: { en: "Trending updater" },
      role: {
        en: "Stream job (Flink, Kafka Streams) counting queries in short windows and publishing small deltas that servers merge over the snapshot.",
      },
    },
    {
      name: { en: "Filter service" },
      role: {
        en: "Applies the blocklist at build time and again at serve time for fast removals.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Index data structure" },
      tradeOffs: [
        {
          en: "A trie with the top-k cached at every node answers in O(prefix length) but stores k entries per node, multiplying memory.",
        },
        {
          en: "A plain hash map from prefix to top-k list is the fastest lookup and easy to shard, but repeats each query under every one of its prefixes; limiting prefixes to ~20 characters bounds that.",
        },
        {
          en: "A compact finite-state transducer (as in Lucene) uses far less memory but is harder to update incrementally.",
        },
      ],
    },
    {
      topic: { en: "Freshness versus stability" },
      tradeOffs: [
        {
          en: "A daily full rebuild is simple and reproducible but misses breaking news; a streaming trending layer catches it within minutes but must be merged with the base scores and guarded against manipulation.",
        },
        {
          en: "Exponential time decay in scoring favors recent interest; too aggressive a decay makes suggestions jumpy.",
        },
      ],
    },
    {
      topic: { en: "Sharding and replication" },
      tradeOffs: [
        {
          en: "If the index fits in one machine's memory, replicating it to every server is simplest and avoids cross-shard calls.",
        },
        {
          en: "Sharding by first letters is intuitive but badly skewed (many more queries start with 's' than 'x'); sharding by a hash of the prefix is even, and each request still touches only one shard.",
        },
      ],
    },
    {
      topic: { en: "Caching and personalization" },
      tradeOffs: [
        {
          en: "Browser and CDN caching of short prefixes removes much of the traffic, but personalized suggestions cannot be shared through a CDN.",
        },
        {
          en: "Blending a small per-user history list on the client with global suggestions keeps caching intact while still feeling personal.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      { en: "Proposes a trie or prefix map with precomputed top suggestions, served from memory." },
      { en: "Builds the data offline from query logs rather than at request time." },
    ],
    senior: [
      {
        en: "Estimates request rate including keystrokes and uses debouncing and caching to reduce it.",
      },
      {
        en: "Separates the offline build from serving with versioned snapshots, and adds a path for fast blocklist removal.",
      },
      { en: "Discusses sharding versus full replication based on index size." },
    ],
    staff: [
      {
        en: "Combines batch and streaming scores with decay, and defends against suggestion manipulation.",
      },
      {
        en: "Discusses multi-language normalization, personalization without breaking cacheability, and measuring suggestion quality (acceptance rate).",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Sets a latency budget per keystroke and defines the ranking signal." },
    },
    {
      stage: "requirements",
      text: { en: "Estimates suggestion requests per second from searches and keystrokes." },
    },
    {
      stage: "api-and-data-model",
      text: { en: "Defines a GET suggest endpoint with prefix and locale that is cacheable." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Stores precomputed top-k lists per prefix rather than computing them at query time.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws the serving path (client, cache, suggestion servers) separate from the build path (logs, batch builder, snapshots).",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Compares trie with cached top-k against a prefix hash map, including memory." },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Adds a streaming path for trending queries and explains how scores are merged.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Chooses full replication or hash sharding and explains how new snapshots are rolled out safely.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Uses client debouncing and browser or CDN caching to cut load." },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs freshness of suggestions against stability and build cost." },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs personalization against cacheability." },
    },
  ],
};
