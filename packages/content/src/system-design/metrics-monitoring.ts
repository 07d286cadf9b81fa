import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "metrics-monitoring",
  title: { en: "Metrics Monitoring and Alerting", ru: "Система мониторинга метрик и оповещений" },
  tracks: ["infrastructure", "data", "backend"],
  prompt: {
    en: "Design a hosted metrics platform in the spirit of Datadog or a managed Prometheus. Agents on about 100 k hosts report metrics such as CPU usage, request latency and custom business counters; engineers build dashboards over them and define alert rules that page the on-call engineer when something breaks.",
  },
  scope: {
    en: "In scope: metric collection, ingestion, time-series storage with downsampling and retention, the query API behind dashboards, and alert evaluation and notification. Out of scope: logs and distributed tracing (mention how they differ), anomaly-detection models, and the dashboard UI.",
  },
  clarifyingQuestions: [
    { en: "How many hosts, how many series per host, and what collection interval?" },
    { en: "Do agents push metrics, or do we scrape endpoints (pull)?" },
    { en: "How long must raw data be kept, and at what resolution for older data?" },
    {
      en: "Are there limits on label cardinality (for example, may a user put a user id or request id in a tag)?",
    },
    { en: "How quickly must an alert fire after a threshold is crossed?" },
    { en: "What do typical queries look like: the last hour on dashboards, or a year of history?" },
  ],
  functionalRequirements: [
    { en: "Ingest samples identified by a metric name and a set of tags (key/value labels)." },
    {
      en: "Query by metric name, tag filters and time range, with aggregations (sum, avg, max, percentiles) grouped by tags.",
    },
    {
      en: "Keep raw 10 s data for 15 days, 1-minute rollups for 90 days and 1-hour rollups for 2 years.",
    },
    {
      en: "Evaluate alert rules continuously and notify via pager, chat or email, with deduplication, grouping and silences.",
    },
  ],
  nonFunctionalRequirements: [
    { en: "Ingestion absorbs spikes without dropping data (it buffers durably)." },
    { en: "Alerts fire within 1 minute of the condition becoming true." },
    { en: "Dashboard queries over the last hour return in under 1 second." },
    {
      en: "The monitoring system is more available than the systems it watches, and alerting keeps working when dashboards do not.",
    },
  ],
  scale: [
    { label: { en: "Hosts" }, value: "100 k" },
    { label: { en: "Active series" }, value: "100 k hosts × 1,000 = 100 M" },
    { label: { en: "Ingest rate" }, value: "100 M series / 10 s = 10 M samples/s" },
    {
      label: { en: "Storage" },
      value: "~1.4 B/sample compressed → 10 M × 86,400 × 1.4 B ≈ 1.2 TB/day raw",
    },
    {
      label: { en: "Queries and alerts" },
      value: "~5 k queries/s; ~1 M alert rules evaluated every 30 s",
    },
  ],
  coreEntities: [
    { name: "Series", fields: ["seriesId = hash(metric + sorted tags)", "metricName", "tags"] },
    { name: "Sample", fields: ["seriesId", "timestamp", "value (float64)"] },
    {
      name: "AlertRule",
      fields: ["ruleId", "query", "condition", "forDurationSec", "severity", "notifyChannels"],
    },
    {
      name: "AlertState",
      fields: ["ruleId", "groupKey", "state (ok | pending | firing)", "since"],
    },
  ],
  api: [
    {
      signature:
        "POST /v1/series (protobuf, snappy) [{ metric, tags, points: [[ts, value]] }] → 202",
      purpose: { en: "Batched ingest from agents." },
    },
    {
      signature:
        "GET /v1/query?q=avg:http.latency.p99{service:checkout} by {region}&from=&to=&step=60 → { series[] }",
      purpose: { en: "Dashboard query with aggregation and grouping." },
    },
    {
      signature: "PUT /v1/alerts/{ruleId} { query, threshold, forSec, channels } → 200",
      purpose: { en: "Create or update an alert rule." },
    },
  ],
  components: [
    {
      name: { en: "Agents" },
      role: {
        en: "Collect host and application metrics, pre-aggregate, batch and compress, and buffer on disk when the network fails.",
      },
    },
    {
      name: { en: "Ingestion gateway" },
      role: {
        en: "Authenticates tenants, validates points, enforces cardinality limits and writes to Kafka partitioned by series hash.",
      },
    },
    {
      name: { en: "Time-series storage" },
      role: {
        en: "Writers keep recent data in an in-memory head block backed by a write-ahead log, then flush compressed blocks to local disk or object storage (as in Prometheus, Mimir, M3 or VictoriaMetrics).",
      },
    },
    {
      name: { en: "Tag index" },
      role: {
        en: "Inverted index from tag key/value pairs to series ids, so filters find series quickly.",
      },
    },
    {
      name: { en: "Query service" },
      role: {
        en: "Parses queries, fans out to the shards that hold matching series, merges results, and caches results for dashboards.",
      },
    },
    {
      name: { en: "Compactor and downsampler" },
      role: {
        en: "Merges blocks and writes 1-minute and 1-hour rollups, then deletes data past retention.",
      },
    },
    {
      name: { en: "Alert evaluator and notifier" },
      role: {
        en: "Runs rules on a schedule, tracks pending and firing states, and sends notifications with grouping and silences.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Push versus pull collection" },
      tradeOffs: [
        {
          en: "Pull (scraping) tells us when a target is down and lets the server control load, but struggles behind NAT and with short-lived jobs.",
        },
        {
          en: "Push suits ephemeral workloads and crosses networks easily, but the backend needs backpressure and cannot tell a silent host from a dead one without extra heartbeats.",
        },
      ],
    },
    {
      topic: { en: "Storage layout and compression" },
      tradeOffs: [
        {
          en: "A purpose-built TSDB with delta-of-delta timestamps and XOR-encoded floats stores a sample in about 1–2 bytes; a general wide-column store (Cassandra with a row per series per hour) is easier to operate but uses several times more space.",
        },
        {
          en: "High-cardinality tags (user ids, request ids) multiply the series count and the index size; hard limits per tenant protect the system but reject some legitimate use.",
        },
      ],
    },
    {
      topic: { en: "Downsampling and percentiles" },
      tradeOffs: [
        {
          en: "Rollups keep long-range queries cheap, but averages of percentiles are wrong; storing min, max, sum and count, or mergeable sketches (DDSketch, t-digest), preserves more meaning at more cost.",
        },
        {
          en: "Shorter raw retention cuts storage sharply, but investigations of old incidents lose detail.",
        },
      ],
    },
    {
      topic: { en: "Reliable alerting" },
      tradeOffs: [
        {
          en: "Evaluating alerts by querying the shared storage is simple, but heavy dashboard queries can slow alerts; a separate evaluation path (or evaluation on the ingest stream) isolates them.",
        },
        {
          en: "Treating missing data as 'OK' hides outages; treating it as firing causes noise during deploys; a separate 'no data' alert is a common middle ground.",
        },
        {
          en: "The monitoring system needs its own watchdog (a heartbeat alert that fires when it stops arriving), hosted outside the main system.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      { en: "Describes agents, an ingestion service, a time-series store and a query path." },
      { en: "Mentions retention and a simple alert rule evaluator." },
    ],
    senior: [
      {
        en: "Sizes the write path (10 M samples/s), buffers ingest with a log such as Kafka, and shards storage by series.",
      },
      {
        en: "Explains time-series compression, a tag index, and downsampling with retention tiers.",
      },
      { en: "Separates alert evaluation from dashboard load and handles missing data." },
    ],
    staff: [
      {
        en: "Treats cardinality as the main scaling risk and designs tenant limits and cost controls around it.",
      },
      {
        en: "Designs for the monitor's own failure modes: meta-monitoring, degraded modes, and multi-region independence of alerting.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Computes active series and samples per second from hosts, series and interval.",
      },
    },
    {
      stage: "requirements",
      text: { en: "Asks about retention tiers and alert latency." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines a series as metric name plus tags, identified by a hash, with samples of (timestamp, value).",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws agents, ingestion, a durable buffer, storage writers, tag index, query service and alert evaluator.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains time-series compression or an in-memory head block with WAL and periodic flushes.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains why percentiles cannot simply be averaged when downsampling." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Shards by series hash and handles ingest spikes with backpressure and buffering.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Keeps alerting working when storage or queries are degraded, with meta-monitoring.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Compares push and pull collection." },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs a purpose-built TSDB against a general wide-column store, or resolution against cost.",
      },
    },
  ],
};
