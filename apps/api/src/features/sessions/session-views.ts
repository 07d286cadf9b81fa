import { codingLanguage } from "@mentara/contracts/catalog";
import {
  interviewLevel,
  interviewMode,
  interviewType,
  type Report,
  type Run,
  report,
  run,
  type SessionSummary,
  type sessionListQuery,
  type Turn,
  type TurnSpeech,
  testVerdict,
  turnSpeech,
} from "@mentara/contracts/sessions";
import type { z } from "zod";
import { loadInterviewContent } from "./interview-content.ts";
import type {
  ReportRow,
  RunRow,
  SessionFilters,
  SessionRow,
  TurnRow,
} from "./sessions-repository.ts";

/** Rows to the shapes the contracts promise; JSON columns are re-read through the contract. */
export function toTurn(row: TurnRow): Turn {
  return {
    id: row.id,
    seq: row.seq,
    role: row.role === "interviewer" ? "interviewer" : "candidate",
    text: row.text,
    ...spokenDelivery(row),
    createdAt: row.createdAt.toISOString(),
  };
}

/** A spoken turn's timings, re-read through the contract; nothing for a typed turn. */
function spokenDelivery(row: TurnRow): { speech?: TurnSpeech } {
  if (row.speech === null || row.speech === undefined) return {};
  const parsed = turnSpeech.safeParse(row.speech);
  return parsed.success ? { speech: parsed.data } : {};
}

const storedRun = run.pick({ tests: true, compileError: true, measuredComplexity: true });

export function toReport(row: ReportRow): Report {
  return report.parse(row.content);
}

export function toRun(row: RunRow): Run {
  const stored = storedRun.parse(row.result);
  return {
    id: row.id,
    language: codingLanguage.parse(row.language),
    passed: row.passed,
    total: row.total,
    verdict: testVerdict.parse(row.verdict),
    ...(stored.compileError ? { compileError: stored.compileError } : {}),
    ...(stored.measuredComplexity ? { measuredComplexity: stored.measuredComplexity } : {}),
    tests: stored.tests,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The session's interview type, read through the contract (an unknown value reads as coding). */
export function sessionType(row: Pick<SessionRow, "type">) {
  return interviewType.catch("coding").parse(row.type);
}

export function toSummary(row: SessionRow, reportRow: ReportRow | undefined): SessionSummary {
  return {
    id: row.id,
    type: sessionType(row),
    mode: interviewMode.catch("practice").parse(row.mode),
    level: interviewLevel.catch("mid").parse(row.level),
    status: row.status === "ended" ? "ended" : "active",
    problemId: row.problemId,
    title: loadInterviewContent(row)?.subject.title ?? row.problemId,
    language: codingLanguage.parse(row.language),
    startedAt: row.startedAt.toISOString(),
    endedAt: row.endedAt?.toISOString() ?? null,
    score: reportRow ? toReport(reportRow).score : null,
  };
}

const day = 86_400_000;

/** The list route's query as repository filters: dates are UTC days, `to` includes its whole day. */
export function toSessionFilters(query: z.output<typeof sessionListQuery>): SessionFilters {
  return {
    ...(query.type ? { type: query.type } : {}),
    ...(query.from ? { from: new Date(`${query.from}T00:00:00Z`) } : {}),
    ...(query.to ? { to: new Date(Date.parse(`${query.to}T00:00:00Z`) + day) } : {}),
    ...(query.minScore !== undefined ? { minScore: query.minScore } : {}),
    ...(query.maxScore !== undefined ? { maxScore: query.maxScore } : {}),
  };
}
