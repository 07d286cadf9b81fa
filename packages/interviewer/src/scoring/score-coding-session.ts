import type { Level } from "@mentara/domain/interview";
import { toRubricScore } from "@mentara/domain/rubric";
import type { CandidateTurn, DimensionScore } from "./dimension-score.ts";
import {
  overlap,
  statedComplexities,
  withoutScorerInstructions,
  wordLikeShare,
  words,
} from "./text-features.ts";

export type CodingDimension =
  | "communication"
  | "problem_solving"
  | "code_quality"
  | "testing"
  | "complexity_analysis";

const complexityOrder = ["O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^2)", "O(n^3)", "O(2^n)"];

export interface CodingRun {
  id: string;
  passed: number;
  total: number;
  /** The code did not load, so no test ran. */
  compileError?: boolean;
}

export interface CodingSessionInput {
  level: Level;
  problem: { statement: string; optimalTime: string };
  turns: CandidateTurn[];
  runs: CodingRun[];
  finalCode: string;
  /** The measured complexity of the final code, when it could be measured. */
  measuredComplexity?: string;
  /** Tiers of the hints taken (1 gentle … 3 explicit); each costs problem solving. */
  hintsTaken: number[];
}

const hintCost = { 1: 0.25, 2: 0.5, 3: 1 } as Record<number, number>;
const approachWords =
  /\b(hash ?(map|set|table)|dictionary|two pointers?|sliding window|binary search|sort(ed|ing)?|stack|queue|heap|recursi(on|ve)|dynamic programming|memo\w*|prefix sums?|graph|bfs|dfs|brute force|loop|iterate|index(es)?)\b/i;
const edgeCaseWords =
  /\b(edge case|empty|single|one element|duplicate|negative|zero|overflow|null|none|limit|boundary|large input)\b/i;

/**
 * Scores a coding interview on evidence: the tests the final code passes, its measured
 * complexity against the optimum, the hints taken, what the candidate said about the approach,
 * testing and complexity. A correct optimal solution beats a correct brute force, which beats a
 * failing one; words alone cannot lift problem solving or code quality.
 */
export function scoreCodingSession(input: CodingSessionInput): DimensionScore<CodingDimension>[] {
  const turns = input.turns.map((t) => ({
    id: t.id,
    text: withoutScorerInstructions(t.text).text,
  }));
  const talk = turns.map((t) => t.text).join("\n");
  const last = input.runs.at(-1);
  const passRatio = last && !last.compileError && last.total > 0 ? last.passed / last.total : 0;
  const optimalRank = complexityOrder.indexOf(input.problem.optimalTime);
  const measuredRank = input.measuredComplexity
    ? complexityOrder.indexOf(input.measuredComplexity)
    : -1;
  const optimal = measuredRank >= 0 && optimalRank >= 0 && measuredRank <= optimalRank;
  const slower = measuredRank > optimalRank && optimalRank >= 0;
  const runIds = input.runs.map((r) => r.id);

  const correctness = passRatio === 1 ? 4 : passRatio >= 0.7 ? 3 : passRatio >= 0.3 ? 2 : 1;
  const hintPenalty = input.hintsTaken.reduce((sum, tier) => sum + (hintCost[tier] ?? 0.5), 0);
  let solving = correctness - hintPenalty;
  if (passRatio === 1 && slower) solving = Math.min(solving, 3);
  if (passRatio === 1 && !input.measuredComplexity) solving = Math.min(solving, 3.4);
  const problemSolving: DimensionScore<CodingDimension> = {
    dimension: "problem_solving",
    score: toRubricScore(solving),
    reasons: [
      last
        ? `The final run passes ${last.passed} of ${last.total} tests.`
        : "The code was never run.",
      ...(slower
        ? [
            `Measured ${input.measuredComplexity}, slower than the optimal ${input.problem.optimalTime}.`,
          ]
        : []),
      ...(optimal ? [`Measured ${input.measuredComplexity}, as good as the optimum.`] : []),
      ...(input.hintsTaken.length
        ? [`${input.hintsTaken.length} hint(s) taken (−${hintPenalty}).`]
        : []),
    ],
    evidence: last ? [last.id] : [],
    ceiling: toRubricScore(solving), // tests, measurements and hints decide it, not words
  };

  const lines = input.finalCode.split("\n").filter((l) => l.trim()).length;
  const quality =
    !last || last.compileError ? 1 : passRatio < 1 ? 2 : optimal && lines <= 60 ? 4 : 3;
  const codeQuality: DimensionScore<CodingDimension> = {
    dimension: "code_quality",
    score: toRubricScore(quality),
    reasons: [
      last?.compileError ? "The final code does not load." : `${lines} lines of code.`,
      ...(quality === 4 ? ["Correct, optimal and compact."] : []),
    ],
    evidence: last ? [last.id] : [],
    ...(!last || last.compileError || passRatio < 1 ? { ceiling: toRubricScore(quality) } : {}),
  };

  const edgeTurns = turns.filter((t) => edgeCaseWords.test(t.text));
  const ranBeforeLast = input.runs.length >= 2;
  const testing: DimensionScore<CodingDimension> = {
    dimension: "testing",
    score: toRubricScore(
      input.runs.length === 0
        ? 1
        : 2 + (ranBeforeLast ? 1 : 0) + (edgeTurns.length ? 1 : 0) - (passRatio === 0 ? 1 : 0),
    ),
    reasons: [
      `${input.runs.length} test run(s).`,
      edgeTurns.length ? "Talked about edge cases." : "Did not talk about edge cases.",
    ],
    evidence: [...runIds, ...edgeTurns.map((t) => t.id)],
    ...(input.runs.length === 0 ? { ceiling: 1 as const } : {}),
  };

  const stated = turns.flatMap((t) => statedComplexities(t.text).map((c) => ({ id: t.id, c })));
  const reference = input.measuredComplexity ?? input.problem.optimalTime;
  const right = stated.filter((s) => s.c === reference);
  const mentionsSpace = /\bspace\b|\bmemory\b/i.test(talk);
  const analysis: DimensionScore<CodingDimension> = {
    dimension: "complexity_analysis",
    score: toRubricScore(stated.length === 0 ? 1 : right.length === 0 ? 2 : mentionsSpace ? 4 : 3),
    reasons: [
      stated.length
        ? `Stated ${[...new Set(stated.map((s) => s.c))].join(", ")}; the code measures ${reference}.`
        : "Never stated a complexity.",
      ...(stated.length && !mentionsSpace ? ["Did not discuss space."] : []),
    ],
    evidence: [...new Set(stated.map((s) => s.id))],
    ...(stated.length === 0 ? { ceiling: 1 as const } : {}),
  };

  // About the problem: its own words, or the vocabulary of solving it (approach, complexity).
  const relevantTurns = turns.filter(
    (t) =>
      wordLikeShare(t.text) >= 0.7 &&
      (overlap(t.text, [input.problem.statement]) > 0.05 ||
        statedComplexities(t.text).length > 0 ||
        approachWords.test(t.text)),
  );
  const spoken = words(relevantTurns.map((t) => t.text).join(" ")).length;
  const communication: DimensionScore<CodingDimension> = {
    dimension: "communication",
    score: toRubricScore(
      relevantTurns.length === 0
        ? 1
        : spoken >= 80 && relevantTurns.length >= 3
          ? 4
          : spoken >= 40
            ? 3
            : 2,
    ),
    reasons: [`${relevantTurns.length} message(s) about the problem, ${spoken} words.`],
    evidence: relevantTurns.map((t) => t.id),
  };

  return [communication, problemSolving, codeQuality, testing, analysis];
}
