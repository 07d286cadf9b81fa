import type { Report } from "@mentara/contracts/sessions";
import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import type { DimensionScore } from "@mentara/interviewer/scoring/dimension-score";
import {
  checkpointsCovered,
  improvements,
  quotesFor,
  starCoverage,
} from "@mentara/interviewer/scoring/report-details";
import { statedComplexities } from "@mentara/interviewer/scoring/text-features";
import type { InterviewContent } from "./interview-content.ts";
import { answersByQuestion } from "./live-scores.ts";
import { toRun } from "./session-views.ts";
import type { RunRow, SessionRow, TurnRow } from "./sessions-repository.ts";

const harder = { easy: "medium", medium: "hard", hard: "hard" } as const;

/**
 * What a report says beyond its scores: quotes of the evidence, three things to do differently,
 * the per-type details (coding: complexity claimed against measured, hints, the reference solution,
 * revealed only now; design: checkpoints met and missed; behavioral: STAR parts per answer) and the
 * recommended next session.
 */
export function reportDetails(
  session: SessionRow,
  content: InterviewContent | undefined,
  scores: DimensionScore[],
  history: { turns: TurnRow[]; runs: RunRow[]; state: InterviewState | undefined },
  hired: boolean,
): Pick<Report, "quotes" | "improvements" | "coding" | "design" | "answers" | "next"> {
  const candidate = history.turns.filter((t) => t.role === "candidate");
  const weakest = [...scores].sort((a, b) => a.score - b.score)[0];
  const reason = weakest
    ? `Your weakest area was ${weakest.dimension.replaceAll("_", " ")}.`
    : "Practise the same kind of interview again.";
  const base = { quotes: quotesFor(scores, history.turns), improvements: improvements(scores) };
  if (content?.problem) {
    const last = history.runs.at(-1);
    const claimed = candidate.flatMap((t) => statedComplexities(t.text)).at(-1) ?? null;
    const python = session.language === "python";
    return {
      ...base,
      coding: {
        claimedComplexity: claimed,
        measuredComplexity: (last && toRun(last).measuredComplexity) ?? null,
        optimalComplexity: content.problem.optimal.time,
        hintTiers: history.state?.hints ?? [],
        referenceLanguage: python ? "python" : "javascript",
        referenceSolution: python
          ? content.problem.referenceSolutions.python
          : content.problem.referenceSolutions.javascript,
      },
      next: {
        type: "coding",
        topic: content.problem.topics[0],
        difficulty: hired ? harder[content.problem.difficulty] : content.problem.difficulty,
        reason: hired
          ? "You cleared the bar: try a harder problem on the same topic."
          : `${reason} Try another problem on the same topic at the same difficulty.`,
      },
    };
  }
  if (session.type === "system_design")
    return {
      ...base,
      design: checkpointsCovered(content?.checkpoints ?? [], candidate),
      next: { type: "system_design", reason },
    };
  return {
    ...base,
    answers: answersByQuestion(history.turns).map((answer) => ({
      question: content?.questions[answer.question]?.question ?? "",
      ...starCoverage(answer.turns.map((t) => t.text).join("\n")),
    })),
    next: { type: "behavioral", reason },
  };
}
