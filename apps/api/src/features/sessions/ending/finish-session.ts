import { storeInterviewerTurn } from "../interviewer-turn.ts";
import { writeReportJob } from "../report/report-job.ts";
import type { SessionDeps } from "../session-context.ts";
import type { SessionRow } from "../sessions-repository.ts";

/**
 * Ends a session once (by the candidate, or by the engine when time is up), announces it, and
 * queues the durable job that writes its report. Returns false when it had already ended.
 */
export async function finishSession(
  session: SessionRow,
  deps: Pick<SessionDeps, "sessions" | "memory" | "bus" | "jobs" | "now">,
  byCandidate = false,
): Promise<boolean> {
  const endedAt = deps.now();
  const ended = await deps.sessions.end(session.userId, session.id, endedAt);
  if (!ended) return false;
  deps.memory.forget(session.id);
  if (byCandidate)
    await storeInterviewerTurn(
      session,
      "Thank you, that's the end of our interview. I'm writing your report now.",
      deps,
    );
  await deps.bus.publish(session, {
    type: "session.ended",
    data: { endedAt: endedAt.toISOString() },
  });
  await deps.bus.publish(session, { type: "report.progress", data: { step: "queued" } });
  await deps.jobs.send(writeReportJob, { sessionId: session.id, userId: session.userId });
  return true;
}
