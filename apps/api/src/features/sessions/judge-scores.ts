import { inLanguage } from "@mentara/content/schema/localized-text";
import { type Level, levels } from "@mentara/domain/rubric";
import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import { ModelUnavailableError } from "@mentara/interviewer/model/model-port";
import type { DimensionScore } from "@mentara/interviewer/scoring/dimension-score";
import { applyCeilings } from "@mentara/interviewer/scoring/judge-ceilings";
import type { InterviewContent } from "./interview-content.ts";
import type { SessionDeps } from "./session-context.ts";
import { sessionType, toRun } from "./session-views.ts";
import type { RunRow, SessionRow, TurnRow } from "./sessions-repository.ts";

export interface JudgedScores {
  scores: DimensionScore[];
  /** "offline" or the judge's name. */
  scoredBy: string;
  judgeError?: string;
}

function subjectOf(content: InterviewContent): string {
  if (content.problem) return `Problem: ${inLanguage(content.problem.statement, "en")}`;
  if (content.prompt)
    return `Design prompt: ${content.prompt.prompt}\nScope: ${content.prompt.scope}`;
  return `Questions:\n${content.questions.map((q) => `- ${q.question} (${q.competency})`).join("\n")}`;
}

function signalsOf(content: InterviewContent, runs: RunRow[], state?: InterviewState): string[] {
  if (!content.problem) return [];
  const last = runs.at(-1);
  const measured = last ? toRun(last).measuredComplexity : undefined;
  return [
    last
      ? `The final run passed ${last.passed} of ${last.total} hidden tests (${runs.length} runs in all).`
      : "The code was never run.",
    measured
      ? `Measured time complexity of the final code: ${measured}; the optimum is ${content.problem.optimal.time}.`
      : `The optimum is ${content.problem.optimal.time}; the final code's complexity was not measured.`,
    `Hints taken: ${state?.hints.length ? state.hints.map((tier) => `tier ${tier}`).join(", ") : "none"}.`,
  ];
}

/**
 * The report's scores: the offline scores, refined by the configured judge under the objective
 * ceilings. A failing judge is recorded on the session and named in the report, whose scores are
 * then the rule-based scorer's alone, said plainly.
 */
export async function judgeScores(
  session: SessionRow,
  content: InterviewContent,
  offline: DimensionScore[],
  history: { turns: TurnRow[]; runs: RunRow[]; state: InterviewState | undefined },
  deps: Pick<SessionDeps, "judge" | "sessions">,
): Promise<JudgedScores> {
  const judge = deps.judge;
  if (!judge || offline.length === 0) return { scores: offline, scoredBy: "offline" };
  const level: Level = levels.find((l) => l === session.level) ?? "mid";
  const known = new Set([
    ...history.turns.filter((t) => t.role === "candidate").map((t) => t.id),
    ...history.runs.map((r) => r.id),
  ]);
  try {
    const verdict = await judge.judge({
      kind: sessionType(session),
      level,
      subject: subjectOf(content),
      offline,
      signals: signalsOf(content, history.runs, history.state),
      transcript: history.turns.map((t) => ({
        id: t.id,
        role: t.role === "interviewer" ? "interviewer" : "candidate",
        text: t.text,
      })),
    });
    return { scores: applyCeilings(offline, verdict, known), scoredBy: judge.name };
  } catch (error: unknown) {
    const message =
      error instanceof ModelUnavailableError ? error.message : `The judge (${judge.name}) failed.`;
    await deps.sessions.recordAiError(session.id, message);
    return {
      scores: offline,
      scoredBy: "offline",
      judgeError: `${message} These scores are the rule-based scorer's alone.`,
    };
  }
}
