import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "video-streaming",
  title: { en: "Video Streaming Platform", ru: "Платформа потокового видео" },
  tracks: ["backend", "infrastructure", "mobile"],
  prompt: {
    en: "Design a video platform where creators upload videos and viewers watch them on phones, browsers and TVs around the world. Playback should start quickly and adapt its quality to the viewer's connection without stalling.",
  },
  scope: {
    en: "In scope: resumable uploads, the transcoding pipeline, storage, delivery through CDNs with adaptive bitrate streaming, video metadata and view counts. Out of scope: recommendations, comments, monetization, and live streaming (a good follow-up).",
  },
  clarifyingQuestions: [
    { en: "How many uploads per day, and what are typical and maximum video lengths and sizes?" },
    { en: "How many views per day, and where are the viewers?" },
    { en: "Which devices and resolutions must be supported, up to 4K?" },
    { en: "How quickly after upload must a video be watchable?" },
    { en: "Is this video on demand only, or also live?" },
    { en: "Do some videos need DRM?" },
  ],
  functionalRequirements: [
    { en: "Creators upload large video files with resume after network failures." },
    { en: "Each video is transcoded into several resolutions and bitrates." },
    { en: "Viewers stream with adaptive bitrate (HLS or DASH) on all supported devices." },
    { en: "A watch page shows title, description, thumbnail and view count." },
  ],
  nonFunctionalRequirements: [
    { en: "Playback starts in under 2 seconds at p90; rebuffering under 1% of watch time." },
    { en: "Uploaded originals are never lost." },
    { en: "A 10-minute video is watchable (at least at 720p) within about 10 minutes of upload." },
    { en: "Delivery cost per viewed hour is a first-class concern: egress dominates the bill." },
  ],
  scale: [
    { label: { en: "Uploads" }, value: "~500 k videos/day, average ~8 min, ~500 MB original" },
    { label: { en: "Raw ingest" }, value: "500 k × 500 MB ≈ 250 TB/day" },
    {
      label: { en: "Transcoded output" },
      value: "~300 MB per video across the bitrate ladder ≈ 150 TB/day",
    },
    { label: { en: "Views" }, value: "~5 B/day, ~5 min average watched" },
    {
      label: { en: "Egress" },
      value: "5 B × 300 s × 3 Mbit/s ≈ 560 PB/day ≈ 50 Tbit/s average",
    },
  ],
  coreEntities: [
    {
      name: "Video",
      fields: [
        "videoId",
        "ownerId",
        "title",
        "description",
        "status (uploading | processing | ready | failed)",
        "durationSec",
        "createdAt",
      ],
    },
    {
      name: "Rendition",
      fields: ["videoId", "codec", "height", "bitrateKbps", "playlistKey", "segmentPrefix"],
    },
    { name: "UploadSession", fields: ["uploadId", "videoId", "partsCompleted[]", "expiresAt"] },
    { name: "ViewCount", fields: ["videoId", "count", "updatedAt"] },
  ],
  api: [
    {
      signature:
        "POST /v1/videos { title, description, sizeBytes } → { videoId, uploadId, partUrls[] }",
      purpose: { en: "Start a multipart upload with pre-signed part URLs to object storage." },
    },
    {
      signature: "POST /v1/videos/{id}/complete { uploadId, parts[] } → 202",
      purpose: { en: "Finish the upload and trigger transcoding." },
    },
    {
      signature: "GET /v1/videos/{id} → { title, status, manifestUrl, thumbnails[], views }",
      purpose: { en: "Watch page metadata." },
    },
    {
      signature: "GET https://cdn…/v/{id}/master.m3u8 → HLS master playlist",
      purpose: {
        en: "The player fetches the playlist, then segments, choosing a bitrate as it goes.",
      },
    },
  ],
  components: [
    {
      name: { en: "Upload service and raw storage" },
      role: {
        en: "Creates upload sessions and pre-signed multipart URLs; originals land in an object storage bucket.",
      },
    },
    {
      name: { en: "Transcoding pipeline" },
      role: {
        en: "An orchestrator splits the video into GOP-aligned chunks, fans them out over a queue to FFmpeg workers per rendition, then stitches and packages HLS/DASH segments and thumbnails.",
      },
    },
    {
      name: { en: "Processed storage" },
      role: { en: "Object storage for segments and playlists, acting as the CDN origin." },
    },
    {
      name: { en: "CDN" },
      role: {
        en: "Edge caches with an origin shield; optionally several CDN vendors and caches inside ISPs for the most popular content.",
      },
    },
    {
      name: { en: "Metadata service" },
      role: {
        en: "Video records in a sharded relational store (MySQL with Vitess) behind a cache.",
      },
    },
    {
      name: { en: "View counting pipeline" },
      role: {
        en: "Player beacons into Kafka, aggregated by a stream job and written back periodically.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Transcoding pipeline" },
      tradeOffs: [
        {
          en: "Splitting a video into chunks and encoding them in parallel cuts time to availability from hours to minutes, at the cost of orchestration and careful alignment of keyframes at chunk boundaries.",
        },
        {
          en: "H.264 plays everywhere; VP9 and AV1 save roughly 30–50% bandwidth but cost several times more CPU to encode, so they pay off only for videos with many views.",
        },
        {
          en: "Producing low resolutions first lets viewers watch sooner while higher renditions finish later.",
        },
      ],
    },
    {
      topic: { en: "Adaptive delivery through CDNs" },
      tradeOffs: [
        {
          en: "Short segments (2 s) adapt faster and start sooner but mean more requests and slightly worse compression; 6 s segments are more efficient but slower to react.",
        },
        {
          en: "Popular videos are served almost entirely from edge caches, while the long tail misses; an origin shield tier protects storage from the misses.",
        },
        {
          en: "Using several CDN vendors lowers cost and improves resilience but needs steering logic and consistent cache keys.",
        },
      ],
    },
    {
      topic: { en: "Storage cost over time" },
      tradeOffs: [
        {
          en: "Keeping every rendition of every video forever is simplest but expensive; dropping rarely watched renditions and re-encoding on demand saves storage at the cost of a slow first view.",
        },
        {
          en: "Moving originals of old videos to archive storage is cheap but makes re-encoding with a new codec slow and costly.",
        },
      ],
    },
    {
      topic: { en: "View counts" },
      tradeOffs: [
        {
          en: "Approximate, eventually consistent counts updated every few seconds are fine for display; exact counts with bot filtering matter when they drive payouts, and are computed in batch.",
        },
        {
          en: "Incrementing a database row per view creates hot rows for viral videos; aggregating in the stream first avoids that.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Separates upload, processing and playback paths and stores videos in object storage behind a CDN.",
      },
      { en: "Knows that videos are transcoded into several qualities." },
    ],
    senior: [
      {
        en: "Explains adaptive bitrate streaming with playlists and segments and how the player switches quality.",
      },
      { en: "Designs a parallel, retryable transcoding pipeline with a queue and workers." },
      { en: "Does the egress math and explains CDN caching for popular versus long-tail content." },
    ],
    staff: [
      {
        en: "Reasons about cost per viewed hour: codec choice by popularity, storage tiers, multi-CDN and ISP caches.",
      },
      {
        en: "Discusses quality-of-experience metrics (startup time, rebuffer rate) and how they drive design and operations.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Estimates ingest storage and egress bandwidth and identifies egress as the dominant cost.",
      },
    },
    {
      stage: "requirements",
      text: { en: "Asks about upload-to-available latency and supported devices." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Uses resumable multipart uploads with pre-signed URLs instead of streaming video through app servers.",
      },
    },
    {
      stage: "api-and-data-model",
      text: { en: "Models a video status lifecycle and renditions with their playlists." },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws upload, raw storage, transcoding workers, processed storage, CDN and player as distinct stages.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains HLS or DASH: a master playlist, per-rendition playlists and short segments.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Parallelizes transcoding by chunk and explains retries of failed chunks." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Describes edge caching, an origin shield and what happens when a video suddenly goes viral.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Protects originals with durable storage and makes the pipeline idempotent." },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs codec efficiency against encoding cost and device support." },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs segment length against startup time and adaptation speed." },
    },
  ],
};
