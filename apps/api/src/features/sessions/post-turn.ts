import { randomUUID } from "node:crypto";
import type { Turn } from "@mentara/contracts/sessions";
import { replyTo, streamText } from "@mentara/interviewer/offline-interviewer";
import { assertActive, loadOwnedSession, type SessionDeps } from "./session-context.ts";
import { toTurn } from "./session-views.ts";
import type { SessionRow } from "./sessions-repository.ts";

/**
 * Stores the candidate's turn (and code, when sent) before answering, then lets the interviewer
 * reply on the event stream without holding up the response.
 */
export async function postTurn(
  userId: string,
  sessionId: string,
  input: { text: string; code?: string | undefined },
  deps: SessionDeps,
): Promise<Turn> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  assertActive(session);
  if (input.code !== undefined) {
    await deps.sessions.saveSnapshot({
      sessionId,
      userId,
      language: session.language,
      code: input.code,
    });
  }
  const row = await deps.sessions.appendTurn({
    sessionId,
    userId,
    role: "candidate",
    text: input.text,
  });
  const turn = toTurn(row);
  await deps.bus.publish(session, { type: "candidate.turn", data: { turn } });
  deps.background(speak(session, replyTo(input.text), deps));
  return turn;
}

/** Streams an interviewer message word by word, then stores it as a turn. */
export async function speak(session: SessionRow, text: string, deps: SessionDeps): Promise<void> {
  const replyId = randomUUID();
  for await (const piece of streamText(text, deps.streamDelayMs)) {
    deps.bus.publishTransient(session.id, {
      type: "interviewer.delta",
      data: { replyId, text: piece },
    });
  }
  const row = await deps.sessions.appendTurn({
    sessionId: session.id,
    userId: session.userId,
    role: "interviewer",
    text,
  });
  await deps.bus.publish(session, {
    type: "interviewer.turn",
    data: { replyId, turn: toTurn(row) },
  });
}
