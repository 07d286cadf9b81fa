import { toPublicProblem } from "@mentara/content/catalog";
import { codingLanguage } from "@mentara/contracts/catalog";
import type { SessionDetail } from "@mentara/contracts/sessions";
import type { SessionDeps } from "./session-context.ts";
import { loadOwnedSession } from "./session-context.ts";
import { toRun, toSummary, toTurn } from "./session-views.ts";

export async function getSession(
  userId: string,
  sessionId: string,
  deps: Pick<SessionDeps, "sessions">,
): Promise<SessionDetail> {
  const { session, problem } = await loadOwnedSession(deps, userId, sessionId);
  const [turns, snapshot, runs, report] = await Promise.all([
    deps.sessions.listTurns(session.id),
    deps.sessions.latestSnapshot(session.id),
    deps.sessions.listRuns(session.id),
    deps.sessions.findReport(session.id),
  ]);
  const summary = toSummary(session, report);
  const language = codingLanguage.parse(snapshot?.language ?? summary.language);
  return {
    ...summary,
    language,
    timeLimitSec: session.timeLimitSec,
    problem: toPublicProblem(problem),
    turns: turns.map(toTurn),
    code: snapshot?.code ?? problem.starterCode[language] ?? "",
    runs: runs.map(toRun),
  };
}
