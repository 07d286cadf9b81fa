import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "file-storage-sync",
  title: { en: "Cloud File Storage and Sync", ru: "Облачное хранилище с синхронизацией файлов" },
  tracks: ["backend", "mobile", "infrastructure"],
  prompt: {
    en: "Design a service like Dropbox or Google Drive. Users put files in a folder on their laptop or phone; the files are uploaded, appear on all their other devices within seconds, keep a version history, and can be shared with other people for viewing or editing.",
  },
  scope: {
    en: "In scope: upload and download including very large files, sync between devices, change notification, version history, sharing with permissions, and conflict handling. Out of scope: editing documents in the browser, full-text search inside files, and virus scanning internals.",
  },
  clarifyingQuestions: [
    { en: "What is the largest file we must support, and what is the typical file size?" },
    { en: "How many users and devices per user, and how much data does an average user store?" },
    {
      en: "What should happen when two devices change the same file while offline: keep both, or last writer wins?",
    },
    { en: "How long do we keep old versions and deleted files?" },
    { en: "Do we need sharing of folders with other users, and with which permission levels?" },
    {
      en: "May we deduplicate identical content across different users, or is that a privacy concern?",
    },
  ],
  functionalRequirements: [
    { en: "Upload and download files up to 50 GB, resuming after interruptions." },
    { en: "Changes made on one device appear on the user's other devices automatically." },
    {
      en: "Keep a version history (for example 30 days) and allow restoring old versions and deleted files.",
    },
    { en: "Share files and folders with other users as viewer or editor." },
    { en: "Detect conflicting edits and keep both versions rather than silently losing one." },
  ],
  nonFunctionalRequirements: [
    { en: "File content durability of eleven nines; nothing acknowledged is ever lost." },
    { en: "Metadata is strongly consistent per folder tree: no lost updates to a file's version." },
    { en: "Small changes sync to other online devices within about 10 seconds." },
    { en: "Bandwidth-efficient: only changed parts of a file are uploaded." },
    { en: "Clients work offline and catch up on reconnect." },
  ],
  scale: [
    { label: { en: "Users" }, value: "500 M registered, 100 M daily active" },
    {
      label: { en: "Stored data" },
      value: "~2 GB per user average → ~1 EB logical before deduplication",
    },
    {
      label: { en: "File changes" },
      value: "~200 M per day ≈ 2.3 k commits/s average, ~10 k/s peak",
    },
    { label: { en: "Metadata rows" }, value: "~50 B files plus versions; tens of TB of metadata" },
    { label: { en: "Chunk size" }, value: "4 MB → a 50 GB file is ~12,800 chunks" },
  ],
  coreEntities: [
    {
      name: "FileEntry",
      fields: ["fileId", "namespaceId", "path", "latestVersion", "size", "isDeleted", "updatedAt"],
    },
    {
      name: "FileVersion",
      fields: ["fileId", "version", "chunkHashes[]", "size", "deviceId", "createdAt"],
    },
    { name: "Chunk", fields: ["sha256", "size", "storageKey", "refCount"] },
    { name: "Namespace", fields: ["namespaceId", "ownerId", "members[] with role"] },
    { name: "JournalEntry", fields: ["namespaceId", "seq", "fileId", "operation", "version"] },
  ],
  api: [
    {
      signature: "POST /v1/chunks/check { hashes[] } → { missing[] }",
      purpose: { en: "Ask which chunks the server does not have yet, so only those are uploaded." },
    },
    {
      signature: "PUT /v1/chunks/{sha256} (≤ 4 MB body, or a pre-signed URL) → 201",
      purpose: { en: "Upload one chunk; the server verifies the hash." },
    },
    {
      signature:
        "POST /v1/files/commit { namespaceId, path, baseVersion, chunkHashes[] } → { version } | 409 conflict",
      purpose: {
        en: "Create a new version atomically; rejected if the file changed since baseVersion.",
      },
    },
    {
      signature: "GET /v1/changes?namespaceId=&cursor= → { entries[], cursor, hasMore }",
      purpose: { en: "Fetch metadata changes after a cursor; long-polls when there are none." },
    },
    {
      signature: "POST /v1/shares { folderId, email, role } → 201",
      purpose: { en: "Share a folder with another user." },
    },
  ],
  components: [
    {
      name: { en: "Sync client" },
      role: {
        en: "Watches the local folder, splits files into chunks, hashes them, keeps a local database of known versions and applies remote changes.",
      },
    },
    {
      name: { en: "Block service and object storage" },
      role: {
        en: "Accepts and serves chunks addressed by hash, stored in S3-like storage with erasure coding.",
      },
    },
    {
      name: { en: "Metadata service" },
      role: {
        en: "Sharded relational database (MySQL or Postgres, sharded by namespace) holding files, versions and the per-namespace journal.",
      },
    },
    {
      name: { en: "Notification service" },
      role: {
        en: "Holds long-poll or WebSocket connections and tells clients that a namespace has new journal entries.",
      },
    },
    {
      name: { en: "CDN" },
      role: { en: "Speeds up downloads of popular shared files." },
    },
    {
      name: { en: "Garbage collector" },
      role: {
        en: "Deletes chunks no longer referenced by any version after retention, carefully, with a grace period.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Chunking and deduplication" },
      tradeOffs: [
        {
          en: "Fixed 4 MB chunks are simple, but inserting a byte near the start of a file shifts every later chunk; content-defined chunking with a rolling hash keeps most chunks stable at the cost of CPU and variable chunk sizes.",
        },
        {
          en: "Deduplicating across all users saves a lot of storage, but reveals whether someone already stored a given file; restricting dedupe to one user or using per-user encryption keys avoids the leak at a storage cost.",
        },
      ],
    },
    {
      topic: { en: "Metadata consistency and conflicts" },
      tradeOffs: [
        {
          en: "Optimistic concurrency on baseVersion keeps commits fast and detects conflicts; on conflict, saving a 'conflicted copy' never loses data but leaves users to merge by hand, while last-writer-wins silently loses edits.",
        },
        {
          en: "Keeping a namespace on one relational shard makes commits and moves within it transactional; moving files between namespaces (for example into a shared folder) becomes a cross-shard operation.",
        },
      ],
    },
    {
      topic: { en: "Propagating changes to devices" },
      tradeOffs: [
        {
          en: "Polling every few seconds is simple but wasteful across 100 M devices; a long-poll or WebSocket that only says 'something changed', followed by a pull from the journal cursor, scales and tolerates missed notifications.",
        },
        {
          en: "Pushing full change data over the notification channel saves a round trip but makes the channel stateful and harder to recover.",
        },
      ],
    },
    {
      topic: { en: "Durability and cost of storage" },
      tradeOffs: [
        {
          en: "Three full replicas are simple and fast to read but cost 3×; erasure coding (for example 6 data + 3 parity) gives similar durability at ~1.5× but slower reconstruction.",
        },
        {
          en: "Moving old versions and rarely read files to a cold tier cuts cost but slows restores.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Separates file content (object storage) from metadata (database) and describes upload and download.",
      },
      { en: "Proposes some way for other devices to learn about changes." },
    ],
    senior: [
      {
        en: "Uses chunking with hashes so only changed chunks are uploaded and interrupted uploads resume.",
      },
      {
        en: "Designs a per-namespace change journal with cursors, and optimistic versioning with conflict copies.",
      },
      {
        en: "Explains durability via replication or erasure coding and the garbage collection of chunks.",
      },
    ],
    staff: [
      {
        en: "Discusses content-defined chunking, cross-user dedupe privacy, and the cost model of storage tiers.",
      },
      {
        en: "Covers sharding the metadata store by namespace, shared folders across shards, and safe deletion at exabyte scale.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Asks about maximum file size, conflict policy and version retention." },
    },
    {
      stage: "requirements",
      text: { en: "Estimates total stored data and commit rate." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Models files as ordered lists of chunk hashes, with versions and a per-namespace change journal.",
      },
    },
    {
      stage: "api-and-data-model",
      text: { en: "Defines a commit call with a base version that fails on conflict." },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws client, block service with object storage, metadata service, and a notification channel.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains how uploading only missing chunks saves bandwidth and enables resume.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains what the user sees after two offline edits of the same file." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Shards metadata by namespace and states how content durability is achieved (replication or erasure coding).",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Uses notify-then-pull so missed notifications do not lose changes." },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs fixed against content-defined chunking, or global against per-user dedupe.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Justifies strong consistency for metadata while content may be eventually available.",
      },
    },
  ],
};
