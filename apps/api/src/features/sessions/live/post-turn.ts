import { randomUUID } from "node:crypto";
import type { Turn } from "@mentara/contracts/sessions";
import { assertActive, loadLiveSession, type SessionDeps } from "../session-context.ts";
import { toTurn } from "../session-views.ts";
import type { SessionRow, TurnRow } from "../sessions-repository.ts";
import { applyInterviewEvent } from "./apply-interview-event.ts";
import { nextLoopTurn } from "./next-loop-turn.ts";

/**
 * Stores the candidate's turn (and code, when sent) and answers once it is stored. The
 * interviewer starts on its reply while the turn is being stored, so the model's latency overlaps
 * the writes, but none of the reply goes out before the turn is stored; when storing fails, the
 * reply is dropped and the candidate gets the error. Live scores update once the turn is stored,
 * alongside the reply.
 */
export async function postTurn(
  userId: string,
  sessionId: string,
  input: { text: string; code?: string | undefined },
  deps: SessionDeps,
  /** `performance.now()` when the request arrived, for the first-token timing. */
  receivedAt = performance.now(),
): Promise<Turn> {
  const { session, content } = await loadLiveSession(deps, userId, sessionId);
  assertActive(session);
  const id = randomUUID();
  deps.memory.append(sessionId, { id, role: "candidate", text: input.text });
  const stored = storeTurn(session, id, input, deps);
  deps.background(
    applyInterviewEvent(
      session,
      content,
      { kind: "turn", text: input.text, turnId: id, nowMs: deps.now().getTime() },
      deps,
      { stored, turnId: id, receivedAt },
    ),
  );
  return toTurn(await stored);
}

async function storeTurn(
  session: SessionRow,
  id: string,
  input: { text: string; code?: string | undefined },
  deps: SessionDeps,
): Promise<TurnRow> {
  await nextLoopTurn(); // lets the model's request leave first; the candidate waits on this anyway
  try {
    if (input.code !== undefined) {
      await deps.sessions.saveSnapshot({
        sessionId: session.id,
        userId: session.userId,
        language: session.language,
        code: input.code,
      });
    }
    const row = await deps.sessions.appendTurn({
      id,
      sessionId: session.id,
      userId: session.userId,
      role: "candidate",
      text: input.text,
    });
    await deps.bus.publish(session, { type: "candidate.turn", data: { turn: toTurn(row) } });
    return row;
  } catch (error: unknown) {
    // The remembered transcript holds a turn that may not exist: read it afresh next time.
    deps.memory.forget(session.id);
    throw error;
  }
}
