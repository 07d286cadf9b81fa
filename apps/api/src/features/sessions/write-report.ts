import type { CodingProblem } from "@mentara/content/schema/coding-problem-schema";
import type { Report, ReportStep } from "@mentara/contracts/sessions";
import { type Level, levels, overallBand, type RubricScore } from "@mentara/domain/rubric";
import { readState } from "./advance-interview.ts";
import { loadInterviewContent } from "./interview-content.ts";
import { judgeScores } from "./judge-scores.ts";
import { computeScores } from "./live-scores.ts";
import { reportDetails } from "./report-details.ts";
import { measureRun } from "./run-code.ts";
import type { SessionDeps } from "./session-context.ts";
import { sessionType, toReport, toRun } from "./session-views.ts";

export const writeReportJob = "write-report";
export interface WriteReportJob {
  sessionId: string;
  userId: string;
}

/**
 * The durable job behind every report (decision 007): scores the ended session on the rubric for
 * its level (with the judge, when one is configured), writes the report once and announces it.
 * Safe to run twice: a report already written is left alone and announced only by its writer.
 */
export async function writeReport(job: WriteReportJob, deps: SessionDeps): Promise<void> {
  const session = await deps.sessions.find(job.userId, job.sessionId);
  if (session?.status !== "ended") return; // deleted, or not ended
  if (await deps.sessions.findReport(session.id)) return;
  const progress = (step: ReportStep) =>
    deps.bus.publish(session, { type: "report.progress", data: { step } });

  await progress("scoring");
  const content = loadInterviewContent(session);
  const state = readState(session);
  if (content?.problem) await measureLastRun(session.id, content.problem, deps);
  const [runs, turns, offline] = await Promise.all([
    deps.sessions.listRuns(session.id),
    deps.sessions.listTurns(session.id),
    content ? computeScores(session, content, state, deps) : Promise.resolve([]),
  ]);
  if (deps.judge && content && offline.length > 0) await progress("judging");
  const judged = content
    ? await judgeScores(session, content, offline, { turns, runs, state }, deps)
    : { scores: offline, scoredBy: "offline" };
  const scores = judged.scores.map(({ dimension, score, reasons, evidence }) => ({
    dimension,
    score,
    reasons,
    evidence,
  }));

  await progress("saving");
  await deps.sessions.saveScores(session, scores);
  const level: Level = levels.find((l) => l === session.level) ?? "mid";
  const values = scores.map((s) => s.score as RubricScore);
  const average = values.length ? values.reduce<number>((a, b) => a + b, 0) / values.length : 1;
  const last = runs.at(-1);
  const band = overallBand(values, level);
  const hired = band === "hire" || band === "strong_hire";
  const weakest = [...scores].sort((a, b) => a.score - b.score)[0];
  const content_: Report = {
    sessionId: session.id,
    type: sessionType(session),
    level,
    score: Math.round(((average - 1) / 3) * 100),
    band,
    dimensions: scores,
    testsPassed: last?.passed ?? 0,
    testsTotal: last?.total ?? 0,
    runs: runs.length,
    hintsTaken: state?.hints.length ?? 0,
    durationSec: Math.round(
      ((session.endedAt ?? deps.now()).getTime() - session.startedAt.getTime()) / 1000,
    ),
    candidateTurns: turns.filter((t) => t.role === "candidate").length,
    summary: weakest
      ? `Work on ${weakest.dimension.replaceAll("_", " ")} first: ${weakest.reasons[0] ?? ""}`.trim()
      : "Nothing to score yet: answer the interviewer and, for coding, run your code.",
    ...reportDetails(session, content, judged.scores, { turns, runs, state }, hired),
    scoredBy: judged.scoredBy,
    ...("judgeError" in judged && judged.judgeError ? { judgeError: judged.judgeError } : {}),
    createdAt: deps.now().toISOString(),
  };
  const saved = await deps.sessions.saveReport({
    sessionId: session.id,
    userId: session.userId,
    content: content_,
  });
  // Only the run that wrote it announces it: a retried job never says "ready" twice.
  if (saved.created)
    await deps.bus.publish(session, {
      type: "report.ready",
      data: { report: toReport(saved.row) },
    });
}

/**
 * The final code's complexity is measured after a passing run, in the background; an interview
 * ended right after its run would otherwise be scored without it. The report measures it then.
 */
async function measureLastRun(
  sessionId: string,
  problem: CodingProblem,
  deps: SessionDeps,
): Promise<void> {
  const last = (await deps.sessions.listRuns(sessionId)).at(-1);
  if (last?.verdict !== "passed" || !last.snapshotId || toRun(last).measuredComplexity) return;
  const snapshot = await deps.sessions.findSnapshot(last.snapshotId);
  if (!snapshot) return;
  const measured = await measureRun(problem, last.language, snapshot.code, deps.sandbox);
  if (measured) await deps.sessions.recordMeasuredComplexity(last.id, measured);
}
