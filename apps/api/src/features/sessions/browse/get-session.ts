import { toPublicProblem } from "@mentara/content/catalog";
import { codingLanguage } from "@mentara/contracts/catalog";
import type { SessionDetail } from "@mentara/contracts/sessions";
import { readState } from "../engine-state.ts";
import type { InterviewContent } from "../interview-content.ts";
import { loadOwnedSession, type SessionDeps } from "../session-context.ts";
import { toRun, toSummary, toTurn } from "../session-views.ts";
import type {
  ReportRow,
  RunRow,
  ScoreRow,
  SessionRow,
  SessionsRepository,
  TurnRow,
} from "../sessions-repository.ts";

/** Everything stored under a session that its detail shows. */
export interface SessionParts {
  turns: TurnRow[];
  snapshot: Awaited<ReturnType<SessionsRepository["latestSnapshot"]>>;
  runs: RunRow[];
  report: ReportRow | undefined;
  scores: ScoreRow[];
}

export async function getSession(
  userId: string,
  sessionId: string,
  deps: Pick<SessionDeps, "sessions" | "now">,
): Promise<SessionDetail> {
  const { session, content } = await loadOwnedSession(deps, userId, sessionId);
  const [turns, snapshot, runs, report, scores] = await Promise.all([
    deps.sessions.listTurns(session.id),
    deps.sessions.latestSnapshot(session.id),
    deps.sessions.listRuns(session.id),
    deps.sessions.findReport(session.id),
    deps.sessions.listScores(session.id),
  ]);
  return sessionDetail(session, content, { turns, snapshot, runs, report, scores }, deps.now());
}

/** A session as the room shows it, from its row, its content and what is stored under it. */
export function sessionDetail(
  session: SessionRow,
  content: InterviewContent,
  { turns, snapshot, runs, report, scores }: SessionParts,
  now: Date,
): SessionDetail {
  const summary = toSummary(session, report);
  const language = codingLanguage.parse(snapshot?.language ?? summary.language);
  const state = readState(session);
  const showScores = session.mode === "practice" || session.status === "ended";
  return {
    ...summary,
    language,
    timeLimitSec: session.timeLimitSec,
    phase: state?.phase ?? "intro",
    problem: content.problem ? toPublicProblem(content.problem) : null,
    prompt: content.subject.design
      ? {
          title: content.subject.title,
          prompt: content.subject.design.prompt,
          scope: content.subject.design.scope,
        }
      : null,
    turns: turns.map(toTurn),
    code: snapshot?.code ?? content.problem?.starterCode[language] ?? "",
    runs: runs.map(toRun),
    scores: showScores
      ? scores.map((s) => ({
          dimension: s.dimension,
          score: s.value,
          reasons: stringList(s.reasons),
          evidence: stringList(s.evidence),
        }))
      : [],
    hintsTaken: state?.hints.length ?? 0,
    aiEngine: session.aiEngine,
    aiError: session.aiError,
    serverTime: now.toISOString(),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
