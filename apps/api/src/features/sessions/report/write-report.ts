import type { CodingProblem } from "@mentara/content/schema/coding-problem-schema";
import { type ReportStep, report } from "@mentara/contracts/sessions";
import { composeReport } from "@mentara/interviewer/report/compose-report";
import { deliveryFeedback } from "@mentara/interviewer/report/delivery-feedback";
import { scoreInterview } from "@mentara/interviewer/scoring/score-interview";
import { type ReportReadyJob, reportReadyJob } from "../../notifications/report-ready-job.ts";
import { readState } from "../engine-state.ts";
import { loadInterviewContent } from "../interview-content.ts";
import { loadInterviewRecord } from "../interview-record.ts";
import { measureRun } from "../live/measure-run.ts";
import { judgeScores } from "../scoring/judge-scores.ts";
import type { SessionDeps } from "../session-context.ts";
import { toReport, toRun, toTurn } from "../session-views.ts";
import type { WriteReportJob } from "./report-job.ts";

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
  if (!content) return; // its question left the bank: there is nothing to score it against
  if (content.problem) await measureLastRun(session.id, content.problem, deps);
  const record = await loadInterviewRecord(session, readState(session), deps);
  const offline = scoreInterview(content.subject, record);
  if (deps.judge && offline.length > 0) await progress("judging");
  const judged = await judgeScores(session, content.subject, record, offline, deps);

  await progress("saving");
  await deps.sessions.saveScores(session, judged.scores);
  const composed = composeReport(content.subject, record, judged.scores);
  const delivery = await spokenDelivery(session.id, deps);
  const endedAt = session.endedAt ?? deps.now();
  const saved = await deps.sessions.saveReport({
    sessionId: session.id,
    userId: session.userId,
    content: report.parse({
      ...composed,
      sessionId: session.id,
      durationSec: Math.round((endedAt.getTime() - session.startedAt.getTime()) / 1000),
      scoredBy: judged.scoredBy,
      ...(judged.judgeError ? { judgeError: judged.judgeError } : {}),
      ...(delivery ? { delivery } : {}),
      createdAt: deps.now().toISOString(),
    }),
  });
  // Only the run that wrote it announces it: a retried job never says "ready" twice.
  if (saved.created) {
    await deps.bus.publish(session, {
      type: "report.ready",
      data: { report: toReport(saved.row) },
    });
    await deps.jobs.send(reportReadyJob, {
      userId: session.userId,
      sessionId: session.id,
      type: session.type,
      problemId: session.problemId,
    } satisfies ReportReadyJob);
  }
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

/** Pace, fillers and long pauses over the candidate's spoken turns (none when all were typed). */
async function spokenDelivery(sessionId: string, deps: SessionDeps) {
  const turns = await deps.sessions.listTurns(sessionId);
  return deliveryFeedback(
    turns.flatMap((turn) => {
      if (turn.role !== "candidate") return [];
      const speech = toTurn(turn).speech;
      return speech ? [{ id: turn.id, text: turn.text, speech }] : [];
    }),
  );
}
