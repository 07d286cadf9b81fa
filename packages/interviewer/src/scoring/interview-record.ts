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
