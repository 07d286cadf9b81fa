import type { Report, ReportPending } from "@mentara/contracts/sessions";
import type { SessionDeps } from "../session-context.ts";
import type { SessionRow } from "../sessions-repository.ts";
import { reportOrProgress } from "./report-state.ts";

/**
 * Waits up to `waitMs` for an ended session's report: woken by its "ready" event here, or by a
 * periodic look. Answers with where writing has got to when it is not ready in time.
 */
export async function awaitReport(
  session: SessionRow,
  deps: Pick<SessionDeps, "sessions" | "bus">,
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
