import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "notification-system",
  title: { en: "Notification System", ru: "Система уведомлений" },
  tracks: ["backend", "mobile", "infrastructure"],
  prompt: {
    en: "Design a notification platform that other teams call to reach users by mobile push, SMS and email. It carries urgent transactional messages (a login code, 'your order shipped') as well as bulk campaigns to tens of millions of users, and it must respect each user's preferences and the limits of the delivery providers.",
  },
  scope: {
    en: "In scope: the producer API, templates and localization, preferences and opt-outs, dispatch through providers (APNs, FCM, Twilio, Amazon SES), retries, deduplication and delivery status. Out of scope: the in-app notification inbox UI and the campaign authoring tool.",
  },
  clarifyingQuestions: [
    { en: "Which channels do we support, and can a single notification go to several channels?" },
    {
      en: "How many transactional and how many bulk notifications per day, and what does a campaign peak look like?",
    },
    { en: "What latency does each priority need: seconds for login codes, hours for marketing?" },
    { en: "Is an occasional duplicate acceptable, or must we try hard to avoid it?" },
    { en: "Do users have per-category preferences, quiet hours and time zones?" },
    { en: "Do producers need delivery and open status back?" },
  ],
  functionalRequirements: [
    { en: "Accept a notification request for one user or for a segment of users." },
    { en: "Render the template in the user's language and check preferences and opt-outs." },
    { en: "Deliver through the right provider per channel and retry transient failures." },
    { en: "Deduplicate requests with the same idempotency key." },
    {
      en: "Record status per notification (queued, sent, delivered, failed) for producers to query.",
    },
  ],
  nonFunctionalRequirements: [
    { en: "Transactional notifications reach the provider within 5 s at p99." },
    { en: "Bulk traffic never delays transactional traffic." },
    { en: "At-least-once delivery with deduplication, so duplicates are rare." },
    { en: "Provider rate limits and quotas are never exceeded." },
    { en: "Intake API availability of 99.99%; accepted requests are durable." },
  ],
  scale: [
    { label: { en: "Registered users" }, value: "200 M, ~400 M device tokens" },
    { label: { en: "Notifications per day" }, value: "~1 B ≈ 12 k/s average" },
    { label: { en: "Campaign peak" }, value: "~100 k/s for a 50 M-user campaign" },
    { label: { en: "Status records" }, value: "1 B × ~200 B ≈ 200 GB/day, kept 30 days ≈ 6 TB" },
  ],
  coreEntities: [
    {
      name: "Notification",
      fields: [
        "notificationId",
        "idempotencyKey",
        "userId",
        "templateId",
        "params",
        "priority",
        "channel",
        "status",
        "createdAt",
      ],
    },
    {
      name: "UserPreference",
      fields: ["userId", "channel", "category", "enabled", "quietHours", "timezone", "locale"],
    },
    { name: "DeviceToken", fields: ["userId", "platform", "token", "lastSeenAt"] },
    { name: "Template", fields: ["templateId", "channel", "locale", "version", "body"] },
  ],
  api: [
    {
      signature:
        "POST /v1/notifications { idempotencyKey, userId, templateId, params, priority } → 202 { notificationId }",
      purpose: { en: "Send to one user; repeats with the same key return the first result." },
    },
    {
      signature:
        "POST /v1/campaigns { segmentId, templateId, sendAt, throttlePerSec } → 202 { campaignId }",
      purpose: { en: "Schedule a bulk send to a segment." },
    },
    {
      signature: "GET /v1/notifications/{id} → { status, channel, attempts[] }",
      purpose: { en: "Delivery status for the producer." },
    },
    {
      signature: "PUT /v1/users/{id}/preferences { channel, category, enabled } → 204",
      purpose: { en: "User opt-in and opt-out." },
    },
  ],
  components: [
    {
      name: { en: "Intake API" },
      role: {
        en: "Authenticates producers, validates payloads, checks the idempotency key and writes the request to a durable queue.",
      },
    },
    {
      name: { en: "Queues by priority and channel" },
      role: {
        en: "Separate Kafka topics or SQS queues (transactional push, bulk email, and so on) so each can be scaled and throttled independently.",
      },
    },
    {
      name: { en: "Preference and template service" },
      role: {
        en: "Cached lookups of preferences and device tokens; renders the localized template.",
      },
    },
    {
      name: { en: "Channel workers" },
      role: {
        en: "Per-channel pools that call APNs, FCM, the SMS provider or the email provider, with per-provider rate limiting and circuit breakers.",
      },
    },
    {
      name: { en: "Campaign expander" },
      role: {
        en: "Reads a segment in batches and emits individual notifications at a controlled rate, optionally by recipient time zone.",
      },
    },
    {
      name: { en: "Status store and webhook receiver" },
      role: {
        en: "Records attempts and provider callbacks (delivered, bounced, invalid token) in a wide-column store with a TTL.",
      },
    },
    {
      name: { en: "Retry scheduler and dead-letter queue" },
      role: { en: "Delays retries with exponential backoff and parks messages that keep failing." },
    },
  ],
  deepDives: [
    {
      topic: { en: "Delivery guarantees and deduplication" },
      tradeOffs: [
        {
          en: "Exactly-once is not achievable with external providers: a timeout leaves us unsure whether the SMS went out, so we choose between retrying (risking a duplicate) and dropping (risking a miss) per category.",
        },
        {
          en: "An idempotency store (Redis SET NX with a 24 h TTL, or a unique key in the database) removes duplicate requests from producers; the TTL bounds memory but also how late a duplicate can be caught.",
        },
      ],
    },
    {
      topic: { en: "Isolating priorities" },
      tradeOffs: [
        {
          en: "Separate queues and worker pools per priority give strong isolation but can leave capacity idle; one queue with priorities uses capacity better but a large campaign can still delay urgent messages.",
        },
        {
          en: "Reserving part of each provider quota for transactional traffic protects login codes at the cost of slower campaigns.",
        },
      ],
    },
    {
      topic: { en: "Bulk campaigns" },
      tradeOffs: [
        {
          en: "Expanding a 50 M-user segment all at once floods queues and providers; throttled expansion in batches keeps the system steady but makes the campaign take longer.",
        },
        {
          en: "Sending by recipient time zone improves engagement but spreads the campaign over a day and complicates cancellation.",
        },
      ],
    },
    {
      topic: { en: "Preferences, compliance and token hygiene" },
      tradeOffs: [
        {
          en: "Checking preferences at send time rather than at intake honors late opt-outs (a legal requirement for marketing) at the cost of one more lookup per message; caching with a short TTL reduces that cost.",
        },
        {
          en: "Removing tokens that APNs or FCM report as invalid keeps delivery rates high, but removing on a single ambiguous error can cut off a real device.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      { en: "Designs an API, a queue and per-channel workers that call third-party providers." },
      { en: "Adds retries and stores delivery status." },
    ],
    senior: [
      { en: "Separates transactional from bulk traffic and explains how starvation is prevented." },
      {
        en: "Handles idempotency keys, provider rate limits, backoff with dead-letter queues and preference checks.",
      },
      { en: "Explains why delivery is at-least-once and where duplicates can still occur." },
    ],
    staff: [
      {
        en: "Treats the platform as shared infrastructure: per-team quotas, noisy-neighbor protection, onboarding of new channels, and observability of delivery rates.",
      },
      {
        en: "Covers compliance (unsubscribe, GDPR deletion, quiet hours) and provider failover across vendors.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Separates transactional and bulk use cases with different latency targets." },
    },
    {
      stage: "requirements",
      text: { en: "Estimates average and campaign-peak throughput and status storage." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Includes an idempotency key in the send API and models preferences per channel and category.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws intake, durable queues, preference and template lookup, channel workers and providers, and the status store.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains deduplication and retries with backoff and a dead-letter queue.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Describes how a 50 M-user campaign is expanded and throttled." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Isolates priorities with separate queues or reserved capacity, and respects per-provider rate limits.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Handles a provider outage with circuit breakers and, for critical traffic, a second provider.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "States that external delivery is at-least-once and chooses retry or drop per notification category.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs checking preferences at intake against checking at send time." },
    },
  ],
};
