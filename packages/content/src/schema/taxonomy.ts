/** The fixed vocabularies the question bank uses; tests check every value is covered. */
export const topics = [
  "arrays-and-hashing",
  "two-pointers",
  "sliding-window",
  "stack",
  "binary-search",
  "linked-lists",
  "trees",
  "tries",
  "heaps",
  "graphs",
  "intervals",
  "greedy",
  "backtracking",
  "dynamic-programming",
  "bit-manipulation",
  "math",
  "strings",
  "design",
] as const;
export type Topic = (typeof topics)[number];

/** Role tracks a problem suits; most problems suit several. */
export const tracks = [
  "backend",
  "frontend",
  "fullstack",
  "mobile",
  "data",
  "infrastructure",
] as const;
export type Track = (typeof tracks)[number];

export const competencies = [
  "motivation",
  "proactivity-and-ownership",
  "handling-ambiguity",
  "perseverance",
  "conflict-resolution",
  "empathy-and-collaboration",
  "growth-and-learning",
  "communication",
  "leadership-and-impact",
] as const;
export type Competency = (typeof competencies)[number];

/** Stages a system design interview moves through; rubric checkpoints belong to one stage each. */
export const designStages = [
  "requirements",
  "api-and-data-model",
  "high-level-design",
  "deep-dives",
  "scalability-and-reliability",
  "trade-offs",
] as const;
export type DesignStage = (typeof designStages)[number];
