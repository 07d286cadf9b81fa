import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "game-leaderboard",
  title: { en: "Real-Time Game Leaderboard", ru: "Таблица лидеров онлайн-игры" },
  tracks: ["backend", "mobile"],
  prompt: {
    en: "Design the leaderboards of a mobile game with 50 million players. After every match a player's score changes; players want to see the global top 100, their own exact rank, the players just above and below them, a weekly board that resets every Monday, and a board of their friends.",
  },
  scope: {
    en: "In scope: score submission, global and weekly boards, top N, rank of any player, neighbors around a player, friends boards, and season resets. Out of scope: anti-cheat beyond server-side validation, matchmaking, and reward distribution (mention how it reads the final board).",
  },
  clarifyingQuestions: [
    { en: "How many players in total and per day, and how many matches does a player play?" },
    { en: "Is the score the best single result, a running total, or a rating such as Elo?" },
    { en: "How are ties broken: who reached the score first, or shared rank?" },
    { en: "Does every player need an exact rank, or is 'top 12%' fine far down the board?" },
    { en: "How quickly after a match must the new rank be visible?" },
    { en: "How many friends can a player have, and are there regional boards?" },
  ],
  functionalRequirements: [
    { en: "Game servers submit match results; clients never submit scores directly." },
    { en: "Show the top N players of a board." },
    { en: "Show a player's exact rank and score with five neighbors above and below." },
    { en: "Weekly boards reset every Monday 00:00 UTC and past weeks stay viewable." },
    { en: "Show a board restricted to the player's friends." },
  ],
  nonFunctionalRequirements: [
    { en: "Rank and top-N reads under 50 ms at p99." },
    { en: "A new score is reflected in boards within 1–2 seconds." },
    { en: "No accepted score is lost, even if the ranking store fails." },
    { en: "Ties are ordered deterministically." },
    { en: "Handles spikes at the end of a season or event." },
  ],
  scale: [
    { label: { en: "Players" }, value: "50 M total, 10 M daily active" },
    {
      label: { en: "Score updates" },
      value: "10 M × 10 matches = 100 M/day ≈ 1.2 k/s average, ~10 k/s peak",
    },
    { label: { en: "Board reads" }, value: "~5 k/s average, ~50 k/s peak" },
    {
      label: { en: "Sorted set for the global board" },
      value: "50 M members × ~100 B ≈ 5 GB in memory",
    },
    { label: { en: "Friends per player" }, value: "≤ 500" },
  ],
  coreEntities: [
    { name: "Player", fields: ["playerId", "displayName", "region"] },
    { name: "MatchResult", fields: ["matchId", "playerId", "score", "validatedAt"] },
    {
      name: "Board",
      fields: [
        "boardId",
        "type (global | weekly | regional)",
        "periodStart",
        "periodEnd",
        "scoreRule (best | sum)",
      ],
    },
    { name: "BoardEntry", fields: ["boardId", "playerId", "score", "achievedAt"] },
  ],
  api: [
    {
      signature:
        "POST /v1/matches/{matchId}/results { playerId, score } (signed by game server) → 202",
      purpose: {
        en: "Submit a validated result; repeated submissions for the same match are ignored.",
      },
    },
    {
      signature:
        "GET /v1/boards/{boardId}/top?limit=100 → { entries: [{ rank, playerId, score }] }",
      purpose: { en: "Top of a board." },
    },
    {
      signature:
        "GET /v1/boards/{boardId}/players/{playerId}?around=5 → { rank, score, neighbors[] }",
      purpose: { en: "A player's rank and the players around them." },
    },
    {
      signature: "GET /v1/boards/{boardId}/friends/{playerId} → { entries[] }",
      purpose: { en: "Board restricted to the player's friends." },
    },
  ],
  components: [
    {
      name: { en: "Score service" },
      role: {
        en: "Validates results from game servers, deduplicates by matchId, writes them to a durable store and publishes an event.",
      },
    },
    {
      name: { en: "Durable score store" },
      role: {
        en: "Source of truth for best or total score per player and board (DynamoDB, Cassandra or Postgres).",
      },
    },
    {
      name: { en: "Ranking store" },
      role: {
        en: "Redis sorted sets, one per board (ZADD with GT for best score, ZINCRBY for totals; ZREVRANK and ZREVRANGE for reads), with replicas.",
      },
    },
    {
      name: { en: "Leaderboard service" },
      role: {
        en: "Answers top-N, rank-and-neighbors and friends queries; caches the top 100 for a second.",
      },
    },
    {
      name: { en: "Season job" },
      role: {
        en: "Snapshots final boards to durable storage for rewards and history, and switches to the next week's key.",
      },
    },
    {
      name: { en: "Social graph service" },
      role: { en: "Provides friend lists used to build friends boards." },
    },
  ],
  deepDives: [
    {
      topic: { en: "Why a sorted set, and when it stops being enough" },
      tradeOffs: [
        {
          en: "A Redis sorted set (skip list) gives rank and range queries in O(log n) and 50 M members fit in memory on one node; a SQL query counting rows with a higher score is O(n) per rank lookup and far too slow at this size.",
        },
        {
          en: "One sorted set per board is simple and exact but bounded by one node's CPU and memory; it also becomes a single point of failure unless replicated.",
        },
      ],
    },
    {
      topic: { en: "Scaling beyond one node" },
      tradeOffs: [
        {
          en: "Partitioning by score range keeps ranks cheap (add up the sizes of higher ranges) but the ranges need rebalancing as scores drift upward over a season.",
        },
        {
          en: "Partitioning by player hash spreads load evenly, but top N becomes a merge of each shard's top N and an exact rank needs a count query on every shard.",
        },
        {
          en: "Exact ranks for the top tens of thousands plus a percentile from a score histogram for everyone else is much cheaper and usually acceptable to players.",
        },
      ],
    },
    {
      topic: { en: "Ties" },
      tradeOffs: [
        {
          en: "Packing score and time into one number (score in the high bits, 'max time minus achievement time' in the low bits) gives earlier achievers the better rank, but a double has 53 bits of precision, which limits the range of both parts.",
        },
        {
          en: "Showing equal ranks for equal scores is simpler to store but needs an extra count query to compute the shared rank.",
        },
      ],
    },
    {
      topic: { en: "Durability and resets" },
      tradeOffs: [
        {
          en: "Treating Redis as a derived view that can be rebuilt from the durable store or the event log keeps the source of truth safe, but a full rebuild of 50 M entries takes minutes, so replicas are still needed for fast failover.",
        },
        {
          en: "Writing to a new key per week (for example lb:weekly:2025-W23) with a TTL on old keys makes resets instant and keeps history, instead of deleting 50 M entries at midnight.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Uses a sorted set or equivalent ordered structure and explains top-N and rank queries.",
      },
      { en: "Validates scores on the server and keeps them in a durable store." },
    ],
    senior: [
      {
        en: "Explains why SQL rank queries do not scale here and sizes the sorted set in memory.",
      },
      {
        en: "Handles ties, weekly resets with new keys, friends boards and rebuilding the ranking store.",
      },
      { en: "Makes score submission idempotent by match id." },
    ],
    staff: [
      {
        en: "Designs sharding beyond one node and proposes approximate ranks for the long tail with clear product trade-offs.",
      },
      {
        en: "Covers season-end spikes, reward computation from frozen snapshots, regional boards and cheating signals.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: {
        en: "Clarifies the scoring rule, tie-breaking and whether ranks must be exact for everyone.",
      },
    },
    {
      stage: "requirements",
      text: { en: "Estimates update and read rates and the memory of a 50 M-member board." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Defines top-N, rank-with-neighbors and friends endpoints, and a server-to-server result submission.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws game servers, score service, durable store, ranking store and leaderboard service.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Names the sorted-set operations used (ZADD, ZREVRANK, ZREVRANGE) and their complexity.",
      },
    },
    {
      stage: "deep-dives",
      text: {
        en: "Builds the friends board by fetching friends' scores and sorting them at read time.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Explains how the ranking store is rebuilt or failed over without losing scores.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Proposes a sharding scheme or approximation once one node is not enough." },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Weighs exact ranks for all players against approximate ranks for the long tail.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs score-range partitioning against hash partitioning." },
    },
  ],
};
