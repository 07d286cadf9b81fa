import type { Report } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { type Level, levels, overallBand, type RubricScore } from "@mentara/domain/rubric";
import { readState } from "./advance-interview.ts";
import { loadInterviewContent } from "./interview-content.ts";
import { judgeScores } from "./judge-scores.ts";
import { computeScores } from "./live-scores.ts";
import { loadOwnedSession, type SessionDeps } from "./session-context.ts";
import { toReport, toTurn } from "./session-views.ts";
import type { SessionRow } from "./sessions-repository.ts";

/** The candidate ends the interview: the report is written once; asking again returns it. */
export async function endSession(
  userId: string,
  sessionId: string,
  deps: SessionDeps,
): Promise<Report> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  const report = await finishSession(session, deps, true);
  if (report) return report;
  const existing = await deps.sessions.findReport(sessionId);
  if (existing) return toReport(existing);
  throw new DomainError("SESSION_ENDED", "This interview has already ended.");
}

/**
 * Ends a session once (by the candidate, or by the engine when time is up), scores it on the
 * rubric for its level, writes the report and announces both on the stream. Returns undefined
 * when the session had already ended.
 */
export async function finishSession(
  session: SessionRow,
  deps: SessionDeps,
  byCandidate = false,
): Promise<Report | undefined> {
  const endedAt = deps.now();
  const ended = await deps.sessions.end(session.userId, session.id, endedAt);
  if (!ended) return undefined;
  deps.memory.forget(session.id);
  if (byCandidate) {
    const closing = await deps.sessions.appendTurn({
      sessionId: session.id,
      userId: session.userId,
      role: "interviewer",
      text: "Thank you, that's the end of our interview. Your report is ready.",
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

  const content = loadInterviewContent(ended);
  const state = readState(ended);
  const [runs, turns, offline] = await Promise.all([
    deps.sessions.listRuns(session.id),
    deps.sessions.listTurns(session.id),
    content ? computeScores(ended, content, state, deps) : Promise.resolve([]),
  ]);
  const judged = content
    ? await judgeScores(ended, content, offline, { turns, runs, state }, deps)
    : { scores: offline, scoredBy: "offline" };
  const scores = judged.scores.map(({ dimension, score, reasons, evidence }) => ({
    dimension,
    score,
    reasons,
    evidence,
  }));
  await deps.sessions.saveScores(
    session,
    scores.map((s) => ({
      dimension: s.dimension,
      value: s.score,
      reasons: s.reasons,
      evidence: s.evidence,
    })),
  );
  const level: Level = levels.find((l) => l === session.level) ?? "mid";
  const values = scores.map((s) => s.score as RubricScore);
  const average = values.length ? values.reduce<number>((a, b) => a + b, 0) / values.length : 1;
  const last = runs.at(-1);
  const weakest = [...scores].sort((a, b) => a.score - b.score)[0];
  const reportContent: Report = {
    sessionId: session.id,
    type:
      session.type === "system_design" || session.type === "behavioral" ? session.type : "coding",
    level,
    score: Math.round(((average - 1) / 3) * 100),
    band: overallBand(values, level),
    dimensions: scores,
    testsPassed: last?.passed ?? 0,
    testsTotal: last?.total ?? 0,
    runs: runs.length,
    hintsTaken: state?.hints.length ?? 0,
    durationSec: Math.round((endedAt.getTime() - session.startedAt.getTime()) / 1000),
    candidateTurns: turns.filter((t) => t.role === "candidate").length,
    summary: weakest
      ? `Work on ${weakest.dimension.replaceAll("_", " ")} first: ${weakest.reasons[0] ?? ""}`.trim()
      : "Nothing to score yet: answer the interviewer and, for coding, run your code.",
    scoredBy: judged.scoredBy,
    ...(judged.judgeError ? { judgeError: judged.judgeError } : {}),
    createdAt: deps.now().toISOString(),
  };
  const row = await deps.sessions.saveReport({
    sessionId: session.id,
    userId: session.userId,
    content: reportContent,
  });
  const report = toReport(row);
  await deps.bus.publish(session, { type: "report.ready", data: { report } });
  return report;
}
