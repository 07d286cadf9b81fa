import type { InterviewSubject } from "@mentara/interviewer/engine/interview-subject";
import { ModelUnavailableError } from "@mentara/interviewer/model/model-port";
import type { DimensionScore } from "@mentara/interviewer/scoring/dimension-score";
import type { InterviewRecord } from "@mentara/interviewer/scoring/interview-record";
import { applyCeilings } from "@mentara/interviewer/scoring/judge-ceilings";
import { citableIds, judgeRequest } from "@mentara/interviewer/scoring/judge-request";
import type { SessionDeps } from "../session-context.ts";
import type { SessionRow } from "../sessions-repository.ts";

export interface JudgedScores {
  scores: DimensionScore[];
  /** "offline" or the judge's name. */
  scoredBy: string;
  judgeError?: string;
}

/**
 * The report's scores: the offline scores, refined by the configured judge under the objective
 * ceilings. A failing judge is recorded on the session and named in the report, whose scores are
 * then the rule-based scorer's alone, said plainly; so are they when the user has withdrawn
 * consent to AI processing.
 */
export async function judgeScores(
  session: SessionRow,
  subject: InterviewSubject,
  record: InterviewRecord,
  offline: DimensionScore[],
  deps: Pick<SessionDeps, "judge" | "sessions">,
): Promise<JudgedScores> {
  const judge = deps.judge;
  if (!judge || offline.length === 0) return { scores: offline, scoredBy: "offline" };
  // Consent withdrawn after the interview began: its content does not go to the judge either.
  if (!(await deps.sessions.hasAiConsent(session.userId)))
    return { scores: offline, scoredBy: "offline" };
  try {
    const verdict = await judge.judge(judgeRequest(subject, record, offline));
    return { scores: applyCeilings(offline, verdict, citableIds(record)), scoredBy: judge.name };
  } catch (error: unknown) {
    const message =
      error instanceof ModelUnavailableError ? error.message : `The judge (${judge.name}) failed.`;
    await deps.sessions.recordAiError(session.id, message);
    return {
      scores: offline,
      scoredBy: "offline",
      judgeError: `${message} These scores are the rule-based scorer's alone.`,
    };
  }
}
