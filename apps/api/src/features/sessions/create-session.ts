import { codingProblems, findProblem } from "@mentara/content/catalog";
import { inLanguage } from "@mentara/content/schema/localized-text";
import type { CreateSessionBody } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { greeting } from "@mentara/interviewer/offline-interviewer";
import type { SessionDeps } from "./session-context.ts";
import { toTurn } from "./session-views.ts";

/** Starts a coding interview: the interviewer's greeting is its first stored turn. */
export async function createSession(
  userId: string,
  input: Required<Pick<CreateSessionBody, "language">> &
    Omit<CreateSessionBody, "language" | "type">,
  deps: Pick<SessionDeps, "sessions" | "bus">,
  random: () => number = Math.random,
) {
  const problem = input.problemId ? findProblem(input.problemId) : pickProblem(input, random);
  if (!problem) {
    throw new DomainError(
      "NOT_FOUND",
      input.problemId
        ? `There is no problem called "${input.problemId}".`
        : "No problem matches that topic and difficulty; widen the choice.",
    );
  }
  const session = await deps.sessions.create({
    userId,
    type: "coding",
    problemId: problem.id,
    language: input.language,
    timeLimitSec: problem.timeLimitSec,
  });
  const row = await deps.sessions.appendTurn({
    sessionId: session.id,
    userId,
    role: "interviewer",
    text: greeting({ title: inLanguage(problem.title, "en"), entry: problem.entry }),
  });
  await deps.bus.publish(session, {
    type: "interviewer.turn",
    data: { replyId: row.id, turn: toTurn(row) },
  });
  return session;
}

function pickProblem(
  filter: { topic?: string | undefined; difficulty?: string | undefined },
  random: () => number,
) {
  const matching = codingProblems.filter(
    (p) =>
      (!filter.topic || (p.topics as string[]).includes(filter.topic)) &&
      (!filter.difficulty || p.difficulty === filter.difficulty),
  );
  return matching[Math.floor(random() * matching.length)];
}
