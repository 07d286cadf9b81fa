import type { CodingLanguage, Level } from "@mentara/domain/interview";
import type { InterviewState } from "../engine/interview-state.ts";

export interface RecordedTurn {
  id: string;
  role: "candidate" | "interviewer";
  text: string;
}

export interface RecordedRun {
  id: string;
  passed: number;
  total: number;
  /** The code did not load (a syntax or type error), so no test could run. */
  compileError: boolean;
  /** The code that ran, when it is known. */
  code?: string | undefined;
  /** The measured time complexity, when every test passed and the measurement succeeded. */
  measuredComplexity?: string | undefined;
}

/** What happened in one interview, as stored: the scorers and the report read only this. */
export interface InterviewRecord {
  level: Level;
  /** The language the candidate coded in (coding interviews). */
  language: CodingLanguage;
  turns: readonly RecordedTurn[];
  runs: readonly RecordedRun[];
  /** The code as last saved or run; empty when none was written. */
  finalCode: string;
  state: InterviewState | undefined;
}

export const candidateTurns = (record: Pick<InterviewRecord, "turns">) =>
  record.turns.filter((t) => t.role === "candidate").map(({ id, text }) => ({ id, text }));

/** What the candidate was shown: the interviewer's words. Repeating them earns nothing. */
export const interviewerWords = (record: Pick<InterviewRecord, "turns">) =>
  record.turns.filter((t) => t.role === "interviewer").map((t) => t.text);
