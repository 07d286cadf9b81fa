import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "web-crawler",
  title: { en: "Web Crawler", ru: "Веб-краулер" },
  tracks: ["backend", "data", "infrastructure"],
  prompt: {
    en: "Design a crawler that feeds a search engine. Starting from a set of seed URLs it fetches about a billion pages a month, extracts links to discover new pages, stores the content for the indexing team, and revisits pages so the index stays fresh, all without overloading any website.",
  },
  scope: {
    en: "In scope: the URL frontier, fetching, link extraction, URL and content deduplication, politeness and robots.txt, storage, and recrawl scheduling. Out of scope: indexing and ranking, JavaScript rendering (a possible extension), and images or video.",
  },
  clarifyingQuestions: [
    {
      en: "What is the crawl for: a search index, an archive, or training data? It changes freshness and coverage goals.",
    },
    { en: "How many pages per month, and how fresh should popular pages be?" },
    { en: "HTML only, or must we render JavaScript-heavy pages?" },
    { en: "Must we honor robots.txt and crawl-delay, and what default rate per host is polite?" },
    { en: "How long do we keep old versions of a page?" },
    { en: "Should near-duplicate pages (mirrors, printer versions) be detected and skipped?" },
  ],
  functionalRequirements: [
    { en: "Start from seed URLs, fetch pages, extract links and add new URLs to the crawl." },
    { en: "Respect robots.txt and a per-host request rate." },
    {
      en: "Avoid fetching the same URL twice per cycle and skip pages whose content is a duplicate.",
    },
    { en: "Store raw HTML and metadata, and notify the indexer of each new or changed page." },
    { en: "Recrawl pages at a rate that matches how often they change." },
  ],
  nonFunctionalRequirements: [
    { en: "Politeness: by default no more than one request per second to any host." },
    {
      en: "Robustness against spider traps, malformed HTML, huge pages, slow servers and redirect loops.",
    },
    { en: "Scales horizontally by adding fetcher machines." },
    { en: "A crashed worker loses no frontier state; the crawl resumes where it stopped." },
  ],
  scale: [
    {
      label: { en: "Pages fetched" },
      value: "1 B/month ≈ 400 pages/s average; provision for ~1.5 k/s",
    },
    { label: { en: "Average page size" }, value: "~100 KB raw, ~25 KB compressed" },
    { label: { en: "Storage per month" }, value: "1 B × 25 KB ≈ 25 TB compressed" },
    { label: { en: "URLs known to the frontier" }, value: "~10 B × ~100 B ≈ 1 TB" },
    { label: { en: "Distinct hosts" }, value: "~100 M, heavily skewed in size" },
  ],
  coreEntities: [
    {
      name: "UrlRecord",
      fields: [
        "urlHash",
        "normalizedUrl",
        "host",
        "priority",
        "lastFetchedAt",
        "nextFetchAt",
        "contentHash",
        "status",
      ],
    },
    {
      name: "HostState",
      fields: [
        "host",
        "robotsRules",
        "robotsFetchedAt",
        "crawlDelayMs",
        "nextAllowedAt",
        "errorCount",
      ],
    },
    {
      name: "PageSnapshot",
      fields: ["urlHash", "fetchedAt", "httpStatus", "contentHash", "blobKey"],
    },
  ],
  api: [
    {
      signature: "POST /v1/crawl/seeds { urls[], priority } → 202",
      purpose: { en: "Operators add seed URLs or force a recrawl." },
    },
    {
      signature: "GET /v1/pages/{urlHash}/latest → { fetchedAt, status, blobUrl }",
      purpose: { en: "Indexers or debuggers read the latest stored copy." },
    },
    {
      signature: "topic page-fetched { url, contentHash, blobKey, fetchedAt, changed }",
      purpose: { en: "Event the indexer consumes for each fetched page." },
    },
  ],
  components: [
    {
      name: { en: "URL frontier" },
      role: {
        en: "Front queues ordered by priority feed back queues that are one per host, so each host is fetched by a single worker at a polite rate (the Mercator design).",
      },
    },
    {
      name: { en: "Fetchers" },
      role: {
        en: "Asynchronous HTTP clients handling thousands of connections each, with timeouts and size limits.",
      },
    },
    {
      name: { en: "DNS cache and robots cache" },
      role: {
        en: "Local resolvers and cached robots.txt per host, because DNS and robots lookups would otherwise dominate latency.",
      },
    },
    {
      name: { en: "Parser and URL filter" },
      role: {
        en: "Extracts links, normalizes them, drops disallowed or trap-like URLs and checks whether each was seen before.",
      },
    },
    {
      name: { en: "Dedup stores" },
      role: {
        en: "A URL-seen set (Bloom filter in front of a RocksDB or key-value store) and a content fingerprint index.",
      },
    },
    {
      name: { en: "Content and metadata storage" },
      role: {
        en: "Compressed pages in object storage (S3, HDFS) and URL metadata in a wide-column store (Bigtable, Cassandra).",
      },
    },
    {
      name: { en: "Recrawl scheduler" },
      role: { en: "Computes nextFetchAt from observed change frequency and importance." },
    },
  ],
  deepDives: [
    {
      topic: { en: "Frontier design and politeness" },
      tradeOffs: [
        {
          en: "Assigning each host to one worker by hashing the host enforces politeness without coordination, but a few giant hosts create skew on their workers.",
        },
        {
          en: "Strict breadth-first order is simple; a priority frontier (link-based importance, freshness) finds valuable pages sooner but needs scoring and more complex queues.",
        },
        {
          en: "Keeping the frontier in memory is fast, but it must be spilled and checkpointed to disk so a crash does not lose billions of URLs.",
        },
      ],
    },
    {
      topic: { en: "Deduplicating URLs and content" },
      tradeOffs: [
        {
          en: "A Bloom filter is compact (about 10 bits per URL at 1% false positives) but a false positive means a URL is never crawled; an exact store is accurate but costs disk I/O per lookup.",
        },
        {
          en: "An exact hash of the body catches identical pages cheaply; SimHash or MinHash catches near-duplicates but costs CPU and tuning of the similarity threshold.",
        },
      ],
    },
    {
      topic: { en: "Robustness and spider traps" },
      tradeOffs: [
        {
          en: "Limits on URL length, path depth and pages per host stop infinite calendars and session-id loops, but limits that are too strict miss real content on large sites.",
        },
        {
          en: "Canonicalizing URLs (lowercase host, sorted query parameters, dropping tracking parameters) reduces duplicates but can merge URLs that really are different pages.",
        },
      ],
    },
    {
      topic: { en: "Distribution and recovery" },
      tradeOffs: [
        {
          en: "Partitioning work by host hash keeps per-host state local; consistent hashing limits how many hosts move when a node joins or fails.",
        },
        {
          en: "Recrawling on a fixed schedule is simple; adapting the interval to observed change rate saves bandwidth but needs history per URL.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      { en: "Describes the crawl loop: frontier, fetch, parse, dedupe, enqueue, store." },
      { en: "Mentions robots.txt and a per-host delay." },
    ],
    senior: [
      {
        en: "Designs per-host queues for politeness and a separate priority mechanism, and partitions work by host.",
      },
      {
        en: "Sizes storage and throughput and chooses URL dedupe with a Bloom filter or key-value store, knowing the trade-off.",
      },
      { en: "Handles traps, DNS caching and recovery from worker failure." },
    ],
    staff: [
      {
        en: "Discusses recrawl policy as an optimization of freshness per unit of bandwidth, and how importance feeds back into the frontier.",
      },
      {
        en: "Covers operating the crawler as a good citizen (contact pages, backing off on errors, legal removal requests) and JavaScript rendering cost.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Converts a billion pages a month into pages per second and storage per month." },
    },
    {
      stage: "requirements",
      text: { en: "Raises politeness and robots.txt as hard requirements." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines URL records with next-fetch time and content hash, and host state with robots rules and next allowed time.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws frontier, fetchers, DNS and robots caches, parser, dedupe and storage as a loop, with output to the indexer.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains per-host back queues (or equivalent) that guarantee one in-flight request per host.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Distinguishes URL dedupe from content dedupe and names a technique for each.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Partitions work by host across machines and checkpoints the frontier so it survives crashes.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Names concrete defenses against spider traps and slow or huge responses." },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs Bloom filter false positives against the cost of an exact seen-set.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs freshness against coverage when deciding recrawl frequency." },
    },
  ],
};
