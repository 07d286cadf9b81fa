import { codingProblems, findProblem } from "@mentara/content/catalog";
import type { CreateSessionBody } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { greeting } from "@mentara/interviewer/offline-interviewer";
import type { SessionDeps } from "./session-context.ts";
import { toTurn } from "./session-views.ts";

/** Starts a coding interview: the interviewer's greeting is its first stored turn. */
export async function createSession(
  userId: string,
  input: Required<Pick<CreateSessionBody, "language">> & Pick<CreateSessionBody, "problemId">,
  deps: Pick<SessionDeps, "sessions" | "bus">,
) {
  const problem = input.problemId ? findProblem(input.problemId) : codingProblems[0];
  if (!problem)
    throw new DomainError("NOT_FOUND", `There is no problem called "${input.problemId}".`);
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
    text: greeting(problem),
  });
  await deps.bus.publish(session, {
    type: "interviewer.turn",
    data: { replyId: row.id, turn: toTurn(row) },
  });
  return session;
}
