import type { Level } from "@mentara/domain/rubric";
import type { InterviewKind } from "./interview-plan.ts";

export type InterviewMode = "practice" | "assessment";

/** Everything the engine remembers between events; plain data, stored with the session. */
export interface InterviewState {
  kind: InterviewKind;
  mode: InterviewMode;
  level: Level;
  phase: string;
  startedAtMs: number;
  phaseStartedAtMs: number;
  limitMs: number;
  /** Tiers of hints given so far (coding). */
  hints: number[];
  /** Phases already nudged for running over, so each is nudged once. */
  nudged: string[];
  candidateTurns: number;
  lastRun?: { passed: number; total: number; compileError?: boolean };
  /** Behavioral: which question is being asked, and which STAR parts have been probed for it. */
  questionIndex: number;
  probed: string[];
  followUpAsked: boolean;
  /** Behavioral: what the candidate has said about the current question so far. */
  answerSoFar: string[];
  /** System design: deep-dive topics already opened. */
  deepDivesOpened: number;
  ended: boolean;
}

export function startState(
  kind: InterviewKind,
  mode: InterviewMode,
  level: Level,
  nowMs: number,
  limitMs: number,
): InterviewState {
  const phase =
    kind === "coding" ? "intro" : kind === "system_design" ? "requirements" : "questions";
  return {
    kind,
    mode,
    level,
    phase,
    startedAtMs: nowMs,
    phaseStartedAtMs: nowMs,
    limitMs,
    hints: [],
    nudged: [],
    candidateTurns: 0,
    questionIndex: 0,
    probed: [],
    followUpAsked: false,
    answerSoFar: [],
    deepDivesOpened: 0,
    ended: false,
  };
}
