import type { HintResponse } from "@mentara/contracts/sessions";
import { assertActive, loadOwnedSession, type SessionDeps } from "../session-context.ts";
import { applyInterviewEvent } from "./apply-interview-event.ts";

/**
 * Asks the interviewer for the next tier of hint. Each hint costs problem-solving score; in
 * assessment mode the interviewer declines. The hint arrives as an interviewer turn on the stream;
 * a hint asked for after time is up finishes the interview instead, as a turn or a run would.
 */
export async function requestHint(
  userId: string,
  sessionId: string,
  deps: SessionDeps,
): Promise<HintResponse> {
  const { session, content } = await loadOwnedSession(deps, userId, sessionId);
  assertActive(session);
  const { state } = await applyInterviewEvent(
    session,
    content,
    { kind: "hint", nowMs: deps.now().getTime() },
    deps,
  );
  return { hintsTaken: state.hints.length };
}
