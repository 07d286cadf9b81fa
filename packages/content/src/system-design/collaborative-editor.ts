import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "collaborative-editor",
  title: { en: "Collaborative Document Editor", ru: "Совместный редактор документов" },
  tracks: ["frontend", "backend", "fullstack"],
  prompt: {
    en: "Design a real-time collaborative document editor like Google Docs. Several people type into the same document at the same time, see each other's edits and cursors almost immediately, and everyone ends up with the same text. Users can also keep editing through short network drops and go back to earlier versions.",
  },
  scope: {
    en: "In scope: concurrent editing of rich text, conflict resolution (operational transformation or CRDTs), presence and cursors, persistence, version history and permissions. Out of scope: spreadsheets and drawings, full-text search, and comment threads beyond a mention.",
  },
  clarifyingQuestions: [
    { en: "How many people edit one document at once at most, and how many only view it?" },
    { en: "How large can a document get?" },
    { en: "How long may a user edit offline before syncing: seconds, or days?" },
    { en: "Rich text with formatting, or plain text?" },
    { en: "How fine-grained should version history be?" },
    { en: "How many documents and daily users overall?" },
  ],
  functionalRequirements: [
    {
      en: "Several users edit the same document concurrently and all copies converge to the same content.",
    },
    { en: "Remote edits appear within a fraction of a second." },
    { en: "Users see who is in the document and where their cursors are." },
    { en: "Changes save automatically; users can browse and restore earlier versions." },
    { en: "Edits made while briefly offline are merged on reconnect." },
    { en: "Owners share documents as viewer, commenter or editor." },
  ],
  nonFunctionalRequirements: [
    { en: "Convergence: all replicas are identical once they have applied the same edits." },
    { en: "Remote edits appear within 200 ms at p95 for users in the same region." },
    { en: "No acknowledged edit is ever lost." },
    {
      en: "Scales to millions of documents, most with one or two editors and a few with a hundred or more.",
    },
  ],
  scale: [
    { label: { en: "Daily active users" }, value: "~50 M" },
    { label: { en: "Documents open for editing at peak" }, value: "~5 M" },
    {
      label: { en: "Edit operations" },
      value: "~2 M active typists × ~1 batched op/s ≈ 2 M ops/s, ~100 B each ≈ 200 MB/s",
    },
    { label: { en: "Document size" }, value: "~50 KB typical, up to ~10 MB" },
    {
      label: { en: "Editors per document" },
      value: "usually 1–3, capped at ~100 concurrent editors",
    },
  ],
  coreEntities: [
    {
      name: "Document",
      fields: ["docId", "ownerId", "title", "latestRevision", "snapshotRevision", "updatedAt"],
    },
    {
      name: "Operation",
      fields: ["docId", "revision", "clientId", "clientSeq", "payload", "userId", "createdAt"],
    },
    { name: "Snapshot", fields: ["docId", "revision", "contentBlobKey", "createdAt"] },
    {
      name: "Permission",
      fields: ["docId", "principalId", "role (viewer | commenter | editor | owner)"],
    },
    { name: "Presence", fields: ["docId", "userId", "cursor", "selection", "lastSeen"] },
  ],
  api: [
    {
      signature: "WSS /v1/docs/{docId}/live ⇄ frames",
      purpose: { en: "Live session for edits, acks and presence." },
    },
    {
      signature:
        "frame op { baseRevision, clientSeq, ops } → ack { revision } + broadcast { revision, ops, author }",
      purpose: {
        en: "Submit an edit based on a known revision; the server orders it and broadcasts it to other editors.",
      },
    },
    {
      signature: "GET /v1/docs/{id}?revision= → { content, revision }",
      purpose: { en: "Load the latest or a historical version." },
    },
    {
      signature: "GET /v1/docs/{id}/versions → { versions: [{ revision, author, createdAt }] }",
      purpose: { en: "Version history." },
    },
    {
      signature: "PUT /v1/docs/{id}/permissions { principal, role } → 204",
      purpose: { en: "Share a document." },
    },
  ],
  components: [
    {
      name: { en: "Editor client" },
      role: {
        en: "Keeps a local document model, applies local edits immediately, sends them to the server, and transforms or merges remote edits.",
      },
    },
    {
      name: { en: "Collaboration servers" },
      role: {
        en: "Each open document is owned by one server process (routing by docId with a lease), which orders operations, transforms them and broadcasts them.",
      },
    },
    {
      name: { en: "Operation log" },
      role: {
        en: "Append-only store keyed by (docId, revision), such as Bigtable, Cassandra or a partitioned Postgres table.",
      },
    },
    {
      name: { en: "Snapshotter" },
      role: {
        en: "Periodically folds operations into a snapshot in object storage so loading a document does not replay its whole history.",
      },
    },
    {
      name: { en: "Document metadata and permissions service" },
      role: { en: "Titles, owners, sharing and access checks when a session opens." },
    },
    {
      name: { en: "Presence" },
      role: { en: "Kept in memory on the owning server and broadcast; never persisted." },
    },
  ],
  deepDives: [
    {
      topic: { en: "Operational transformation versus CRDTs" },
      tradeOffs: [
        {
          en: "OT with a central server that orders operations is proven in production and keeps little metadata, but needs that server and careful transformation functions for every operation type.",
        },
        {
          en: "CRDTs (Yjs, Automerge) merge without a central order and suit offline and peer-to-peer editing, but carry per-character metadata and tombstones that grow the document and need garbage collection.",
        },
        {
          en: "Rich-text semantics such as formatting spans crossing concurrent edits are hard in both approaches and often need custom rules.",
        },
      ],
    },
    {
      topic: { en: "One owner per document" },
      tradeOffs: [
        {
          en: "Routing every editor of a document to one process makes ordering trivial, but that process is a hotspot for very busy documents and its failure interrupts the session until another server takes over by replaying the log.",
        },
        {
          en: "Stateless servers that order operations through conditional appends to the database need no ownership protocol but add a database round trip to every edit.",
        },
      ],
    },
    {
      topic: { en: "Persistence and history" },
      tradeOffs: [
        {
          en: "Acknowledging an edit only after it is durably appended guarantees no loss but adds write latency; acknowledging first is faster but risks losing a few edits on a crash.",
        },
        {
          en: "Keeping every operation forever gives perfect history but grows storage; compacting into snapshots plus coarser named versions saves space at the cost of fine-grained history.",
        },
      ],
    },
    {
      topic: { en: "Offline editing and reconnects" },
      tradeOffs: [
        {
          en: "Buffering offline edits and rebasing them on reconnect works for short gaps; after long offline periods the merge is still consistent but may no longer match what either user intended.",
        },
        {
          en: "Sending the full pending buffer on reconnect is simple; sending only operations after the last acknowledged revision saves bandwidth but needs precise tracking.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      { en: "Uses WebSockets to broadcast edits and a server to persist them." },
      { en: "Recognizes that concurrent edits conflict and names OT or CRDTs as the solution." },
    ],
    senior: [
      {
        en: "Explains how OT or a CRDT achieves convergence with a concrete example of two concurrent inserts.",
      },
      {
        en: "Designs document ownership, the operation log with snapshots, and reconnect using revisions.",
      },
      { en: "Separates presence (ephemeral) from edits (durable)." },
    ],
    staff: [
      {
        en: "Compares OT and CRDT for this product (offline needs, metadata size, server cost) and justifies the choice.",
      },
      {
        en: "Covers failover of document owners, hot documents, multi-region editing latency, and migrating document formats.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Asks about concurrent editors per document, offline duration and rich text." },
    },
    {
      stage: "requirements",
      text: { en: "States convergence and latency targets for remote edits." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Models edits as operations with a base revision, stored in an append-only log with periodic snapshots.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws clients, collaboration servers owning documents, operation log, snapshot storage and permissions.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Walks through two users inserting at the same position and shows how both converge.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains how a client catches up after reconnecting, using revisions." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Routes all editors of a document to one owner and explains failover by replaying the log.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Handles very busy documents, for example by capping editors or separating viewers.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs OT against CRDTs in terms of server dependence, metadata and offline support.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs acknowledging before versus after durable persistence." },
    },
  ],
};
