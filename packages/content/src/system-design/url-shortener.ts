import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "url-shortener",
  title: { en: "URL Shortener", ru: "Сервис сокращения ссылок" },
  tracks: ["backend", "fullstack", "infrastructure"],
  prompt: {
    en: "Design a public link-shortening service. A user or an API client submits a long URL and gets back a short link such as `mnt.ra/x7Kq2bQ`; anyone who opens the short link is sent to the original address. Creators may pick a custom alias and an expiry date, and they want to see how many times each link was clicked.",
  },
  scope: {
    en: "In scope: creating short links, redirecting, custom aliases, expiry, and per-link click counts. Out of scope: full user account management (an API key per creator is enough), link previews, a rich analytics dashboard, and malware scanning (worth a mention, not a design).",
  },
  clarifyingQuestions: [
    {
      en: "How many links are created per day, and how many redirects happen per created link (the read:write ratio)?",
    },
    {
      en: "How short must the code be, and which alphabet is allowed: base62 (mixed case plus digits) or something case-insensitive?",
    },
    {
      en: "If two people shorten the same long URL, should they get the same code or separate codes (separate codes allow separate stats)?",
    },
    { en: "Do links expire by default, and may an expired code ever be handed out again?" },
    {
      en: "Do we need every click counted (which forces a 302 redirect) or may browsers cache the redirect (301)?",
    },
    { en: "How fresh must click counts be: real time, or a few minutes behind?" },
  ],
  functionalRequirements: [
    {
      en: "Given a long URL, return a unique short code; accept an optional custom alias and reject it if it is already taken.",
    },
    {
      en: "Opening a short link redirects to the long URL; unknown codes return 404 and expired ones 410.",
    },
    { en: "A link can carry an expiry time after which it stops redirecting." },
    { en: "The creator can read the click count of each of their links." },
  ],
  nonFunctionalRequirements: [
    {
      en: "Redirects are latency-sensitive: p99 under about 50 ms as seen from the client's region.",
    },
    {
      en: "Redirects need very high availability (99.99%); link creation may tolerate short degradation.",
    },
    {
      en: "A code, once issued, never points to a different URL: no collisions and no lost mappings.",
    },
    {
      en: "Codes should not be easy to enumerate, so that unlisted links are not trivially discoverable.",
    },
  ],
  scale: [
    { label: { en: "New links per day" }, value: "~100 M (≈1.2 k writes/s average, ~5 k/s peak)" },
    {
      label: { en: "Redirects per day" },
      value: "~10 B (≈100:1 read:write, ≈115 k reads/s average, ~400 k/s peak)",
    },
    { label: { en: "Size of one link record" }, value: "~500 bytes" },
    { label: { en: "Storage for 5 years" }, value: "100 M × 365 × 5 × 500 B ≈ 90 TB" },
    { label: { en: "Code space with 7 base62 characters" }, value: "62^7 ≈ 3.5 × 10^12 codes" },
  ],
  coreEntities: [
    {
      name: "Link",
      fields: [
        "code (primary key)",
        "longUrl",
        "ownerId",
        "createdAt",
        "expiresAt",
        "isCustomAlias",
      ],
    },
    { name: "ClickCount", fields: ["code", "hourBucket", "count"] },
    { name: "Owner", fields: ["ownerId", "apiKeyHash", "plan", "createLimitPerDay"] },
  ],
  api: [
    {
      signature: "POST /v1/links { longUrl, alias?, expiresAt? } → 201 { code, shortUrl }",
      purpose: {
        en: "Create a short link; 409 when the requested alias is taken, 400 for an invalid URL.",
      },
    },
    {
      signature: "GET /{code} → 302 Location: longUrl",
      purpose: { en: "Redirect; 404 for an unknown code, 410 for an expired one." },
    },
    {
      signature: "GET /v1/links/{code}/stats → { clicks, lastClickAt }",
      purpose: { en: "Click count for the link's owner." },
    },
    { signature: "DELETE /v1/links/{code} → 204", purpose: { en: "Disable a link early." } },
  ],
  components: [
    {
      name: { en: "CDN / edge cache" },
      role: {
        en: "Serves redirects for hot codes close to users and absorbs most of the read traffic.",
      },
    },
    {
      name: { en: "Redirect service" },
      role: {
        en: "Stateless; looks the code up in the cache, then the store; answers 302 and emits a click event without waiting for it.",
      },
    },
    {
      name: { en: "Link API service" },
      role: {
        en: "Validates URLs, allocates codes, enforces per-owner quotas and writes mappings.",
      },
    },
    {
      name: { en: "ID range allocator" },
      role: {
        en: "Hands out blocks of counter values (for example 10,000 at a time) from etcd, ZooKeeper or a database sequence; each API node encodes its values locally.",
      },
    },
    {
      name: { en: "Link store" },
      role: {
        en: "Key-value or wide-column store (DynamoDB, Cassandra) keyed by code, replicated across zones.",
      },
    },
    {
      name: { en: "Read cache" },
      role: {
        en: "Redis or Memcached in front of the store, holding the hot working set with LRU eviction.",
      },
    },
    {
      name: { en: "Click pipeline" },
      role: {
        en: "Kafka topic of click events, a stream job that sums them per hour, and a counts table.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Generating unique short codes" },
      tradeOffs: [
        {
          en: "Hashing the long URL (SHA-256, keep 7 base62 characters) gives the same code for the same URL, but truncated hashes collide, so every insert needs a conditional write and a retry with a salt.",
        },
        {
          en: "A counter encoded in base62 never collides and stays short, but consecutive codes are guessable; shuffling the counter with a reversible permutation (for example a Feistel network) hides the order.",
        },
        {
          en: "Allocating counter ranges to each API node removes the coordinator from the hot path; the cost is gaps in the sequence whenever a node dies with an unused range, which is harmless.",
        },
        {
          en: "Random codes with put-if-absent need no coordination and are unguessable, but retries grow as the space fills, so the code length has to leave plenty of headroom.",
        },
      ],
    },
    {
      topic: { en: "Redirect latency and caching" },
      tradeOffs: [
        {
          en: "301 lets browsers cache the redirect and cuts load, but clicks are no longer counted and deleting or expiring the link stops working for those browsers; 302 keeps control at the price of every click reaching us.",
        },
        {
          en: "Caching at the CDN gives the lowest latency, but a deleted or expired link keeps working until the TTL runs out; shorter TTLs trade hit rate for freshness.",
        },
        {
          en: "Caching 'not found' answers protects the store from scanners, but can briefly hide a link that was just created; invalidate the negative entry on create.",
        },
      ],
    },
    {
      topic: { en: "Counting clicks" },
      tradeOffs: [
        {
          en: "Incrementing a database counter on every click is simple but makes a viral link a hot row; sending events to a stream and summing per minute trades a little freshness for throughput.",
        },
        {
          en: "At-least-once delivery from Kafka may double-count after a retry; exact counts need event ids and idempotent sinks, which is rarely worth it for display stats but is for billing.",
        },
      ],
    },
    {
      topic: { en: "Choosing and partitioning the store" },
      tradeOffs: [
        {
          en: "A key-value or wide-column store (Cassandra, DynamoDB) scales single-key lookups horizontally; a relational database with a unique index is simpler and fine up to a few terabytes with read replicas.",
        },
        {
          en: "Partitioning by code spreads load evenly but turns 'all links of one owner' into a scatter-gather query unless a secondary index by owner is kept.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Delivers a working design: the two endpoints, a table keyed by code, a cache in front of it, and one sound way to generate codes.",
      },
      { en: "Estimates QPS and storage and notices the workload is read-heavy." },
    ],
    senior: [
      {
        en: "Compares at least two code-generation schemes by collision handling and coordination cost, and picks one with reasons.",
      },
      {
        en: "Explains 301 versus 302, how CDN caching interacts with expiry and deletion, and takes click counting off the redirect path.",
      },
      {
        en: "Covers partitioning, replication and what happens when the cache or a replica fails.",
      },
    ],
    staff: [
      {
        en: "Addresses abuse (phishing and spam links, enumeration, quota abuse) and how the service can be blocklisted or protected.",
      },
      {
        en: "Designs multi-region redirects with a code space that cannot collide across regions, and plans for cache stampedes when a link goes viral.",
      },
      {
        en: "Ties technical choices to product goals, such as analytics accuracy versus latency, and explains how the design would evolve.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "States or asks for the read:write ratio and derives a read-heavy load with concrete QPS numbers.",
      },
    },
    {
      stage: "requirements",
      text: {
        en: "Fixes the code length and alphabet and checks the space covers years of links (62^7 ≈ 3.5 trillion).",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines the create and redirect endpoints with explicit status codes (201/409 on create; 302/404/410 on redirect).",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Models Link keyed by code with an expiry field and justifies a key-value or wide-column store.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws separate read (redirect) and write (create) paths, with a cache between the redirect service and the store.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains how codes stay unique (counter ranges, or random code plus conditional put) including what happens when a node crashes.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Moves click counting to an asynchronous queue so that a redirect never waits on a counter write.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Partitions the store by code, replicates across zones, and says what users see when the cache or a replica fails.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Handles a viral link with edge caching and request coalescing so cache misses do not stampede the store.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs 301 against 302 in terms of load, analytics and the ability to revoke a link.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "States the consistency choice: uniqueness on create is strict, while redirects may read slightly stale data.",
      },
    },
  ],
};
