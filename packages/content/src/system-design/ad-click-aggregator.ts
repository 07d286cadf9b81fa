import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "ad-click-aggregator",
  title: { en: "Ad Click Aggregator", ru: "Агрегатор кликов по рекламе" },
  tracks: ["data", "backend", "infrastructure"],
  prompt: {
    en: "Design the system that records clicks on ads shown across many websites and apps. Each click redirects the user to the advertiser's site; the system counts clicks per ad per minute, broken down by dimensions such as country and device, so advertisers can watch near-real-time results and billing can charge from accurate totals.",
  },
  scope: {
    en: "In scope: the click endpoint and redirect, event ingestion, stream aggregation, storage for queries, deduplication of repeated clicks, late events, and reconciliation. Out of scope: ad serving and auctions, machine-learning fraud models, and conversion tracking.",
  },
  clarifyingQuestions: [
    {
      en: "How many clicks per day, and what is the peak (for example during a major sports event)?",
    },
    { en: "Which time granularity and dimensions do advertisers query?" },
    { en: "How fresh must dashboards be, and how exact must billing numbers be?" },
    { en: "How long do we keep raw events and aggregates?" },
    { en: "How late can events arrive, for example from mobile devices that were offline?" },
    { en: "What counts as a duplicate click that must not be billed?" },
  ],
  functionalRequirements: [
    { en: "Record each click and redirect the user to the ad's landing page." },
    { en: "Aggregate clicks per ad per minute, with breakdowns by country and device." },
    { en: "Advertisers query counts over time ranges with grouping and filters." },
    { en: "Duplicate clicks (same impression clicked twice) are counted once." },
    { en: "Produce final, billing-grade daily totals." },
  ],
  nonFunctionalRequirements: [
    { en: "Redirect latency under 50 ms at p99; recording must not slow the redirect." },
    { en: "No accepted click is lost." },
    { en: "Dashboard data is at most about a minute behind." },
    { en: "Billing totals are exact: no double counting and no loss after reconciliation." },
    { en: "Absorbs 10× spikes; advertiser queries return within 1 s." },
  ],
  scale: [
    { label: { en: "Clicks" }, value: "~1 B/day ≈ 12 k/s average, ~100 k/s peak" },
    { label: { en: "Raw event size" }, value: "~200 B → ~200 GB/day, ~6 TB per 30 days" },
    { label: { en: "Active ads" }, value: "~10 M" },
    {
      label: { en: "Aggregated rows" },
      value: "~200 M (ad, minute, country, device) rows/day ≈ 40 GB/day",
    },
    {
      label: { en: "Retention" },
      value: "raw 30 days hot plus archive; aggregates 2 years with hourly and daily rollups",
    },
  ],
  coreEntities: [
    {
      name: "ClickEvent",
      fields: [
        "clickId",
        "impressionId",
        "adId",
        "campaignId",
        "deviceIdHash",
        "ipHash",
        "country",
        "deviceType",
        "eventTime",
      ],
    },
    {
      name: "ClickAggregate",
      fields: ["adId", "minuteBucket", "country", "deviceType", "clicks"],
    },
    { name: "Ad", fields: ["adId", "campaignId", "advertiserId", "landingUrl"] },
  ],
  api: [
    {
      signature: "GET /c/{signedImpressionToken} → 302 Location: landingUrl",
      purpose: {
        en: "Click endpoint: verify the token, log the event asynchronously, redirect immediately.",
      },
    },
    {
      signature:
        "GET /v1/ads/{adId}/clicks?from=&to=&granularity=minute&groupBy=country → { buckets: [{ start, country, clicks }] }",
      purpose: { en: "Advertiser analytics query." },
    },
    {
      signature:
        "GET /v1/advertisers/{id}/billing/clicks?date=2025-06-01 → { campaigns: [{ campaignId, clicks }] }",
      purpose: { en: "Final reconciled daily totals for billing." },
    },
  ],
  components: [
    {
      name: { en: "Click tracker" },
      role: {
        en: "Stateless service that validates the signed token, appends the event to Kafka and returns the redirect; if Kafka is slow it spools locally.",
      },
    },
    {
      name: { en: "Kafka" },
      role: {
        en: "Durable, replayable log of raw clicks, partitioned by adId, retained for several days.",
      },
    },
    {
      name: { en: "Stream aggregator" },
      role: {
        en: "Flink job with event-time one-minute windows, watermarks, keyed deduplication state and checkpoints.",
      },
    },
    {
      name: { en: "OLAP store" },
      role: {
        en: "Column store for aggregates (Apache Pinot, Druid or ClickHouse) serving group-by queries quickly.",
      },
    },
    {
      name: { en: "Raw archive" },
      role: { en: "Kafka topics copied to object storage as Parquet for replays and audits." },
    },
    {
      name: { en: "Batch reconciliation" },
      role: {
        en: "Daily Spark job recomputing totals from the raw archive, correcting the stream results and producing billing numbers.",
      },
    },
    {
      name: { en: "Query service" },
      role: {
        en: "Authorizes advertisers, translates requests into OLAP queries and caches frequent ones.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Exactly-once counting" },
      tradeOffs: [
        {
          en: "At-least-once processing with upserts keyed by (adId, minute, dimensions) is simple, but replaying a partial window can double-add unless the sink overwrites whole window results rather than incrementing.",
        },
        {
          en: "Flink checkpoints with transactional (two-phase commit) sinks give exactly-once results in the sink but add latency equal to the checkpoint interval.",
        },
        {
          en: "Running a batch recomputation from the raw log (a lambda-style design) guarantees correct billing even if the stream was wrong, at the cost of maintaining two code paths; a kappa design reprocesses with the same stream job instead.",
        },
      ],
    },
    {
      topic: { en: "Late and out-of-order events" },
      tradeOffs: [
        {
          en: "Windowing by event time gives correct minute buckets; windowing by processing time is simpler but puts delayed clicks in the wrong minute.",
        },
        {
          en: "A long allowed lateness (for example 5 minutes) catches more late events but holds more state and delays final numbers; events later than that go to a side output and are fixed by the batch job.",
        },
      ],
    },
    {
      topic: { en: "Hot ads and partitioning" },
      tradeOffs: [
        {
          en: "Partitioning by adId keeps one ad's counts together, but a viral ad can overload one partition; adding a small random suffix to hot keys spreads load and needs a second aggregation step to combine partial sums.",
        },
        {
          en: "Pre-aggregating in the click tracker for a second or two cuts event volume but risks losing those counts if a tracker crashes.",
        },
      ],
    },
    {
      topic: { en: "Deduplication and fraud" },
      tradeOffs: [
        {
          en: "Signing impression tokens and counting at most one click per impression stops simple replays; keeping seen impression ids in keyed state with a TTL bounds memory but misses duplicates that arrive after the TTL.",
        },
        {
          en: "Filtering suspicious traffic in real time protects dashboards, but models need time; the batch job can apply slower, more accurate filters before billing.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Separates the redirect from event processing using a queue and a stream or batch aggregator.",
      },
      { en: "Stores aggregates in a store that supports time-range queries." },
    ],
    senior: [
      {
        en: "Uses event-time windows with watermarks and explains what happens to late events.",
      },
      {
        en: "Explains how double counting is avoided (idempotent upserts, checkpoints, impression-level dedupe).",
      },
      { en: "Handles hot ads and chooses an OLAP store with reasons." },
    ],
    staff: [
      {
        en: "Designs reconciliation between real-time and billing numbers and explains which system is authoritative for money.",
      },
      {
        en: "Covers replay after bugs, schema evolution of events, cost of retention, and audit requirements from advertisers.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Separates near-real-time dashboard needs from exact billing needs." },
    },
    {
      stage: "requirements",
      text: { en: "Estimates click rate, raw storage and aggregated rows." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines the click redirect endpoint and an aggregate keyed by ad, minute and dimensions.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws click tracker, Kafka, stream aggregator, OLAP store, raw archive and batch reconciliation.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains event-time windows, watermarks and allowed lateness." },
    },
    {
      stage: "deep-dives",
      text: { en: "Describes how clicks are deduplicated per impression." },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Handles a hot ad by splitting its key and combining partial sums." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Keeps redirects working when Kafka or the aggregator is degraded, without losing clicks.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Compares at-least-once with idempotent sinks against exactly-once with checkpoints.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs a lambda design (stream plus batch) against a single reprocessable stream.",
      },
    },
  ],
};
