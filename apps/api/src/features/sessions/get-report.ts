import type { Report } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { loadOwnedSession, type SessionDeps } from "./session-context.ts";
import { toReport } from "./session-views.ts";

export async function getReport(
  userId: string,
  sessionId: string,
  deps: Pick<SessionDeps, "sessions">,
): Promise<Report> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  const row = await deps.sessions.findReport(session.id);
  if (!row) throw new DomainError("NOT_FOUND", "This interview has no report yet: end it first.");
  return toReport(row);
}
