import type { ServerResponse } from "node:http";
import { findProblem } from "@mentara/content/catalog";
import type { CodingProblem } from "@mentara/content/schema/coding-problem-schema";
import { DomainError } from "@mentara/domain/errors";
import type { Sandbox } from "@mentara/sandbox/create-sandbox";
import type { SessionEventBus } from "../../realtime/session-event-bus.ts";
import type { SessionRow, SessionsRepository } from "./sessions-repository.ts";

export interface SessionDeps {
  sessions: SessionsRepository;
  bus: SessionEventBus;
  sandbox: Sandbox;
  now: () => Date;
  /** Work that continues after the response (the interviewer's streamed reply); awaited on shutdown. */
  background: (task: Promise<unknown>) => void;
  /** Pause between streamed words of the offline interviewer, in ms. */
  streamDelayMs: number;
  /** Event streams still open; ended when the server shuts down. */
  openStreams: Set<ServerResponse>;
}

/** Loads a session the user owns, or answers 404 as if it did not exist. */
export async function loadOwnedSession(
  deps: Pick<SessionDeps, "sessions">,
  userId: string,
  sessionId: string,
): Promise<{ session: SessionRow; problem: CodingProblem }> {
  const session = await deps.sessions.find(userId, sessionId);
  const problem = session && findProblem(session.problemId);
  if (!session || !problem)
    throw new DomainError("NOT_FOUND", "No interview with this id belongs to you.");
  return { session, problem };
}

export function assertActive(session: SessionRow): void {
  if (session.status !== "active") {
    throw new DomainError(
      "SESSION_ENDED",
      "This interview has ended; its report is ready to read.",
    );
  }
}
