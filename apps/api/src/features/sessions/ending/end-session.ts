import type { Report, ReportPending } from "@mentara/contracts/sessions";
import { awaitReport } from "../report/await-report.ts";
import { loadOwnedSession, type SessionDeps } from "../session-context.ts";
import { finishSession } from "./finish-session.ts";

/** How long ending an interview waits for its report before answering "still writing". */
const reportWaitMs = 5_000;

/**
 * The candidate ends the interview: it ends once, its report job is queued, and the answer is the
 * report when it is ready within a few seconds (the usual case), otherwise where writing it has got
 * to. Ending again returns the same.
 */
export async function endSession(
  userId: string,
  sessionId: string,
  deps: SessionDeps,
): Promise<Report | ReportPending> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  await finishSession(session, deps, true);
  return awaitReport(session, deps, reportWaitMs);
}
