import { type Report, type ReportPending, reportStep } from "@mentara/contracts/sessions";
import type { SessionDeps } from "../session-context.ts";
import { toReport } from "../session-views.ts";
import type { SessionRow } from "../sessions-repository.ts";

/** The session's report once written, or the step its writing has reached; none before the end. */
export async function reportOrProgress(
  session: SessionRow,
  deps: Pick<SessionDeps, "sessions">,
): Promise<Report | ReportPending | undefined> {
  const row = await deps.sessions.findReport(session.id);
  if (row) return toReport(row);
  if (session.status !== "ended") return undefined;
  const progress = await deps.sessions.latestEvent(session.id, "report.progress");
  const step = reportStep.safeParse((progress?.data as { step?: unknown } | undefined)?.step);
  return { status: "writing", step: step.success ? step.data : "queued" };
}
