import type { Level } from "@mentara/domain/interview";

/** What each rubric dimension measures, as the judge is told. */
export const dimensionGuide: Record<string, string> = {
  communication: "explains thinking clearly and concisely, listens and answers what was asked",
  problem_solving: "reaches a correct, efficient approach with sound reasoning and little help",
  code_quality: "readable, well-structured, idiomatic code with sensible names",
  testing: "walks through examples, finds edge cases, verifies and fixes the code",
  complexity_analysis: "states time and space complexity correctly and justifies it",
  requirements: "clarifies functional and non-functional requirements and scale before designing",
  api_and_data_model: "defines the core entities, the API and the data model",
  high_level_design: "a coherent architecture whose components meet the requirements",
  deep_dives_and_scalability: "goes deep on the hard parts: bottlenecks, scaling, consistency",
  trade_offs: "names alternatives and chooses between them for stated reasons",
  operability: "monitoring, failure handling, deployment and cost",
  star_completeness: "situation, task, action and result are all present",
  ownership_and_impact: "what the candidate personally did and what changed because of it",
  depth: "specifics: numbers, names, timelines, concrete details",
  competency: "the answer shows the competency the question is about",
};

export const scaleGuide =
  "Scores: 1 = little or no evidence, or clearly below the bar; 2 = some evidence with real gaps; 3 = solid, meets the bar for the level; 4 = exceptional, clearly above the bar for the level.";

export const levelGuide: Record<Level, string> = {
  junior: "a junior engineer: correct basics with guidance",
  mid: "a mid-level engineer: independent, correct and reasonably efficient",
  senior: "a senior engineer: drives the discussion, weighs trade-offs, anticipates problems",
  staff: "a staff engineer: sets direction, sees organisation-wide impact and long-term trade-offs",
};
