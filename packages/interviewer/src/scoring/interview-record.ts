import type { CodingLanguage, Level } from "@mentara/domain/interview";
import type { InterviewState } from "../engine/interview-state.ts";
import type { BoardSummary } from "../whiteboard/board-scene.ts";

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
  /** The whiteboard as last saved (its snapshot id cites it as evidence). */
  board?: { id: string; summary: BoardSummary } | undefined;
}

export const candidateTurns = (record: Pick<InterviewRecord, "turns">) =>
  record.turns.filter((t) => t.role === "candidate").map(({ id, text }) => ({ id, text }));

/**
 * The whiteboard as candidate work the scorers read beside the turns: its connected arrows (a
 * drawn flow) and its free text (read like prose). Bare boxes say nothing on their own.
 */
export const boardTurns = (record: Pick<InterviewRecord, "board">) => {
  const board = record.board;
  if (!board) return [];
  return [
    { id: board.id, text: board.summary.flows.join("\n"), drawn: true },
    { id: board.id, text: board.summary.notes.join("\n") },
  ].filter((turn) => turn.text.length > 0);
};

/** What the candidate was shown: the interviewer's words. Repeating them earns nothing. */
export const interviewerWords = (record: Pick<InterviewRecord, "turns">) =>
  record.turns.filter((t) => t.role === "interviewer").map((t) => t.text);
