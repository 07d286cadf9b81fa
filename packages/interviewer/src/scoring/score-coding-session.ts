import { complexityRank } from "@mentara/domain/complexity";
import type { Level } from "@mentara/domain/interview";
import { toRubricScore } from "@mentara/domain/rubric";
import { claimedTimeComplexity, complexityClaims } from "./complexity-claims.ts";
import type { CandidateTurn, DimensionScore } from "./dimension-score.ts";
import { ownCodeLines } from "./own-code.ts";
import { overlap, withoutScorerInstructions, wordLikeShare, words } from "./text-features.ts";

export type CodingDimension =
  | "communication"
  | "problem_solving"
  | "code_quality"
  | "testing"
  | "complexity_analysis";

export interface CodingRun {
  id: string;
  passed: number;
  total: number;
  /** The code did not load, so no test ran. */
  compileError?: boolean;
  /** The code that ran, when known: a run of untouched starter code exercises nothing. */
  code?: string | undefined;
}

export interface CodingSessionInput {
  level: Level;
  problem: {
    statement: string;
    optimalTime: string;
    /** The starter code in the candidate's language: what they were given, not what they wrote. */
    starterCode?: string;
  };
  turns: CandidateTurn[];
  runs: CodingRun[];
  finalCode: string;
  /** The measured complexity of the final code, when it could be measured. */
  measuredComplexity?: string;
  /** Tiers of the hints taken (1 gentle … 3 explicit); each costs problem solving. */
  hintsTaken: number[];
}

const hintCost: Record<number, number> = { 1: 0.25, 2: 0.5, 3: 1 };
/** A hint costs more where the level expects the candidate to find the way alone. */
const hintWeight: Record<Level, number> = { junior: 0.5, mid: 1, senior: 1.5, staff: 2 };
const expectsOptimal = (level: Level) => level === "senior" || level === "staff";

const approachWords =
  /\b(hash ?(map|set|table)|dictionary|two pointers?|sliding window|binary search|sort(ed|ing)?|stack|queue|heap|recursi(on|ve)|dynamic programming|memo\w*|prefix sums?|graph|bfs|dfs|brute force|loop|iterate|index(es)?)\b/i;
const edgeCaseWords =
  /(?<![\p{L}])(edge cases?|corner cases?|empty|single (element|node|item|character)|one element|duplicates?|negative|zero|overflow|null|none|boundary|large input|пуст\p{L}*|граничн\p{L}*|дубликат\p{L}*|отрицательн\p{L}*)(?![\p{L}])/iu;

/**
 * Scores a coding interview on what the candidate did: the tests their own code passes, its
 * measured complexity against the optimum, the hints taken, and what they said about the approach,
 * edge cases and complexity. Untouched starter code earns nothing however well it is described; a
 * correct optimal solution beats a correct brute force, which beats a failing one; words alone
 * cannot lift problem solving, code quality or testing.
 */
