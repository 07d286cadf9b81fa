import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import type { TranscriptMessage } from "@mentara/interviewer/model/model-port";
import type { BoardSummary } from "@mentara/interviewer/whiteboard/board-scene";
import { LRUCache } from "lru-cache";
import type { SessionRow } from "../features/sessions/sessions-repository.ts";

/** A session's whiteboard as last saved: its snapshot id and what it says. */
export interface RememberedBoard {
  id: string;
  summary: BoardSummary;
}

/** A transcript line with the id of its stored turn, so a turn is never remembered twice. */
export type RememberedTurn = TranscriptMessage & { id: string };

/**
 * What this process remembers about live sessions between events, so the interviewer's first
 * token does not wait on re-reading them: the session row, the engine state and the transcript,
 * each kept for the most recently used sessions. Every write also goes to the database; a miss
 * falls back to it. Steps for one session are already serialized.
 */
export function createSessionMemory(maxSessions = 5_000) {
  const rows = new LRUCache<string, SessionRow>({ max: maxSessions });
  const states = new LRUCache<string, InterviewState>({ max: maxSessions });
  const transcripts = new LRUCache<string, RememberedTurn[]>({ max: maxSessions });
  // "none": known to have no whiteboard.
  const boards = new LRUCache<string, RememberedBoard | "none">({ max: maxSessions });
  return {
    /** The row of an active session, as last read or changed by this process. */
    session: (id: string) => rows.get(id),
    rememberSession: (row: SessionRow) => void rows.set(row.id, row),
    /** Records a change this process made to a remembered row (the AI error shown to the user). */
    patchSession(id: string, change: Partial<SessionRow>) {
      const row = rows.peek(id);
      if (row) rows.set(id, { ...row, ...change });
    },
    state: (id: string) => states.get(id),
    rememberState: (id: string, state: InterviewState) => void states.set(id, state),
    transcript: (id: string) => transcripts.get(id),
    rememberTranscript: (id: string, turns: RememberedTurn[]) => void transcripts.set(id, turns),
    /** Adds a turn to a remembered transcript once; a session not remembered is read afresh later. */
    append(id: string, turn: RememberedTurn) {
      const turns = transcripts.peek(id);
      if (turns && !turns.some((t) => t.id === turn.id)) turns.push(turn);
    },
    /** The session's whiteboard as last saved; undefined when not remembered, null when none. */
    board(id: string): RememberedBoard | null | undefined {
      const board = boards.get(id);
      return board === "none" ? null : board;
    },
    rememberBoard: (id: string, board: RememberedBoard | null) =>
      void boards.set(id, board ?? "none"),
    forget(id: string) {
      boards.delete(id);
      rows.delete(id);
      states.delete(id);
      transcripts.delete(id);
    },
  };
}
export type SessionMemory = ReturnType<typeof createSessionMemory>;
