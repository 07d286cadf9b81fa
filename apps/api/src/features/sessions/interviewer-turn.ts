import { randomUUID } from "node:crypto";
import type { SessionDeps } from "./session-context.ts";
import { toTurn } from "./session-views.ts";
import type { SessionRow, TurnRow } from "./sessions-repository.ts";

/**
 * Stores words the engine says as they are (the greeting, the closing line) as an interviewer
 * turn, and sends it on the stream.
 */
export async function storeInterviewerTurn(
  session: SessionRow,
  text: string,
  deps: Pick<SessionDeps, "sessions" | "memory" | "bus">,
): Promise<TurnRow> {
  const id = randomUUID();
  const row = await deps.bus.appendTurn(
    { id, sessionId: session.id, userId: session.userId, role: "interviewer", text },
    (turn) => ({ type: "interviewer.turn", data: { replyId: id, turn: toTurn(turn) } }),
  );
  deps.memory.append(session.id, { id: row.id, role: "interviewer", text });
  return row;
}
