import {
  behavioralQuestions,
  codingProblems,
  systemDesignPrompts,
} from "@mentara/content/load-content";
import type { CreateSessionBody } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";

export type NewSessionChoice = Required<
  Pick<CreateSessionBody, "type" | "mode" | "level" | "language">
> &
  Omit<CreateSessionBody, "type" | "mode" | "level" | "language">;

const behavioralQuestionCount = 3;

/**
 * What a new interview is about: the named problem or prompt, or one picked at random from those
 * matching the choice; behavioral interviews ask three questions, on one competency or mixed.
 */
export function chooseContent(
  input: NewSessionChoice,
  random: () => number,
): { id: string; contentIds: string[]; timeLimitSec: number } {
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];
  if (input.type === "coding") {
    const problem = input.problemId
      ? codingProblems.find((p) => p.id === input.problemId)
      : pick(
          codingProblems.filter(
            (p) =>
              (!input.topic || (p.topics as string[]).includes(input.topic)) &&
              (!input.difficulty || p.difficulty === input.difficulty),
          ),
        );
    if (!problem) {
      throw new DomainError(
        "NOT_FOUND",
        input.problemId
          ? `There is no problem called "${input.problemId}".`
          : "No problem matches that topic and difficulty; widen the choice.",
      );
    }
    return { id: problem.id, contentIds: [], timeLimitSec: problem.timeLimitSec };
  }
  if (input.type === "system_design") {
    const prompt = input.promptId
      ? systemDesignPrompts.find((p) => p.id === input.promptId)
      : pick([...systemDesignPrompts]);
    if (!prompt)
      throw new DomainError(
        "NOT_FOUND",
        `There is no system design prompt called "${input.promptId}".`,
      );
    return { id: prompt.id, contentIds: [], timeLimitSec: prompt.timeLimitSec };
  }
  const pool = behavioralQuestions.filter(
    (q) => !input.competency || q.competency === input.competency,
  );
  const shuffled = [...pool].sort(() => random() - 0.5).slice(0, behavioralQuestionCount);
  const first = shuffled[0];
  if (!first)
    throw new DomainError(
      "NOT_FOUND",
      `There are no behavioral questions on "${input.competency}".`,
    );
  return { id: first.id, contentIds: shuffled.map((q) => q.id), timeLimitSec: 30 * 60 };
}
