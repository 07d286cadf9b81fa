import { codingProblems } from "@mentara/content/load-content";
import type {
  BehavioralCalibrationCase,
  CodingCalibrationCase,
  DesignCalibrationCase,
} from "@mentara/interviewer/calibration/calibration-case";
import { startState } from "@mentara/interviewer/engine/interview-state";
import { composeReport } from "@mentara/interviewer/report/compose-report";
import type { DimensionScore } from "@mentara/interviewer/scoring/dimension-score";
import type { InterviewRecord, RecordedRun } from "@mentara/interviewer/scoring/interview-record";
import { applyCeilings } from "@mentara/interviewer/scoring/judge-ceilings";
import { citableIds } from "@mentara/interviewer/scoring/judge-request";
import { scoreInterview } from "@mentara/interviewer/scoring/score-interview";
import type { Sandbox } from "@mentara/sandbox/create-sandbox";
import { loadInterviewContent } from "../features/sessions/interview-content.ts";
import { measureRun } from "../features/sessions/live/measure-run.ts";

export interface CalibrationResult {
  type: "coding" | "system_design" | "behavioral";
  /** The problem, prompt or question the case answers. */
  group: string;
  variant: string;
  language: string;
  /** 0–100 and the band, as the offline scorer's report gives them. */
  score: number;
  band: string;
  dimensions: Record<string, number>;
  /** The same, after a judge that rates every dimension 4/4 has been kept under the ceilings. */
  judged: { score: number; band: string };
  /** System design: checkpoints met of all. Coding: the final code's tests and measurement. */
  detail: string;
}

const level = "mid" as const;

/** A judge that rates every dimension 4/4 and cites everything: the ceilings must hold it. */
function judgedByGenerousJudge(offline: DimensionScore[], record: InterviewRecord) {
  const ids = [...citableIds(record)];
  return applyCeilings(
    offline,
    offline.map((s) => ({
      dimension: s.dimension,
      score: 4,
      reasons: ["Excellent."],
      evidence: ids,
    })),
    new Set(ids),
  );
}

function result(
  base: Pick<CalibrationResult, "type" | "group" | "variant" | "language" | "detail">,
  subject: Parameters<typeof scoreInterview>[0],
  record: InterviewRecord,
): CalibrationResult {
  const offline = scoreInterview(subject, record);
  const report = composeReport(subject, record, offline);
  const judged = composeReport(subject, record, judgedByGenerousJudge(offline, record));
  return {
    ...base,
    score: report.score,
    band: report.band,
    dimensions: Object.fromEntries(offline.map((s) => [s.dimension, s.score])),
    judged: { score: judged.score, band: judged.band },
  };
}

const turnsOf = (texts: readonly string[]) =>
  texts.map((text, i) => ({ id: `turn-${i + 1}`, role: "candidate" as const, text }));

/** Runs each case's code in the sandbox as a run of the interview would, then scores it. */
export async function scoreCodingCase(
  c: CodingCalibrationCase,
  sandbox: Sandbox,
): Promise<CalibrationResult> {
  const problem = codingProblems.find((p) => p.id === c.problemId);
  const content = loadInterviewContent({ type: "coding", problemId: c.problemId, contentIds: [] });
  if (!problem || !content) throw new Error(`no coding problem ${c.problemId}`);
  const runs: RecordedRun[] = [];
  let passedAll = false;
  for (const [i, code] of c.runs.entries()) {
    const outcome = await sandbox.run({
      language: c.language,
      code,
      entry: problem.entry,
      tests: problem.hiddenTests,
      compare: problem.compare,
      adapters: problem.adapters,
    });
    passedAll = outcome.summary.verdict === "passed";
    runs.push({
      id: `run-${i + 1}`,
      passed: outcome.summary.passed,
      total: outcome.summary.total,
      compileError: Boolean(outcome.compileError),
      code,
    });
  }
  const last = runs.at(-1);
  if (last && passedAll)
    last.measuredComplexity = await measureRun(problem, c.language, last.code ?? "", sandbox);
  const record: InterviewRecord = {
    level,
    language: c.language,
    turns: turnsOf(c.turns),
    runs,
    finalCode: c.runs.at(-1) ?? problem.starterCode[c.language],
    state: startState("coding", "practice", level, 0, problem.timeLimitSec * 1000),
  };
  return result(
    {
      type: "coding",
      group: c.problemId,
      variant: c.variant,
      language: c.language,
      detail: last
        ? `${last.passed}/${last.total}${last.measuredComplexity ? ` ${last.measuredComplexity}` : ""}`
        : "no run",
    },
    content.subject,
    record,
  );
}

export function scoreDesignCase(c: DesignCalibrationCase): CalibrationResult {
  const content = loadInterviewContent({
    type: "system_design",
    problemId: c.promptId,
    contentIds: [],
  });
  if (!content?.subject.design) throw new Error(`no design prompt ${c.promptId}`);
  const record: InterviewRecord = {
    level,
    language: "javascript",
    turns: turnsOf(c.turns),
    runs: [],
    finalCode: "",
    state: startState("system_design", "practice", level, 0, 2_700_000),
  };
  const report = composeReport(content.subject, record, scoreInterview(content.subject, record));
  const checkpoints = content.subject.design.checkpoints.length;
  return result(
    {
      type: "system_design",
      group: c.promptId,
      variant: c.variant,
      language: c.language,
      detail: `${report.design?.met.length ?? 0}/${checkpoints}`,
    },
    content.subject,
    record,
  );
}

export function scoreBehavioralCase(c: BehavioralCalibrationCase): CalibrationResult {
  const content = loadInterviewContent({
    type: "behavioral",
    problemId: c.questionId,
    contentIds: [c.questionId],
  });
  if (!content) throw new Error(`no behavioral question ${c.questionId}`);
  const turns = turnsOf(c.turns);
  const state = startState("behavioral", "practice", level, 0, 1_800_000);
  state.questionOfTurn = Object.fromEntries(turns.map((t) => [t.id, 0]));
  const record: InterviewRecord = {
    level,
    language: "javascript",
    turns,
    runs: [],
    finalCode: "",
    state,
  };
  return result(
    {
      type: "behavioral",
      group: c.questionId,
      variant: c.variant,
      language: /[а-яё]/i.test(c.turns.join(" ")) ? "ru" : "en",
      detail: "",
    },
    content.subject,
    record,
  );
}
