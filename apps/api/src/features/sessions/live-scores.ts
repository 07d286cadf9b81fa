import { inLanguage } from "@mentara/content/schema/localized-text";
import { type Level, levels, toRubricScore } from "@mentara/domain/rubric";
import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import type { DimensionScore } from "@mentara/interviewer/scoring/dimension-score";
import { scoreBehavioralAnswer } from "@mentara/interviewer/scoring/score-behavioral-answer";
import { scoreCodingSession } from "@mentara/interviewer/scoring/score-coding-session";
import { scoreSystemDesign } from "@mentara/interviewer/scoring/score-system-design";
import type { InterviewContent } from "./interview-content.ts";
import type { SessionDeps } from "./session-context.ts";
import { toRun } from "./session-views.ts";
import type { RunRow, SessionRow } from "./sessions-repository.ts";

const asLevel = (value: string): Level => levels.find((l) => l === value) ?? "mid";

function lastMeasured(runs: RunRow[]): string | undefined {
  const last = runs.at(-1);
  return last ? toRun(last).measuredComplexity : undefined;
}

/**
 * The rubric scores for a session as it stands, from its stored turns and runs. Behavioral
 * answers are scored per question (turns between one question and the next) and averaged.
 */
export async function computeScores(
  session: SessionRow,
  content: InterviewContent,
  state: InterviewState | undefined,
  deps: Pick<SessionDeps, "sessions">,
  measuredComplexity?: string,
  /** The transcript when this process holds it; otherwise it is read. */
  remembered?: readonly { id: string; role: string; text: string }[],
): Promise<DimensionScore[]> {
  const turns = remembered ?? (await deps.sessions.listTurns(session.id));
  const candidate = turns
    .filter((t) => t.role === "candidate")
    .map((t) => ({ id: t.id, text: t.text }));
  const level = asLevel(session.level);
  if (session.type === "coding" && content.problem) {
    const [runs, snapshot] = await Promise.all([
      deps.sessions.listRuns(session.id),
      deps.sessions.latestSnapshot(session.id),
    ]);
    return scoreCodingSession({
      level,
      problem: {
        statement: inLanguage(content.problem.statement, "en"),
        optimalTime: content.problem.optimal.time,
      },
      turns: candidate,
      runs: runs.map((r) => ({
        id: r.id,
        passed: r.passed,
        total: r.total,
        ...(r.verdict === "error" && r.passed === 0 ? { compileError: "" } : {}),
      })),
      finalCode: snapshot?.code ?? "",
      ...((measuredComplexity ?? lastMeasured(runs))
        ? { measuredComplexity: measuredComplexity ?? lastMeasured(runs) }
        : {}),
      hintsTaken: state?.hints ?? [],
    });
  }
  if (session.type === "system_design") return scoreSystemDesign(content.checkpoints, candidate);
  const answers = answersByQuestion(turns);
  const perQuestion = answers.map((a) =>
    scoreBehavioralAnswer({
      question: content.questions[a.question]?.question ?? "",
      competency: content.questions[a.question]?.competency ?? "",
      level,
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

/** Behavioral: the candidate's turns per question; each interviewer "Next question:" starts one. */
export function answersByQuestion(
  turns: readonly { id: string; role: string; text: string }[],
): { question: number; turns: { id: string; text: string }[] }[] {
  const answers: { question: number; turns: { id: string; text: string }[] }[] = [];
  let question = 0;
  for (const turn of turns) {
    if (turn.role === "interviewer" && /Next question:/.test(turn.text)) question++;
    if (turn.role !== "candidate") continue;
    const current =
      answers.find((a) => a.question === question) ??
      answers[answers.push({ question, turns: [] }) - 1];
    current?.turns.push({ id: turn.id, text: turn.text });
  }
  return answers;
}

/** Recomputes, stores and (in practice mode) pushes the live scores, after the reply has gone. */
export async function refreshScores(
  session: SessionRow,
  content: InterviewContent,
  state: InterviewState | undefined,
  deps: Pick<SessionDeps, "sessions" | "bus" | "memory">,
  measuredComplexity?: string,
): Promise<DimensionScore[]> {
  const scores = await computeScores(
    session,
    content,
    state,
    deps,
    measuredComplexity,
    deps.memory.transcript(session.id),
  );
  await deps.sessions.saveScores(session, scores);
  if (session.mode === "practice" && scores.length > 0) {
    await deps.bus.publish(session, { type: "score.update", data: { scores } });
  }
  return scores;
}
