import { type Band, overallBand, type RubricScore } from "@mentara/domain/rubric";
import type { InterviewSubject } from "../engine/interview-subject.ts";
import { claimedTimeComplexity } from "../scoring/complexity-claims.ts";
import type { DimensionScore } from "../scoring/dimension-score.ts";
import { answersByQuestion } from "../scoring/group-answers.ts";
import { boardTurns, candidateTurns, type InterviewRecord } from "../scoring/interview-record.ts";
import { designEchoSources } from "../scoring/score-interview.ts";
import { type LevelExpectation, levelExpectations } from "./level-expectations.ts";
import { checkpointsCovered, improvements, quotesFor, starCoverage } from "./report-details.ts";

/** A finished interview's report, as the API's report contract describes it. */
export interface ReportContent {
  type: InterviewSubject["kind"];
  level: InterviewRecord["level"];
  /** 0–100, the average rubric score scaled. */
  score: number;
  band: Band;
  /** What the level measured against expects, each item met or not; a hire needs them all. */
  expectations: LevelExpectation[];
  dimensions: { dimension: string; score: number; reasons: string[]; evidence: string[] }[];
  testsPassed: number;
  testsTotal: number;
  runs: number;
  hintsTaken: number;
  candidateTurns: number;
  summary: string;
  quotes: Record<string, string>;
  improvements: string[];
  coding?: {
    claimedComplexity: string | null;
    measuredComplexity: string | null;
    optimalComplexity: string;
    hintTiers: number[];
    referenceLanguage: "javascript" | "python";
    referenceSolution: string;
  };
  design?: { met: string[]; missed: string[] };
  answers?: { question: string; found: string[]; missing: string[] }[];
  next: {
    type: InterviewSubject["kind"];
    topic?: string;
    difficulty?: "easy" | "medium" | "hard";
    reason: string;
  };
}

const harder = { easy: "medium", medium: "hard", hard: "hard" } as const;

/** A hire needs everything the level expects: one expectation missed caps the band at no hire. */
function capBand(band: Band, expectations: LevelExpectation[]): Band {
  const missed = expectations.some((e) => !e.met);
  return missed && (band === "hire" || band === "strong_hire") ? "no_hire" : band;
}
const spoken = (dimension: string) => dimension.replaceAll("_", " ");

/**
 * The report of a finished interview from its final scores: the band for its level, a summary,
 * quotes of the evidence, three things to do differently, the per-type details (coding: claimed
 * against measured complexity, hints, the reference solution, revealed only now; design:
 * checkpoints met and missed; behavioral: STAR parts per answer) and the next session to try.
 */
export function composeReport(
  subject: InterviewSubject,
  record: InterviewRecord,
  scores: DimensionScore[],
): ReportContent {
  const values = scores.map((s) => s.score as RubricScore);
  const average = values.length ? values.reduce<number>((a, b) => a + b, 0) / values.length : 1;
  const expectations = levelExpectations(subject, record, scores);
  const band = capBand(
    overallBand(
      values,
      record.level,
      scores.map((s) => s.dimension),
    ),
    expectations,
  );
  const hired = band === "hire" || band === "strong_hire";
  const weakest = [...scores].sort((a, b) => a.score - b.score)[0];
  const last = record.runs.at(-1);
  return {
    type: subject.kind,
    level: record.level,
    score: Math.round(((average - 1) / 3) * 100),
    band,
    expectations,
    dimensions: scores.map(({ dimension, score, reasons, evidence }) => ({
      dimension,
      score,
      reasons,
      evidence,
    })),
    testsPassed: last?.passed ?? 0,
    testsTotal: last?.total ?? 0,
    runs: record.runs.length,
    hintsTaken: record.state?.hints.length ?? 0,
    candidateTurns: candidateTurns(record).length,
    summary: weakest
      ? `Work on ${spoken(weakest.dimension)} first: ${weakest.reasons[0] ?? ""}`.trim()
      : "Nothing to score yet: answer the interviewer and, for coding, run your code.",
    quotes: quotesFor(scores, record.turns),
    improvements: improvements(scores),
    ...typeDetails(subject, record, scores, hired),
  };
}

function typeDetails(
  subject: InterviewSubject,
  record: InterviewRecord,
  scores: DimensionScore[],
  hired: boolean,
): Pick<ReportContent, "coding" | "design" | "answers" | "next"> {
  const candidate = candidateTurns(record);
  const weakest = [...scores].sort((a, b) => a.score - b.score)[0];
  const reason = weakest
    ? `Your weakest area was ${spoken(weakest.dimension)}.`
    : "Practise the same kind of interview again.";
  if (subject.coding) {
    const python = record.language === "python";
    return {
      coding: {
        claimedComplexity: claimedTimeComplexity(candidate) ?? null,
        measuredComplexity: record.runs.at(-1)?.measuredComplexity ?? null,
        optimalComplexity: subject.coding.optimalTime,
        hintTiers: record.state?.hints ?? [],
        referenceLanguage: python ? "python" : "javascript",
        referenceSolution: python
          ? subject.coding.referenceSolutions.python
          : subject.coding.referenceSolutions.javascript,
      },
      next: {
        type: "coding",
        ...(subject.coding.topics[0] ? { topic: subject.coding.topics[0] } : {}),
        difficulty: hired ? harder[subject.coding.difficulty] : subject.coding.difficulty,
        reason: hired
          ? "You cleared the bar: try a harder problem on the same topic."
          : `${reason} Try another problem on the same topic at the same difficulty.`,
      },
    };
  }
  if (subject.design)
    return {
      design: checkpointsCovered(
        subject.design.checkpoints,
        [...candidate, ...boardTurns(record)],
        designEchoSources(subject, record),
      ),
      next: { type: "system_design", reason },
    };
  const questions = subject.behavioral?.questions ?? [];
  return {
    answers: answersByQuestion(record.turns, record.state, questions.length).map((answer) => ({
      question: questions[answer.question]?.question ?? "",
      ...starCoverage(answer.turns.map((t) => t.text).join("\n")),
    })),
    next: { type: "behavioral", reason },
  };
}
