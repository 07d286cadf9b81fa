import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "chat-messaging",
  title: { en: "Chat and Messaging Service", ru: "Мессенджер" },
  tracks: ["backend", "mobile", "fullstack"],
  prompt: {
    en: "Design a messaging service in the spirit of WhatsApp or Messenger. Users exchange text messages in one-to-one chats and groups of up to 500 members, see when messages were delivered and read, see whether contacts are online, and find the same history on their phone, tablet and laptop.",
  },
  scope: {
    en: "In scope: one-to-one and group text messages, delivery to online and offline users, delivery and read receipts, presence, and history synced across devices. Out of scope: voice and video calls, the cryptography of end-to-end encryption (mention its consequences only), stories, and full-text search of history.",
  },
  clarifyingQuestions: [
    { en: "How many daily active users, and how many messages does an average user send per day?" },
    { en: "What is the maximum group size?" },
    {
      en: "Must messages be ordered within a conversation only, or is some global order needed?",
    },
    {
      en: "Is end-to-end encryption required? It rules out server-side features such as search and makes multi-device sync harder.",
    },
    { en: "How long do we keep history, and does a newly added device need the full history?" },
    { en: "Are attachments in scope, and if so what size limit applies?" },
  ],
  functionalRequirements: [
    { en: "Send a text message to a one-to-one chat or a group." },
    {
      en: "Online recipients receive the message in real time; offline recipients get a push notification and receive it when they reconnect.",
    },
    { en: "Senders see sent, delivered and read states." },
    { en: "Every device of a user shows the same history, loadable page by page." },
    { en: "Users see whether a contact is online or when they were last seen." },
  ],
  nonFunctionalRequirements: [
    { en: "Delivery to an online recipient within 500 ms at p99 in the same region." },
    { en: "A message acknowledged by the server is never lost." },
    { en: "Messages appear in the same order for every member of a conversation." },
    { en: "Retries never produce visible duplicates." },
    { en: "High availability: a failure of one data center must not stop messaging." },
  ],
  scale: [
    { label: { en: "Daily active users" }, value: "500 M" },
    {
      label: { en: "Messages" },
      value: "500 M × 40/day = 20 B/day ≈ 230 k/s average, ~1 M/s peak",
    },
    { label: { en: "Concurrent open connections at peak" }, value: "~100 M" },
    {
      label: { en: "Connections per gateway server" },
      value: "~200 k → ~500 gateway servers plus headroom",
    },
    { label: { en: "Message storage" }, value: "20 B × ~200 B ≈ 4 TB/day before replication" },
  ],
  coreEntities: [
    {
      name: "Conversation",
      fields: ["conversationId", "type (direct | group)", "createdAt", "memberCount"],
    },
    {
      name: "Membership",
      fields: ["conversationId", "userId", "role", "lastReadSeq", "lastDeliveredSeq"],
    },
    {
      name: "Message",
      fields: ["conversationId", "seq", "clientMessageId", "senderId", "body", "sentAt"],
    },
    { name: "Device", fields: ["deviceId", "userId", "pushToken", "syncCursor"] },
  ],
  api: [
    {
      signature: "WSS /v1/connect?token=… ⇄ frames",
      purpose: { en: "One persistent WebSocket per device for sending, receiving and receipts." },
    },
    {
      signature:
        "frame send { clientMessageId, conversationId, body } → ack { clientMessageId, seq, sentAt }",
      purpose: {
        en: "Send a message; the ack carries the server sequence number, and a resend with the same clientMessageId returns the same ack.",
      },
    },
    {
      signature: "frame message { conversationId, seq, senderId, body } (server → client)",
      purpose: { en: "Push a new message to each connected device of each member." },
    },
    {
      signature: "GET /v1/conversations/{id}/messages?beforeSeq=&limit=50 → { messages[] }",
      purpose: { en: "Page back through history, or catch up after reconnecting." },
    },
    {
      signature: "POST /v1/conversations/{id}/read { upToSeq } → 204",
      purpose: { en: "Mark messages read; fanned out to the other members as a receipt." },
    },
  ],
  components: [
    {
      name: { en: "Connection gateways" },
      role: {
        en: "Stateful servers that hold the WebSocket connections, authenticate devices and forward frames; they hold no message state.",
      },
    },
    {
      name: { en: "Session registry" },
      role: {
        en: "Redis map from userId and deviceId to the gateway currently holding the connection, with a TTL refreshed by heartbeats.",
      },
    },
    {
      name: { en: "Chat service" },
      role: {
        en: "Validates membership, assigns the next sequence number in the conversation, persists the message, then routes it to members.",
      },
    },
    {
      name: { en: "Message store" },
      role: {
        en: "Wide-column store (Cassandra or ScyllaDB) partitioned by conversationId (plus a time bucket) and clustered by seq.",
      },
    },
    {
      name: { en: "Routing bus" },
      role: {
        en: "Kafka or Redis pub/sub carrying messages from the chat service to the right gateways.",
      },
    },
    {
      name: { en: "Push notification service" },
      role: { en: "Sends APNs and FCM notifications to devices without a live connection." },
    },
    {
      name: { en: "Presence service" },
      role: { en: "Tracks online status from heartbeats and serves it to contacts on demand." },
    },
  ],
  deepDives: [
    {
      topic: { en: "Connections and routing to the right device" },
      tradeOffs: [
        {
          en: "WebSockets give low latency and server push but make gateways stateful; a deploy or crash drops hundreds of thousands of connections, so clients need jittered reconnects and gateways need draining.",
        },
        {
          en: "Looking up the recipient's gateway in a registry and calling it directly is fast but couples services; publishing to a per-user channel decouples them at the cost of an extra hop.",
        },
        {
          en: "Long polling works through restrictive proxies and is simpler to operate, but costs more requests and latency than a persistent connection.",
        },
      ],
    },
    {
      topic: { en: "Ordering, delivery guarantees and duplicates" },
      tradeOffs: [
        {
          en: "A per-conversation sequence assigned by a single owner (the partition leader for that conversation) gives a total order within a chat without any global coordination.",
        },
        {
          en: "At-least-once delivery plus client-side dedupe by clientMessageId is practical; exactly-once delivery over flaky mobile networks is not achievable, only exactly-once display.",
        },
        {
          en: "Client clocks cannot order messages reliably; the server sequence is authoritative, so the message shows as 'sending' until the ack arrives.",
        },
      ],
    },
    {
      topic: { en: "Group fan-out and storage layout" },
      tradeOffs: [
        {
          en: "Writing a copy into each member's inbox makes per-device sync trivial but multiplies writes by group size; storing each message once per conversation plus per-member read cursors writes once and reads per conversation.",
        },
        {
          en: "Partitioning by conversation keeps a chat's messages together, but a very busy group becomes a hot partition; time-bucketed partition keys bound partition size.",
        },
      ],
    },
    {
      topic: { en: "Presence at scale" },
      tradeOffs: [
        {
          en: "Broadcasting every status change to all contacts is O(contacts) per change and explodes for popular users; fetching presence only when a chat is opened is much cheaper but slightly stale.",
        },
        {
          en: "Short heartbeat intervals make presence accurate but cost battery and writes; 30–60 s with a grace period is a common compromise.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Proposes persistent connections, a message table keyed by conversation, and push notifications for offline users.",
      },
      { en: "Explains how a message travels from sender to an online recipient step by step." },
    ],
    senior: [
      {
        en: "Handles ordering with per-conversation sequence numbers and duplicates with client-generated ids and idempotent writes.",
      },
      {
        en: "Designs the session registry and routing between gateways, and the catch-up sync on reconnect using a cursor.",
      },
      {
        en: "Chooses a wide-column store with a justified partition key and discusses hot groups.",
      },
    ],
    staff: [
      {
        en: "Discusses multi-region deployment: where a conversation is homed, and what happens to ordering and availability during a regional failure.",
      },
      {
        en: "Explains the product and system impact of end-to-end encryption (per-device keys, fan-out per device, no server search).",
      },
      {
        en: "Plans for operational events such as gateway deploys draining millions of connections.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Asks about group size, ordering, multi-device and encryption before designing.",
      },
    },
    {
      stage: "requirements",
      text: {
        en: "Estimates messages per second and concurrent connections and derives a gateway count.",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Uses a bidirectional connection for real-time traffic and REST for history, with a client-generated message id on send.",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Models Message keyed by (conversationId, seq) and per-member read and delivery cursors.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws gateways, a session registry, the chat service, the message store and the push notification path for offline users.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains how per-conversation ordering is guaranteed and how retries are deduplicated.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Describes reconnect sync: the device sends its last seq per conversation and receives what it missed.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Explains what happens to in-flight messages when a gateway dies and how clients reconnect without a thundering herd.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Partitions the message store and replicates it so acknowledged messages survive a node loss.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "States at-least-once delivery with dedupe rather than claiming exactly-once, and explains why.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Compares fan-out to per-user inboxes with a single copy per conversation for large groups.",
      },
    },
  ],
};
