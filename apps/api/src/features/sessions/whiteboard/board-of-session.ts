import type { BoardElement, BoardSummary } from "@mentara/interviewer/whiteboard/board-scene";
import { describeBoard } from "@mentara/interviewer/whiteboard/describe-board";
import type { SessionDeps } from "../session-context.ts";

export interface SessionBoard {
  id: string;
  summary: BoardSummary;
}

export function rememberBoard(
  deps: Pick<SessionDeps, "memory">,
  sessionId: string,
  board: SessionBoard,
): void {
  deps.memory.rememberBoard(sessionId, board);
}

/**
 * The session's whiteboard as last saved, read once per process and remembered after: the turn
 * path asks it on every candidate turn. Undefined when nothing was ever drawn.
 */
export async function boardOfSession(
  deps: Pick<SessionDeps, "memory" | "boards">,
  sessionId: string,
): Promise<SessionBoard | undefined> {
  const known = deps.memory.board(sessionId);
  if (known !== undefined) return known ?? undefined;
  const row = await deps.boards.latest(sessionId);
  const elements = (row?.scene as { elements?: BoardElement[] } | null)?.elements;
  const board = row ? { id: row.id, summary: describeBoard(elements ?? []) } : null;
  deps.memory.rememberBoard(sessionId, board);
  return board ?? undefined;
}
