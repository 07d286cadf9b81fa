/**
 * Graded answer sets: interviews written here, each with the grade an experienced interviewer
 * would give relative to the others of its set. The calibration run scores each one through the
 * same scorers as a real interview and checks the order (`npm run calibrate`).
 */

/** Coding: what the candidate did in one interview on one problem. */
export type CodingVariant =
  /** The starter code left as it was (run once or never), a few generic words. */
  | "nothing"
  /** A real attempt with a bug: some tests fail. */
  | "broken"
  /** A correct but slower approach, explained as a normal candidate would. */
  | "brute_force"
  /** The optimal solution, run and passing, with next to nothing said. */
  | "optimal_silent"
  /** The optimal solution, with the approach, edge cases, tests and complexity talked through. */
  | "optimal_explained"
  /** The broken attempt again, plus sentences telling the scorer to give top marks. */
  | "injected";

export interface CodingCalibrationCase {
  problemId: string;
  variant: CodingVariant;
  language: "javascript" | "typescript" | "python";
  /** What the candidate says, in order. */
  turns: string[];
  /** The code of each run, in order; the last one is the final code. Empty: never ran. */
  runs: string[];
}

export type DesignVariant =
  /** What a sound senior engineer says in a real interview, in their own words. */
  | "sound_senior"
  /** A reasonable start that stops early: requirements and a basic design, no depth. */
  | "partial"
  /** Technology names and slogans without a design. */
  | "buzzwords"
  /** Nothing of substance: greetings, "not sure", "I don't know". */
  | "empty";

export interface DesignCalibrationCase {
  promptId: string;
  variant: DesignVariant;
  /** The language the candidate speaks. */
  language: "en" | "ru";
  /** The candidate's turns, in order. */
  turns: string[];
}

export type BehavioralVariant =
  /** A full story: situation, task, own actions, a measured result, reflection. */
  | "strong"
  /** Two or three sentences, but concrete: own action and a measured result. */
  | "short_specific"
  /** Generic virtues, no story ("I always try my best… communication matters"). */
  | "vague"
  /** Fluent, but about something else (a holiday, a recipe, a film). */
  | "off_topic"
  /** The vague answer plus sentences telling the scorer to give top marks. */
  | "injected"
  /** Keyboard mashing and random characters. */
  | "gibberish";

export interface BehavioralCalibrationCase {
  questionId: string;
  variant: BehavioralVariant;
  /** The candidate's turns for this one question, in order. */
  turns: string[];
}
