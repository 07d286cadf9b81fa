import type { InterviewEvent } from "@mentara/interviewer/engine/interview-material";
import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import { finishSession } from "../ending/finish-session.ts";
import { readState } from "../engine-state.ts";
import type { InterviewContent } from "../interview-content.ts";
import { refreshScores } from "../scoring/refresh-scores.ts";
import type { SessionDeps } from "../session-context.ts";
import type { SessionRow } from "../sessions-repository.ts";
import { advanceInterview } from "./advance-interview.ts";
import type { TurnCause } from "./speak-reply.ts";

/**
 * What every candidate action does to a live interview — a turn, a run, a hint: the engine takes
 * the event and the interviewer answers; an interview the event ended (its time was up) is
 * finished and its report queued; otherwise the live scores are refreshed. For a turn (`cause`)
 * the scores are refreshed as soon as it is stored, alongside the reply.
 */
export async function applyInterviewEvent(
  session: SessionRow,
  content: InterviewContent,
  event: InterviewEvent,
  deps: SessionDeps,
  cause?: TurnCause,
): Promise<{ state: InterviewState; ended: boolean; hintTier?: number }> {
  const earlyScoring = cause?.stored.then(
    () =>
      refreshScores(session, content, deps.memory.state(session.id) ?? readState(session), deps),
    () => undefined,
  );
  const outcome = await advanceInterview(session, content, event, deps, cause);
  await earlyScoring;
  if (outcome.ended) await finishSession(session, deps);
  else if (!earlyScoring) await refreshScores(session, content, outcome.state, deps);
  return outcome;
}
