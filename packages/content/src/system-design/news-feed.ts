import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "news-feed",
  title: { en: "Social News Feed", ru: "Лента новостей социальной сети" },
  tracks: ["backend", "fullstack", "mobile"],
  prompt: {
    en: "Design the home feed of a social network. Users follow other accounts and publish posts with text and images; when they open the app they see a list of recent posts from the accounts they follow, newest or best first, and can keep scrolling back in time.",
  },
  scope: {
    en: "In scope: publishing posts, following and unfollowing, building and paginating the feed, a hook for ranking, and media storage. Out of scope: ads, comment threads, recommendations of accounts the user does not follow, and search.",
  },
  clarifyingQuestions: [
    { en: "How many daily active users are there, and how often does each open the feed?" },
    {
      en: "What does the follower distribution look like: are there accounts with tens of millions of followers?",
    },
    {
      en: "Is the feed strictly reverse-chronological, or ranked? If ranked, may I treat the ranking model as a black box?",
    },
    {
      en: "How quickly must a new post show up in followers' feeds: seconds, or a minute is fine?",
    },
    { en: "Is there a cap on how many accounts one user may follow?" },
    { en: "Must deleted posts and unfollows disappear from feeds that were already built?" },
  ],
  functionalRequirements: [
    { en: "A user creates a post with text and optional images or video." },
    { en: "A user follows and unfollows other accounts." },
    {
      en: "A user fetches their feed of posts from followed accounts, newest or highest-ranked first, with cursor pagination.",
    },
    { en: "Deleted posts and posts from unfollowed accounts stop appearing in the feed." },
  ],
  nonFunctionalRequirements: [
    { en: "Feed requests return in under 200 ms at p99 on the server side." },
    {
      en: "Eventual consistency is acceptable: a new post reaches followers' feeds within about 5–10 seconds.",
    },
    {
      en: "Feed reads stay available when parts of the system fail; a post by a celebrity must not overload the write path.",
    },
    { en: "Posts are durable; feed caches are derived data and can be rebuilt." },
  ],
  scale: [
    { label: { en: "Daily active users" }, value: "300 M" },
    {
      label: { en: "Feed reads" },
      value: "300 M × 10 per day = 3 B/day ≈ 35 k/s average, ~100 k/s peak",
    },
    { label: { en: "New posts" }, value: "~100 M/day ≈ 1.2 k/s average" },
    { label: { en: "Followers per account" }, value: "median ~200, largest ~100 M" },
    {
      label: { en: "Fan-out writes with push model" },
      value: "100 M × 200 ≈ 20 B feed inserts/day ≈ 230 k/s",
    },
    {
      label: { en: "Feed cache size" },
      value: "500 post ids × 8 B × 300 M users ≈ 1.2 TB of RAM (before overhead)",
    },
  ],
  coreEntities: [
    { name: "User", fields: ["userId", "name", "followerCount", "isHighFanout"] },
    {
      name: "Post",
      fields: [
        "postId (time-sortable, e.g. Snowflake)",
        "authorId",
        "text",
        "mediaIds",
        "createdAt",
        "deletedAt",
      ],
    },
    { name: "Follow", fields: ["followerId", "followeeId", "createdAt"] },
    { name: "FeedEntry", fields: ["userId", "postId", "authorId", "score"] },
  ],
  api: [
    {
      signature: "POST /v1/posts { text, mediaIds[] } → 201 { postId }",
      purpose: { en: "Publish a post; media was uploaded beforehand." },
    },
    {
      signature: "POST /v1/media/uploads { contentType, size } → { mediaId, uploadUrl }",
      purpose: { en: "Get a pre-signed URL to upload media straight to object storage." },
    },
    {
      signature: "PUT /v1/users/{id}/followers/me → 204; DELETE /v1/users/{id}/followers/me → 204",
      purpose: { en: "Follow or unfollow an account." },
    },
    {
      signature: "GET /v1/feed?cursor=&limit=20 → { items: Post[], nextCursor }",
      purpose: {
        en: "Read the next page of the feed; the cursor encodes the last score and postId.",
      },
    },
  ],
  components: [
    {
      name: { en: "Post service and post store" },
      role: {
        en: "Writes posts to a store partitioned by postId (Cassandra or sharded MySQL) and publishes a post-created event to Kafka.",
      },
    },
    {
      name: { en: "Social graph service" },
      role: {
        en: "Keeps follow edges in both directions (followers of X, followees of Y), partitioned by user id.",
      },
    },
    {
      name: { en: "Fan-out workers" },
      role: {
        en: "Consume post events, page through the author's followers and append the postId to each follower's feed list.",
      },
    },
    {
      name: { en: "Feed cache" },
      role: {
        en: "Per-user capped list or sorted set of post ids in a Redis cluster, holding the most recent few hundred entries.",
      },
    },
    {
      name: { en: "Feed service" },
      role: {
        en: "On read, merges the precomputed list with recent posts of followed high-fanout accounts, filters deleted posts, calls ranking and hydrates posts from a post cache.",
      },
    },
    {
      name: { en: "Media storage and CDN" },
      role: { en: "Object storage (S3 or similar) for images and video, served through a CDN." },
    },
  ],
  deepDives: [
    {
      topic: { en: "Push, pull or hybrid fan-out" },
      tradeOffs: [
        {
          en: "Push (fan-out on write) makes reads a single cache lookup, but one celebrity post turns into tens of millions of writes and much of the work is wasted on users who never log in.",
        },
        {
          en: "Pull (fan-out on read) makes posting cheap, but each read merges the timelines of hundreds of followees, which is slow and costly at 100 k reads per second.",
        },
        {
          en: "A hybrid pushes for ordinary authors and pulls for accounts above a follower threshold (say 100 k); reads stay fast, at the cost of merge logic and a threshold to tune.",
        },
      ],
    },
    {
      topic: { en: "Feed storage, hydration and pagination" },
      tradeOffs: [
        {
          en: "Storing only post ids in the feed keeps memory small and makes edits and deletes take effect everywhere, but every read needs a second, batched lookup to hydrate posts.",
        },
        {
          en: "Cursor pagination on (score, postId) stays stable while new posts arrive; offset pagination skips or repeats items.",
        },
        {
          en: "Capping each cached feed at a few hundred ids saves memory; the rare user who scrolls further is served by a slower pull from the post store.",
        },
      ],
    },
    {
      topic: { en: "Ranking" },
      tradeOffs: [
        {
          en: "Reverse-chronological order is predictable and easy to cache; a ranked feed usually lifts engagement but needs fresh features at read time.",
        },
        {
          en: "Scoring at fan-out time is cheap but goes stale; scoring at read time is fresh but adds latency, so a common compromise re-ranks only the top few hundred candidates per request.",
        },
      ],
    },
    {
      topic: { en: "Inactive users and cache rebuilds" },
      tradeOffs: [
        {
          en: "Skipping fan-out to users inactive for 30 days saves a large share of writes, but their first feed load after returning must be rebuilt by pull and is slower.",
        },
        {
          en: "Treating the feed cache as disposable simplifies failover (rebuild from graph and post store) but a lost Redis shard causes a burst of expensive rebuilds.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Identifies posts, follows and feeds as the core data and produces a design with either push or pull fan-out that works.",
      },
      {
        en: "Uses a cache for feeds and cursor pagination, and stores media in object storage behind a CDN.",
      },
    ],
    senior: [
      {
        en: "Compares push and pull with numbers, spots the celebrity problem and proposes a hybrid with a threshold.",
      },
      {
        en: "Makes fan-out asynchronous through a queue, stores ids rather than full posts, and handles deletes and unfollows.",
      },
      {
        en: "Explains partitioning of the post store, graph and feed cache, and how a lost cache shard recovers.",
      },
    ],
    staff: [
      {
        en: "Treats ranking as a candidate-generation plus scoring pipeline and discusses latency budgets between the services.",
      },
      {
        en: "Discusses cost (RAM for feed caches, wasted fan-out), multi-region replication of posts and feeds, and how to roll out changes to fan-out policy safely.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Asks about the follower distribution and calls out accounts with millions of followers as a design driver.",
      },
    },
    {
      stage: "requirements",
      text: {
        en: "Estimates feed reads and fan-out writes per second and notes that reads dominate.",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines a paginated feed endpoint with a cursor and a post-creation endpoint separate from media upload.",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Models the follow graph in both directions and uses time-sortable post ids for ordering.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws post service, queue, fan-out workers, feed cache and feed service, with media going to object storage and a CDN.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Explains hybrid fan-out: push for normal accounts, pull and merge at read time for high-fanout accounts.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Describes hydrating post ids in batches from a post cache and filtering deleted posts.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Partitions feed cache and post store by user or post id, and explains how a feed is rebuilt if its cache entry is lost.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Skips or defers fan-out for inactive users and says what that costs on their next login.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Justifies eventual consistency for feed freshness and states the delay users may see.",
      },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs chronological against ranked ordering in terms of cacheability, latency and product value.",
      },
    },
  ],
};
