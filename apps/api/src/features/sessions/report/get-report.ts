import type { Report, ReportPending } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { loadOwnedSession, type SessionDeps } from "../session-context.ts";
import { reportOrProgress } from "./report-state.ts";

/** The report, or (HTTP 202) the step its writing has reached. */
export async function getReport(
  userId: string,
  sessionId: string,
  deps: Pick<SessionDeps, "sessions">,
): Promise<Report | ReportPending> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  const state = await reportOrProgress(session, deps);
  if (!state) throw new DomainError("NOT_FOUND", "This interview has no report yet: end it first.");
  return state;
}
