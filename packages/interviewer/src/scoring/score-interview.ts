import { toRubricScore } from "@mentara/domain/rubric";
import type { InterviewSubject } from "../engine/interview-subject.ts";
import type { DimensionScore } from "./dimension-score.ts";
import { answersByQuestion } from "./group-answers.ts";
import {
  boardTurns,
  candidateTurns,
  type InterviewRecord,
  interviewerWords,
} from "./interview-record.ts";
import { scoreBehavioralAnswer } from "./score-behavioral-answer.ts";
import { scoreCodingSession } from "./score-coding-session.ts";
import { scoreSystemDesign } from "./score-system-design.ts";

/** What a design candidate was shown and may not be credited for repeating. */
export function designEchoSources(subject: InterviewSubject, record: InterviewRecord): string[] {
  const material = subject.material.kind === "system_design" ? subject.material : undefined;
  return [
    ...interviewerWords(record),
    subject.design?.prompt ?? "",
    subject.design?.scope ?? "",
    ...(material?.scale ?? []),
  ];
}

/**
 * The rubric scores of an interview as it stands: the same function scores the live panel and
 * the report. Behavioral answers are scored per question and averaged.
 */
export function scoreInterview(
  subject: InterviewSubject,
  record: InterviewRecord,
): DimensionScore[] {
  const candidate = candidateTurns(record);
  if (subject.coding) {
    const measured = record.runs.at(-1)?.measuredComplexity;
    return scoreCodingSession({
      level: record.level,
      problem: {
        statement: subject.coding.statement,
        optimalTime: subject.coding.optimalTime,
        starterCode: subject.coding.starterCode[record.language],
      },
      turns: candidate,
      runs: record.runs.map((r) => ({
        id: r.id,
        passed: r.passed,
        total: r.total,
        compileError: r.compileError,
        code: r.code,
      })),
      finalCode: record.finalCode,
      ...(measured ? { measuredComplexity: measured } : {}),
      hintsTaken: record.state?.hints ?? [],
    });
  }
  if (subject.design)
    return scoreSystemDesign(
      subject.design.checkpoints,
      [...candidate, ...boardTurns(record)],
      designEchoSources(subject, record),
    );
  const questions = subject.behavioral?.questions ?? [];
  const perQuestion = answersByQuestion(record.turns, record.state, questions.length).map((a) =>
    scoreBehavioralAnswer({
      question: questions[a.question]?.question ?? "",
      competency: questions[a.question]?.competency ?? "",
      level: record.level,
      turns: a.turns,
    }),
  );
  const first = perQuestion[0];
  if (!first) return [];
  return first.map((dimension, i) => {
    const all = perQuestion.map((scores) => scores[i]).filter((s) => s !== undefined);
    const average = all.reduce((sum, s) => sum + s.score, 0) / all.length;
    const ceilings = all.flatMap((s) => (s.ceiling ? [s.ceiling] : []));
    return {
      dimension: dimension.dimension,
      score: toRubricScore(average),
      reasons: all.flatMap((s) => s.reasons).slice(0, 4),
      evidence: [...new Set(all.flatMap((s) => s.evidence))],
      ...(ceilings.length === all.length ? { ceiling: toRubricScore(Math.max(...ceilings)) } : {}),
    };
  });
}
