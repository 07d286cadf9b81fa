import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import type { DimensionScore } from "@mentara/interviewer/scoring/dimension-score";
import { scoreInterview } from "@mentara/interviewer/scoring/score-interview";
import type { InterviewContent } from "../interview-content.ts";
import { loadInterviewRecord } from "../interview-record.ts";
import type { SessionDeps } from "../session-context.ts";
import type { SessionRow } from "../sessions-repository.ts";

/**
 * Rescores the session as it stands, stores the scores and, in practice mode, pushes them to the
 * live panel. Runs after the reply has gone; the report scores with the same function.
 */
export async function refreshScores(
  session: SessionRow,
  content: InterviewContent,
  state: InterviewState | undefined,
  deps: Pick<SessionDeps, "sessions" | "boards" | "bus" | "memory">,
): Promise<DimensionScore[]> {
  const record = await loadInterviewRecord(
    session,
    state,
    deps,
    deps.memory.transcript(session.id),
  );
  const scores = scoreInterview(content.subject, record);
  const event =
    session.mode === "practice" ? ({ type: "score.update", data: { scores } } as const) : undefined;
  await deps.bus.record(
    session.id,
    () => deps.sessions.saveScores(session, scores, event),
    (stored) => (stored && event ? { id: stored.id, event } : undefined),
  );
  return scores;
}
