import {
  behavioralQuestions,
  codingProblems,
  systemDesignPrompts,
} from "@mentara/content/load-content";
import type { CodingProblem } from "@mentara/content/schema/coding-problem-schema";
import { inLanguage } from "@mentara/content/schema/localized-text";
import type { InterviewMaterial } from "@mentara/interviewer/engine/interview-material";
import type { DesignCheckpoint } from "@mentara/interviewer/scoring/score-system-design";
import type { SessionRow } from "./sessions-repository.ts";

const en = (text: { en: string; ru?: string | undefined }) => inLanguage(text, "en");

/** What one session is about, loaded from the question bank by the ids stored on it. */
export interface InterviewContent {
  title: string;
  material: InterviewMaterial;
  problem?: CodingProblem;
  prompt?: { title: string; prompt: string; scope: string };
  checkpoints: DesignCheckpoint[];
  /** Behavioral: the question text and competency per question, in order. */
  questions: { question: string; competency: string }[];
}

export function loadInterviewContent(
  session: Pick<SessionRow, "type" | "problemId" | "contentIds">,
): InterviewContent | undefined {
  if (session.type === "coding") {
    const problem = codingProblems.find((p) => p.id === session.problemId);
    if (!problem) return undefined;
    return {
      title: en(problem.title),
      problem,
      checkpoints: [],
      questions: [],
      material: {
        kind: "coding",
        title: en(problem.title),
        hints: [en(problem.hints[0]), en(problem.hints[1]), en(problem.hints[2])],
        followUps: problem.followUps.map(en),
        optimalTime: problem.optimal.time,
      },
    };
  }
  if (session.type === "system_design") {
    const prompt = systemDesignPrompts.find((p) => p.id === session.problemId);
    if (!prompt) return undefined;
    return {
      title: en(prompt.title),
      prompt: { title: en(prompt.title), prompt: en(prompt.prompt), scope: en(prompt.scope) },
      checkpoints: prompt.checkpoints.map((c) => ({ stage: c.stage, text: en(c.text) })),
      questions: [],
      material: {
        kind: "system_design",
        title: en(prompt.title),
        scope: en(prompt.scope),
        scale: prompt.scale.map((s) => `${en(s.label)}: ${s.value}`),
        deepDives: prompt.deepDives.map((d) => en(d.topic)),
      },
    };
  }
  const ids = Array.isArray(session.contentIds)
    ? session.contentIds.filter((id): id is string => typeof id === "string")
    : [];
  const questions = ids
    .map((id) => behavioralQuestions.find((q) => q.id === id))
    .filter((q) => q !== undefined);
  const first = questions[0];
  if (!first) return undefined;
  return {
    title: en(first.question),
    checkpoints: [],
    questions: questions.map((q) => ({ question: en(q.question), competency: q.competency })),
    material: {
      kind: "behavioral",
      questions: questions.map((q) => ({
        question: en(q.question),
        probes: {
          situation: q.probes.situation.map(en),
          task: q.probes.task.map(en),
          action: q.probes.action.map(en),
          result: q.probes.result.map(en),
        },
        followUps: q.followUps.map(en),
      })),
    },
  };
}
