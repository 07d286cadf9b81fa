import {
  behavioralQuestions,
  codingProblems,
  systemDesignPrompts,
} from "@mentara/content/load-content";
import type { CodingProblem } from "@mentara/content/schema/coding-problem-schema";
import { inLanguage } from "@mentara/content/schema/localized-text";
import type { InterviewSubject } from "@mentara/interviewer/engine/interview-subject";
import type { SessionRow } from "./sessions-repository.ts";

const en = (text: { en: string; ru?: string | undefined }) => inLanguage(text, "en");

/**
 * What one session is about, loaded from the question bank by the ids stored on it: the subject
 * the interviewer and the scorers work from, and for coding the problem with its hidden tests,
 * which only the code runner sees.
 */
export interface InterviewContent {
  subject: InterviewSubject;
  problem?: CodingProblem;
}

export function loadInterviewContent(
  session: Pick<SessionRow, "type" | "problemId" | "contentIds">,
): InterviewContent | undefined {
  if (session.type === "coding") {
    const problem = codingProblems.find((p) => p.id === session.problemId);
    if (!problem) return undefined;
    const title = en(problem.title);
    return {
      problem,
      subject: {
        kind: "coding",
        title,
        material: {
          kind: "coding",
          title,
          hints: [en(problem.hints[0]), en(problem.hints[1]), en(problem.hints[2])],
          followUps: problem.followUps.map(en),
          optimalTime: problem.optimal.time,
        },
        coding: {
          statement: en(problem.statement),
          optimalTime: problem.optimal.time,
          topics: problem.topics,
          difficulty: problem.difficulty,
          referenceSolutions: problem.referenceSolutions,
          starterCode: problem.starterCode,
        },
      },
    };
  }
  if (session.type === "system_design") {
    const prompt = systemDesignPrompts.find((p) => p.id === session.problemId);
    if (!prompt) return undefined;
    const title = en(prompt.title);
    return {
      subject: {
        kind: "system_design",
        title,
        material: {
          kind: "system_design",
          title,
          scope: en(prompt.scope),
          scale: prompt.scale.map((s) => `${en(s.label)}: ${s.value}`),
          deepDives: prompt.deepDives.map((d) => en(d.topic)),
        },
        design: {
          prompt: en(prompt.prompt),
          scope: en(prompt.scope),
          checkpoints: prompt.checkpoints.map((c) => ({
            stage: c.stage,
            text: en(c.text),
            signals: c.signals,
          })),
        },
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
    subject: {
      kind: "behavioral",
      title: en(first.question),
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
      behavioral: {
        questions: questions.map((q) => ({ question: en(q.question), competency: q.competency })),
      },
    },
  };
}
