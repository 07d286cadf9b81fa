/** Interview kinds, levels and the pure arithmetic the product shares between server and app. */
export const interviewTypes = ["coding", "system_design", "behavioral"] as const;
export type InterviewType = (typeof interviewTypes)[number];

export const codingLanguages = ["javascript", "typescript", "python"] as const;
export type CodingLanguage = (typeof codingLanguages)[number];

export const minimumAge = 16;

/** Age on the last day of the birth year: the gate errs towards refusing. */
export function isOldEnough(birthYear: number, today: Date): boolean {
  return today.getUTCFullYear() - birthYear >= minimumAge;
}

export interface CodingOutcome {
  testsPassed: number;
  testsTotal: number;
  runs: number;
  elapsedMs: number;
  timeLimitMs: number;
  candidateTurns: number;
}

/**
 * The first, simple report score (0–100): correctness dominates; finishing within the time and
 * explaining the approach add to it. Issue #5 replaces this with the rubric scorer.
 */
export function scoreCodingOutcome(outcome: CodingOutcome): number {
  if (outcome.testsTotal === 0) return 0;
  const correctness = (outcome.testsPassed / outcome.testsTotal) * 70;
  const tested = outcome.runs > 0 ? 10 : 0;
  const timely = outcome.elapsedMs <= outcome.timeLimitMs ? 10 : 0;
  const talked = Math.min(outcome.candidateTurns, 3) * (10 / 3);
  return Math.round(correctness + tested + timely + talked);
}
