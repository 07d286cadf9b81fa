import {
  behavioralQuestions,
  codingProblems,
  systemDesignPrompts,
} from "@mentara/content/load-content";
import type { CreateSessionBody } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import type { Difficulty, Level } from "@mentara/domain/interview";

export type NewSessionChoice = Required<
  Pick<CreateSessionBody, "type" | "mode" | "level" | "language">
> &
  Omit<CreateSessionBody, "type" | "mode" | "level" | "language">;

const behavioralQuestionCount = 3;

/** How often each difficulty comes up for a level when the candidate does not choose one. */
export const difficultyMix: Record<Level, Record<Difficulty, number>> = {
  junior: { easy: 0.75, medium: 0.25, hard: 0 },
  mid: { easy: 0.2, medium: 0.65, hard: 0.15 },
  senior: { easy: 0.05, medium: 0.55, hard: 0.4 },
  staff: { easy: 0, medium: 0.3, hard: 0.7 },
};

/** Picks a difficulty by the level's mix among the difficulties that still have problems. */
function pickDifficulty(level: Level, available: Set<Difficulty>, random: () => number) {
  const weights = Object.entries(difficultyMix[level]).filter(
    ([difficulty, weight]) => weight > 0 && available.has(difficulty as Difficulty),
  );
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random() * total;
  for (const [difficulty, weight] of weights) {
    roll -= weight;
    if (roll < 0) return difficulty as Difficulty;
  }
  return weights.at(-1)?.[0] as Difficulty | undefined;
}

/**
 * What a new interview is about: the named problem or prompt, or one picked at random from those
 * matching the choice. Unchosen, a coding problem's difficulty follows the level (junior mostly
 * easy, staff mostly hard), and nothing the candidate recently passed well comes back while
 * something else fits. Behavioral interviews ask three questions, on one competency or mixed.
 */
export function chooseContent(
  input: NewSessionChoice,
  random: () => number,
  recentlyPassedWell: ReadonlySet<string> = new Set(),
): { id: string; contentIds: string[]; timeLimitSec: number } {
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];
  const fresh = <T extends { id: string }>(items: T[]) => {
    const unseen = items.filter((item) => !recentlyPassedWell.has(item.id));
    return unseen.length > 0 ? unseen : items;
  };
  if (input.type === "coding") {
    const matching = fresh(
      codingProblems.filter(
        (p) =>
          (!input.topic || (p.topics as string[]).includes(input.topic)) &&
          (!input.difficulty || p.difficulty === input.difficulty),
      ),
    );
    const difficulty =
      input.difficulty ??
      pickDifficulty(input.level, new Set(matching.map((p) => p.difficulty)), random);
    const problem = input.problemId
      ? codingProblems.find((p) => p.id === input.problemId)
      : pick(matching.filter((p) => p.difficulty === difficulty));
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
      : pick(fresh([...systemDesignPrompts]));
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
