import {
  behavioralQuestions,
  codingProblems,
  systemDesignPrompts,
} from "@mentara/content/load-content";
import type { CreateSessionBody } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { startState } from "@mentara/interviewer/engine/interview-state";
import { advanceInterview } from "./advance-interview.ts";
import { loadInterviewContent } from "./interview-content.ts";
import type { SessionDeps } from "./session-context.ts";

type Input = Required<Pick<CreateSessionBody, "type" | "mode" | "level" | "language">> &
  Omit<CreateSessionBody, "type" | "mode" | "level" | "language">;

const behavioralQuestionCount = 3;

/** Starts an interview of any type; the engine's greeting is stored as its first turn. */
export async function createSession(
  userId: string,
  input: Input,
  deps: SessionDeps,
  random: () => number = Math.random,
) {
  const chosen = choose(input, random);
  const now = deps.now().getTime();
  const session = await deps.sessions.create({
    userId,
    startedAt: new Date(now),
    type: input.type,
    mode: input.mode,
    level: input.level,
    problemId: chosen.id,
    contentIds: chosen.contentIds,
    language: input.language,
    timeLimitSec: chosen.timeLimitSec,
    aiEngine: deps.model.name,
  });
  const content = loadInterviewContent(session);
  if (!content) throw new Error(`session ${session.id} has no content`);
  const state = startState(input.type, input.mode, input.level, now, session.timeLimitSec * 1000);
  await deps.sessions.saveEngineState(session.id, state);
  // A new session starts remembered, so its first turns need not read it back.
  deps.memory.rememberSession({ ...session, engineState: state });
  deps.memory.rememberState(session.id, state);
  deps.memory.rememberTranscript(session.id, []);
  await advanceInterview(
    { ...session, engineState: state },
    content,
    { kind: "start", nowMs: now },
    deps,
  );
  return session;
}

function choose(
  input: Input,
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
