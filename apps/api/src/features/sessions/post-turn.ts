import type { Turn } from "@mentara/contracts/sessions";
import { advanceInterview } from "./advance-interview.ts";
import { finishSession } from "./end-session.ts";
import { refreshScores } from "./live-scores.ts";
import { assertActive, loadOwnedSession, type SessionDeps } from "./session-context.ts";
import { toTurn } from "./session-views.ts";

/**
 * Stores the candidate's turn (and code, when sent) before answering, then lets the engine reply
 * and the live scores update on the event stream without holding up the response.
 */
export async function postTurn(
  userId: string,
  sessionId: string,
  input: { text: string; code?: string | undefined },
  deps: SessionDeps,
): Promise<Turn> {
  const { session, content } = await loadOwnedSession(deps, userId, sessionId);
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
  deps.memory.append(sessionId, { id: row.id, role: "candidate", text: row.text });
  const turn = toTurn(row);
  await deps.bus.publish(session, { type: "candidate.turn", data: { turn } });
  deps.background(
    (async () => {
      const { state, ended } = await advanceInterview(
        session,
        content,
        { kind: "turn", text: input.text, nowMs: deps.now().getTime() },
        deps,
      );
      if (ended) await finishSession(session, deps);
      else await refreshScores(session, content, state, deps);
    })(),
  );
  return turn;
}
