import type { Report } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { scoreCodingOutcome } from "@mentara/domain/interview";
import { closing } from "@mentara/interviewer/offline-interviewer";
import { loadOwnedSession, type SessionDeps } from "./session-context.ts";
import { toReport, toTurn } from "./session-views.ts";

/** Ends the interview once, writes the report and announces both on the stream. */
export async function endSession(
  userId: string,
  sessionId: string,
  deps: SessionDeps,
): Promise<Report> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  const endedAt = deps.now();
  const ended = await deps.sessions.end(userId, sessionId, endedAt);
  if (!ended) {
    const existing = await deps.sessions.findReport(sessionId);
    if (existing) return toReport(existing);
    throw new DomainError("SESSION_ENDED", "This interview has already ended.");
  }
  const closingTurn = await deps.sessions.appendTurn({
    sessionId,
    userId,
    role: "interviewer",
    text: closing(),
  });
  await deps.bus.publish(session, {
    type: "interviewer.turn",
    data: { replyId: closingTurn.id, turn: toTurn(closingTurn) },
  });
  await deps.bus.publish(session, {
    type: "session.ended",
    data: { endedAt: endedAt.toISOString() },
  });

  const [runs, turns] = await Promise.all([
    deps.sessions.listRuns(sessionId),
    deps.sessions.listTurns(sessionId),
  ]);
  const last = runs.at(-1);
  const elapsedMs = endedAt.getTime() - session.startedAt.getTime();
  const candidateTurns = turns.filter((t) => t.role === "candidate").length;
  const outcome = {
    testsPassed: last?.passed ?? 0,
    testsTotal: last?.total ?? 0,
    runs: runs.length,
    elapsedMs,
    timeLimitMs: session.timeLimitSec * 1000,
    candidateTurns,
  };
  const content: Report = {
    sessionId,
    score: scoreCodingOutcome(outcome),
    testsPassed: outcome.testsPassed,
    testsTotal: outcome.testsTotal,
    runs: runs.length,
    durationSec: Math.round(elapsedMs / 1000),
    candidateTurns,
    summary: summarize(outcome),
    createdAt: deps.now().toISOString(),
  };
  const row = await deps.sessions.saveReport({ sessionId, userId, content });
  const report = toReport(row);
  await deps.bus.publish(session, { type: "report.ready", data: { report } });
  return report;
}

function summarize(outcome: {
  testsPassed: number;
  testsTotal: number;
  runs: number;
  candidateTurns: number;
}): string {
  if (outcome.runs === 0)
    return "You ended without running your code. Next time, run the tests early and often.";
  if (outcome.testsPassed === outcome.testsTotal) {
    return outcome.candidateTurns >= 2
      ? "Every test passes and you explained your thinking. Next, practise stating the complexity before you code."
      : "Every test passes. Talk through your approach more: interviewers score how you think, not just the result.";
  }
  return `${outcome.testsPassed} of ${outcome.testsTotal} tests pass. Work through the failing case by hand before changing the code.`;
}