export function scoreCodingSession(input: CodingSessionInput): DimensionScore<CodingDimension>[] {
  const turns = input.turns.map((t) => ({
    id: t.id,
    text: withoutScorerInstructions(t.text).text,
  }));
  const starter = input.problem.starterCode ?? "";
  const own = ownCodeLines(input.finalCode, starter);
  const wrote = own > 0;
  const last = input.runs.at(-1);
  const passRatio =
    wrote && last && !last.compileError && last.total > 0 ? last.passed / last.total : 0;
  const optimalRank = complexityRank(input.problem.optimalTime);
  const measuredRank = input.measuredComplexity ? complexityRank(input.measuredComplexity) : -1;
  const optimal = measuredRank >= 0 && optimalRank >= 0 && measuredRank <= optimalRank;
  const slower = measuredRank > optimalRank && optimalRank >= 0;
  // A run exercises something when it ran code of the candidate's own that loaded.
  const ownRuns = input.runs.filter(
    (r) => !r.compileError && (r.code === undefined ? wrote : ownCodeLines(r.code, starter) > 0),
  );

  const correctness = passRatio === 1 ? 4 : passRatio >= 0.7 ? 3 : passRatio >= 0.3 ? 2 : 1;
  const hintPenalty =
    input.hintsTaken.reduce((sum, tier) => sum + (hintCost[tier] ?? 0.5), 0) *
    hintWeight[input.level];
  let solving = correctness - hintPenalty;
  if (passRatio === 1 && slower) solving = Math.min(solving, expectsOptimal(input.level) ? 2 : 3);
  if (passRatio === 1 && !input.measuredComplexity) solving = Math.min(solving, 3);
  const problemSolving: DimensionScore<CodingDimension> = {
    dimension: "problem_solving",
    score: toRubricScore(solving),
    reasons: [
      !wrote
        ? "No code of the candidate's own: the starter code was left as it was."
        : last
          ? `The final run passes ${last.passed} of ${last.total} tests.`
          : "The code was never run.",
      ...(slower
        ? [
            `Measured ${input.measuredComplexity}, slower than the optimal ${input.problem.optimalTime}${expectsOptimal(input.level) ? ", which this level is expected to reach" : ""}.`,
          ]
        : []),
      ...(optimal ? [`Measured ${input.measuredComplexity}, as good as the optimum.`] : []),
      ...(passRatio === 1 && !input.measuredComplexity
        ? ["The final code's complexity could not be measured, so it is not credited as optimal."]
        : []),
      ...(input.hintsTaken.length
        ? [`${input.hintsTaken.length} hint(s) taken (−${hintPenalty}).`]
        : []),
    ],
    evidence: last ? [last.id] : [],
    ceiling: toRubricScore(solving), // tests, measurements and hints decide it, not words
  };

  const lines = input.finalCode.split("\n").filter((l) => l.trim()).length;
  const quality =
    own < 2 && passRatio === 0
      ? 1
      : !last || last.compileError
        ? 1
        : passRatio < 1
          ? 2
          : optimal && lines <= 60
            ? 4
            : 3;
  const codeQuality: DimensionScore<CodingDimension> = {
    dimension: "code_quality",
    score: toRubricScore(quality),
    reasons: [
      !wrote
        ? "The starter code is unchanged: there is no code of the candidate's own to judge."
        : last?.compileError
          ? "The final code does not load."
          : `${own} line(s) of the candidate's own code, ${lines} in all.`,
      ...(quality === 4 ? ["Correct, optimal and compact."] : []),
    ],
    evidence: last ? [last.id] : [],
    ...(quality < 3 ? { ceiling: toRubricScore(quality) } : {}),
  };

  const edgeTurns = turns.filter((t) => edgeCaseWords.test(t.text));
  const improved = ownRuns.some((run, i) => i > 0 && run.passed > (ownRuns[i - 1]?.passed ?? 0));
  let testingValue =
    ownRuns.length === 0 || passRatio === 0
      ? 1
      : 2 + (improved || ownRuns.length >= 2 ? 1 : 0) + (edgeTurns.length ? 1 : 0);
  // Tests still failing at the end: the testing did not find what was wrong.
  if (passRatio < 1) testingValue = Math.min(testingValue, 2);
  if (expectsOptimal(input.level) && edgeTurns.length === 0)
    testingValue = Math.min(testingValue, 2);
  const testing: DimensionScore<CodingDimension> = {
    dimension: "testing",
    score: toRubricScore(testingValue),
    reasons: [
      ownRuns.length === 0
        ? "No run of the candidate's own code."
        : `${ownRuns.length} run(s) of the candidate's own code${improved ? ", fixing what the tests showed" : ""}.`,
      edgeTurns.length ? "Talked about edge cases." : "Did not talk about edge cases.",
    ],
    evidence: [...ownRuns.map((r) => r.id), ...edgeTurns.map((t) => t.id)],
    ...(ownRuns.length === 0 || passRatio === 0 ? { ceiling: 1 as const } : {}),
  };

  const claim = claimedTimeComplexity(turns);
  const claimTurns = turns.filter((t) => complexityClaims(t.text).length > 0).map((t) => t.id);
  const mentionsSpace = turns.some((t) =>
    complexityClaims(t.text).some((c) => c.about === "space"),
  );
  const right = claim !== undefined && claim === input.measuredComplexity;
  const analysisValue =
    passRatio === 0 || claim === undefined
      ? 1
      : input.measuredComplexity
        ? right
          ? mentionsSpace
            ? 4
            : 3
          : 2
        : mentionsSpace
          ? 3
          : 2;
  const analysis: DimensionScore<CodingDimension> = {
    dimension: "complexity_analysis",
    score: toRubricScore(analysisValue),
    reasons: [
      passRatio === 0
        ? claim
          ? `Stated ${claim}, but no code of the candidate's own passes a test, so there is no approach to analyse.`
          : "No working approach to analyse."
        : claim === undefined
          ? "Never stated the time complexity."
          : input.measuredComplexity
            ? right
              ? `Stated ${claim}; the code measures ${input.measuredComplexity}.`
              : `Stated ${claim}, but the code measures ${input.measuredComplexity}.`
            : `Stated ${claim}; the code's complexity was not measured, so the claim is unchecked.`,
      ...(claim && passRatio > 0 && !mentionsSpace ? ["Did not discuss space."] : []),
    ],
    evidence: claimTurns,
    ...(analysisValue === 1 ? { ceiling: 1 as const } : {}),
  };

  // About the problem: its own words, or the vocabulary of solving it (approach, complexity).
  const relevantTurns = turns.filter(
    (t) =>
      wordLikeShare(t.text) >= 0.7 &&
      (overlap(t.text, [input.problem.statement]) > 0.05 ||
        complexityClaims(t.text).length > 0 ||
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
