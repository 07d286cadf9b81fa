import { type Report, type ReportPending, reportStep } from "@mentara/contracts/sessions";
import { loadOwnedSession, type SessionDeps } from "./session-context.ts";
import { toReport, toTurn } from "./session-views.ts";
import type { SessionRow } from "./sessions-repository.ts";
import { writeReportJob } from "./write-report.ts";

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

/**
 * Ends a session once (by the candidate, or by the engine when time is up), announces it, and
 * queues the durable job that writes its report. Returns false when it had already ended.
 */
export async function finishSession(
  session: SessionRow,
  deps: SessionDeps,
  byCandidate = false,
): Promise<boolean> {
  const endedAt = deps.now();
  const ended = await deps.sessions.end(session.userId, session.id, endedAt);
  if (!ended) return false;
  deps.memory.forget(session.id);
  if (byCandidate) {
    const closing = await deps.sessions.appendTurn({
      sessionId: session.id,
      userId: session.userId,
      role: "interviewer",
      text: "Thank you, that's the end of our interview. I'm writing your report now.",
    });
    await deps.bus.publish(session, {
      type: "interviewer.turn",
      data: { replyId: closing.id, turn: toTurn(closing) },
    });
  }
  await deps.bus.publish(session, {
    type: "session.ended",
    data: { endedAt: endedAt.toISOString() },
  });
  await deps.bus.publish(session, { type: "report.progress", data: { step: "queued" } });
  await deps.jobs.send(writeReportJob, { sessionId: session.id, userId: session.userId });
  return true;
}

/** The session's report once written, or the step its writing has reached. */
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

/** Waits up to `waitMs` for the report: woken by its "ready" event here, or by a periodic look. */
async function awaitReport(
  session: SessionRow,
  deps: SessionDeps,
  waitMs: number,
): Promise<Report | ReportPending> {
  const ended = { ...session, status: "ended" };
  const deadline = Date.now() + waitMs;
  for (;;) {
    const state = await reportOrProgress(ended, deps);
    if (state && !("status" in state)) return state;
    const remaining = deadline - Date.now();
    if (remaining <= 0 || !state) return state ?? { status: "writing", step: "queued" };
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, Math.min(remaining, 500));
      const unsubscribe = deps.bus.subscribe(session.id, ({ event }) => {
        if (event.type === "report.ready") done();
      });
      function done() {
        clearTimeout(timer);
        unsubscribe();
        resolve();
      }
    });
  }
}
