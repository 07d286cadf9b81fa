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
  const row = await deps.sessions.appendTurn({
    sessionId: session.id,
    userId: session.userId,
    role: "interviewer",
    text,
  });
  deps.memory.append(session.id, { id: row.id, role: "interviewer", text });
  await deps.bus.publish(session, {
    type: "interviewer.turn",
    data: { replyId: row.id, turn: toTurn(row) },
  });
  return row;
}
