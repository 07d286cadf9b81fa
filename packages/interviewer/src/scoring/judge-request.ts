import type { InterviewSubject } from "../engine/interview-subject.ts";
import type { DimensionScore } from "./dimension-score.ts";
import type { InterviewRecord } from "./interview-record.ts";
import type { JudgeRequest } from "./judge-port.ts";

function subjectText(subject: InterviewSubject): string {
  if (subject.coding) return `Problem: ${subject.coding.statement}`;
  if (subject.design)
    return `Design prompt: ${subject.design.prompt}\nScope: ${subject.design.scope}`;
  const questions = subject.behavioral?.questions ?? [];
  return `Questions:\n${questions.map((q) => `- ${q.question} (${q.competency})`).join("\n")}`;
}

/** Facts a judge cannot see in the transcript: tests passed, measured complexity, hints. */
function objectiveSignals(subject: InterviewSubject, record: InterviewRecord): string[] {
  if (!subject.coding) return [];
  const last = record.runs.at(-1);
  const optimal = subject.coding.optimalTime;
  return [
    last
      ? `The final run passed ${last.passed} of ${last.total} hidden tests (${record.runs.length} runs in all).`
      : "The code was never run.",
    last?.measuredComplexity
      ? `Measured time complexity of the final code: ${last.measuredComplexity}; the optimum is ${optimal}.`
      : `The optimum is ${optimal}; the final code's complexity was not measured.`,
    `Hints taken: ${record.state?.hints.length ? record.state.hints.map((tier) => `tier ${tier}`).join(", ") : "none"}.`,
  ];
}

/** Everything the judge model is told about a finished interview. */
export function judgeRequest(
  subject: InterviewSubject,
  record: InterviewRecord,
  offline: DimensionScore[],
): JudgeRequest {
  return {
    kind: subject.kind,
    level: record.level,
    subject: subjectText(subject),
    offline,
    signals: objectiveSignals(subject, record),
    transcript: [
      ...record.turns.map(({ id, role, text }) => ({ id, role, text })),
      // The final whiteboard, as candidate content the judge may cite like a turn.
      ...(record.board?.summary.text
        ? [
            {
              id: record.board.id,
              role: "candidate" as const,
              text: `My whiteboard at the end:\n${record.board.summary.text}`,
            },
          ]
        : []),
    ],
  };
}

/** Ids a judge may cite: the candidate's turns and the runs. */
export function citableIds(record: InterviewRecord): Set<string> {
  return new Set([
    ...record.turns.filter((t) => t.role === "candidate").map((t) => t.id),
    ...record.runs.map((r) => r.id),
    ...(record.board ? [record.board.id] : []),
  ]);
}
