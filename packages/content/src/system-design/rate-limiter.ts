import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "rate-limiter",
  title: { en: "Distributed Rate Limiter", ru: "Распределённый ограничитель частоты запросов" },
  tracks: ["backend", "infrastructure"],
  prompt: {
    en: "Design the rate limiting layer of a public API platform. Every request that passes through a fleet of API gateway nodes is checked against rules such as '100 requests per minute per API key' or '10 login attempts per hour per IP address'; requests over the limit are rejected with HTTP 429.",
  },
  scope: {
    en: "In scope: rule definitions, enforcement consistent across many gateway nodes, response headers, limits on several dimensions (key, user, IP, endpoint). Out of scope: network-level DDoS protection, monthly billing quotas (mention how they differ), and the gateway itself.",
  },
  clarifyingQuestions: [
    {
      en: "Where does limiting happen: a library in every service, middleware in the API gateway, or a separate service?",
    },
    { en: "Which keys do rules use: API key, user id, IP address, endpoint, or combinations?" },
    {
      en: "How strict is a limit: may we let through a few percent extra during races or a partition?",
    },
    { en: "Should excess requests be rejected immediately, or queued and delayed?" },
    { en: "What is the total request rate, and how many distinct keys are active?" },
    {
      en: "If the limiter's store is down, do we fail open (allow traffic) or fail closed (reject it)?",
    },
  ],
  functionalRequirements: [
    { en: "Operators define rules by key type and endpoint with a limit and a time window." },
    { en: "Each request gets an allow or deny decision against every matching rule." },
    {
      en: "Denied requests get 429 with Retry-After; all responses carry remaining-quota headers.",
    },
    { en: "Rule changes take effect within a minute without redeploying gateways." },
  ],
  nonFunctionalRequirements: [
    { en: "Adds at most 1–2 ms at p99 to each request." },
    { en: "A limiter outage must not take the API down." },
    { en: "Enforced limits are within a few percent of the configured value across all nodes." },
    { en: "Scales to millions of active keys and a million requests per second." },
  ],
  scale: [
    {
      label: { en: "Peak requests" },
      value: "~1 M requests/s across 200 gateway nodes (~5 k/s per node)",
    },
    { label: { en: "Active keys per day" }, value: "~50 M API keys and IP addresses" },
    {
      label: { en: "Counter state" },
      value: "50 M keys × ~100 B ≈ 5 GB (fits in one Redis cluster)",
    },
    { label: { en: "Rules" }, value: "~10 k, small enough to cache on every gateway" },
  ],
  coreEntities: [
    {
      name: "Rule",
      fields: [
        "ruleId",
        "keyType",
        "routePattern",
        "limit",
        "windowSec",
        "algorithm",
        "action (reject | log)",
      ],
    },
    {
      name: "CounterState",
      fields: ["key = ruleId:subject[:window]", "tokens or count", "lastRefillAt", "expiresAt"],
    },
  ],
  api: [
    {
      signature: "rpc CheckLimit(subject, route, cost=1) → { allowed, remaining, resetAt }",
      purpose: { en: "Internal call made by the gateway before forwarding a request." },
    },
    {
      signature: "PUT /v1/rate-rules/{ruleId} { keyType, route, limit, windowSec } → 200",
      purpose: { en: "Create or change a rule; pushed to gateways." },
    },
    {
      signature: "HTTP 429 with Retry-After: 12, X-RateLimit-Limit: 100, X-RateLimit-Remaining: 0",
      purpose: { en: "What a client sees when it exceeds a limit." },
    },
  ],
  components: [
    {
      name: { en: "Gateway middleware" },
      role: {
        en: "Extracts the subject (key, user, IP), finds matching rules from a local cache and asks the counter store for a decision.",
      },
    },
    {
      name: { en: "Counter store" },
      role: {
        en: "Redis cluster sharded by counter key; each check is one atomic Lua script (refill and take a token, or increment and expire).",
      },
    },
    {
      name: { en: "Rules service" },
      role: {
        en: "Stores rules in a database and pushes changes to gateways through a config channel (etcd watch or pub/sub).",
      },
    },
    {
      name: { en: "Local fallback limiter" },
      role: {
        en: "In-memory token buckets on each gateway used when Redis is slow or unreachable, with limits divided by node count.",
      },
    },
    {
      name: { en: "Metrics and audit" },
      role: { en: "Counts allowed and rejected requests per rule so operators can tune limits." },
    },
  ],
  deepDives: [
    {
      topic: { en: "Choosing the algorithm" },
      tradeOffs: [
        {
          en: "A fixed window counter needs one number per key but lets through up to twice the limit around a window boundary.",
        },
        {
          en: "A sliding log of timestamps is exact but stores every request, which is too much memory at high limits.",
        },
        {
          en: "A sliding window counter (current plus weighted previous window) is close to exact with two numbers per key.",
        },
        {
          en: "A token bucket allows controlled bursts and needs two numbers (tokens, last refill); a leaky bucket smooths output but implies queueing and added latency.",
        },
      ],
    },
    {
      topic: { en: "Counting across many gateway nodes" },
      tradeOffs: [
        {
          en: "A central Redis with atomic scripts is accurate but adds a network hop per request and concentrates load on hot keys.",
        },
        {
          en: "Purely local counters add no latency, but each node sees only its share of traffic, so the effective limit drifts with the number of nodes and the load balancer's spread.",
        },
        {
          en: "A hybrid where nodes take small batches of quota from the central store (for example 10 tokens at a time) cuts round trips but lets a node briefly over-admit.",
        },
        {
          en: "Read-then-write logic races under concurrency; doing the check and update in one atomic step (INCR, Lua) removes the race.",
        },
      ],
    },
    {
      topic: { en: "Failure modes and multi-region" },
      tradeOffs: [
        {
          en: "Failing open keeps the API up when the limiter breaks but removes protection exactly when the system may be under attack; failing closed is safer for login endpoints than for read APIs.",
        },
        {
          en: "Async Redis replication means a failover may reset counters and briefly allow a burst; usually acceptable for rate limits.",
        },
        {
          en: "Per-region limits are fast and independent; a truly global limit needs cross-region synchronization and is usually approximated by splitting the quota between regions.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      { en: "Explains at least two algorithms and picks one with a reason." },
      {
        en: "Places the limiter in the gateway and stores counters in a shared store such as Redis.",
      },
    ],
    senior: [
      {
        en: "Shows the race in read-then-write counting and fixes it with an atomic operation or script.",
      },
      {
        en: "Discusses latency budget, local caching of rules, fail-open versus fail-closed per rule, and the headers clients need.",
      },
      { en: "Quantifies memory for counters and shards the store by key." },
    ],
    staff: [
      {
        en: "Designs for accuracy versus latency explicitly, for example local token batches leased from a central store, and bounds the error.",
      },
      {
        en: "Covers global limits across regions, tiered limits per customer plan, and how limits interact with retries and backoff from clients.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Asks which dimensions are limited and how much overshoot is acceptable." },
    },
    {
      stage: "requirements",
      text: {
        en: "Sets a latency budget for the check and states a fail-open or fail-closed policy.",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines the rule model (key type, route, limit, window) and the 429 response with Retry-After and remaining headers.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws gateway middleware, a shared counter store, and a rules service that pushes configuration to gateways.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Compares fixed window, sliding window and token bucket, including the boundary burst of fixed windows.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Makes the check-and-increment atomic (INCR with EXPIRE, or a Lua script)." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Shards counters by key, handles hot keys, and describes behavior when Redis is slow or down.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Explains how limits are enforced across regions or why they are split per region.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs accuracy against latency when comparing central and local counting." },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Justifies different failure policies for different endpoints (login versus reads).",
      },
    },
  ],
};
