import { DomainError } from "@mentara/domain/errors";
import { loadOwnedSession, type SessionDeps } from "../session-context.ts";

/**
 * Deletes one of the user's sessions with everything that belongs to it (turns, code, runs,
 * scores, report, events). Waits for the session's engine step in progress, so nothing is written
 * to it afterwards, and forgets what this process remembered of it.
 */
export async function deleteSession(
  userId: string,
  sessionId: string,
  deps: Pick<SessionDeps, "sessions" | "memory" | "serialize">,
): Promise<void> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  const deleted = await deps.serialize(session.id, async () => {
    deps.memory.forget(session.id);
    return deps.sessions.deleteSession(userId, session.id);
  });
  if (!deleted) throw new DomainError("NOT_FOUND", "No interview with this id belongs to you.");
}
