import { advanceInterview } from "./advance-interview.ts";
import { refreshScores } from "./live-scores.ts";
import { assertActive, loadOwnedSession, type SessionDeps } from "./session-context.ts";

/**
 * Asks the interviewer for the next tier of hint. Each hint costs problem-solving score; in
 * assessment mode the interviewer declines. The hint arrives as an interviewer turn on the stream.
 */
export async function requestHint(
  userId: string,
  sessionId: string,
  deps: SessionDeps,
): Promise<{ hintsTaken: number }> {
  const { session, content } = await loadOwnedSession(deps, userId, sessionId);
  assertActive(session);
  const { state } = await advanceInterview(
    session,
    content,
    { kind: "hint", nowMs: deps.now().getTime() },
    deps,
  );
  deps.background(refreshScores(session, content, state, deps));
  return { hintsTaken: state.hints.length };
}
