import type { CandidateTurn, DimensionScore } from "../scoring/dimension-score.ts";
import { checkpointMatcher, type DesignCheckpoint } from "../scoring/score-system-design.ts";
import { type StarPart, starParts } from "../scoring/story-features.ts";
import { withoutScorerInstructions } from "../scoring/text-features.ts";

/** What to do differently, per rubric dimension, when it is among the weakest. */
const advice: Record<string, string> = {
  communication: "Think aloud: say what you are about to do and why before you do it.",
  problem_solving:
    "Before coding, state a brute force, then look for the structure that removes its repeated work.",
  code_quality:
    "Name things for what they hold, keep functions short, and handle the edge cases explicitly.",
  testing: "Run your code early, then walk an edge case (empty, one element, duplicates) by hand.",
  complexity_analysis: "State time and space complexity for your final code, and say why.",
  requirements:
    "Spend the first minutes on users, scale and the must-have features before drawing anything.",
  api_and_data_model: "Write the core API calls and the main tables or documents before the boxes.",
  high_level_design: "Sketch the request path end to end first; only then add caches and queues.",
  deep_dives_and_scalability:
    "Pick the hardest part (hot keys, fan-out, consistency) and go deep on it.",
  trade_offs: "For each choice, name the alternative you rejected and what it would have cost.",
  operability: "Say how you would know it is broken: metrics, alerts, and how you would roll back.",
  star_completeness: "Tell each story as situation, task, what you did, and the result.",
  ownership_and_impact:
    "Say “I” for what you did yourself, and end with what changed because of it.",
  depth: "Add specifics: numbers, names, dates, the size of the team or the system.",
  competency: "Pick a story that shows exactly what the question asks about, and say so.",
};

/** Three concrete things to do differently, from the weakest dimensions first. */
export function improvements(scores: DimensionScore[]): string[] {
  return [...scores]
    .sort((a, b) => a.score - b.score)
    .slice(0, 3)
    .map(
      (s) =>
        `${advice[s.dimension] ?? `Work on ${s.dimension.replaceAll("_", " ")}.`}${s.reasons[0] ? ` (${s.reasons[0]})` : ""}`,
    );
}

/** A short excerpt of each cited candidate turn, so a report can quote its evidence. */
export function quotesFor(
  scores: DimensionScore[],
  turns: readonly { id: string; role: string; text: string }[],
  maxLength = 160,
): Record<string, string> {
  const cited = new Set(scores.flatMap((s) => s.evidence));
  const quotes: Record<string, string> = {};
  for (const turn of turns) {
    if (turn.role !== "candidate" || !cited.has(turn.id)) continue;
    const text = withoutScorerInstructions(turn.text).text.trim();
    quotes[turn.id] = text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
  }
  return quotes;
}

/** The design checkpoints the conversation met and missed. */
export function checkpointsCovered(
  checkpoints: DesignCheckpoint[],
  turns: CandidateTurn[],
  echoSources: readonly string[] = [],
): { met: string[]; missed: string[] } {
  const metBy = checkpointMatcher(turns, echoSources);
  const met = checkpoints.filter((c) => metBy(c).length > 0);
  return {
    met: met.map((c) => c.text),
    missed: checkpoints.filter((c) => !met.includes(c)).map((c) => c.text),
  };
}

const allParts: StarPart[] = ["situation", "task", "action", "result"];

/** For one behavioral answer, the STAR parts found and missing. */
export function starCoverage(text: string): { found: StarPart[]; missing: StarPart[] } {
  const parts = starParts(withoutScorerInstructions(text).text);
  return {
    found: allParts.filter((p) => parts[p]),
    missing: allParts.filter((p) => !parts[p]),
  };
}
