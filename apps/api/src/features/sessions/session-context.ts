import type { ServerResponse } from "node:http";
import { DomainError } from "@mentara/domain/errors";
import type { ModelPort } from "@mentara/interviewer/model/model-port";
import type { JudgePort } from "@mentara/interviewer/scoring/judge-port";
import type { Sandbox } from "@mentara/sandbox/create-sandbox";
import type { InFlight } from "../../realtime/in-flight.ts";
import type { SessionEventBus } from "../../realtime/session-event-bus.ts";
import type { SessionMemory } from "../../realtime/session-memory.ts";
import { type InterviewContent, loadInterviewContent } from "./interview-content.ts";
import type { SessionRow, SessionsRepository } from "./sessions-repository.ts";
import type { WhiteboardRepository } from "./whiteboard/whiteboard-repository.ts";

export interface FirstTokenTiming {
  turnId: string;
  firstTokenMs: number;
  providerMs: number;
  overheadMs: number;
}

export interface SessionDeps {
  /** The free plan's monthly allowance (features/billing): counts an interview at its first answer. */
  allowance: {
    admitInterview(session: {
      id: string;
      userId: string;
      plan: string | null;
    }): Promise<{ recorded: Promise<void> }>;
  };
  sessions: SessionsRepository;
  /** The whiteboard's snapshots (sessions/whiteboard). */
  boards: WhiteboardRepository;
  bus: SessionEventBus;
  sandbox: Sandbox;
  now: () => Date;
  /** Work that continues after the response (the interviewer's streamed reply); awaited on shutdown. */
  background: (task: Promise<unknown>) => void;
  /** Event streams still open; ended when the server shuts down. */
  openStreams: Set<ServerResponse>;
  /** The interviewer's voice: the offline engine or a provider behind the AI SDK. */
  model: ModelPort;
  /** The judge that scores finished interviews under objective ceilings; none means offline only. */
  judge?: JudgePort | undefined;
  /** Engine state and transcripts of live sessions, kept between events. */
  memory: SessionMemory;
  /**
   * Where each reply's timing is reported (the log): from the turn's arrival to the first token
   * leaving, the provider's own part of that, and the rest, which is the server's overhead.
   */
  recordFirstToken: (timing: FirstTokenTiming) => void;
  /** The durable job queue (report writing). */
  jobs: { send(name: string, data: object): Promise<void> };
  /** Requests with an idempotency key still being answered, shared by their retries. */
  inFlight: InFlight;
  /** Runs one session's engine steps one after another. */
  serialize: <T>(sessionId: string, work: () => Promise<T>) => Promise<T>;
}

/** Loads a session the user owns with its content, or answers 404 as if it did not exist. */
export async function loadOwnedSession(
  deps: Pick<SessionDeps, "sessions">,
  userId: string,
  sessionId: string,
): Promise<{ session: SessionRow; content: InterviewContent }> {
  const session = await deps.sessions.find(userId, sessionId);
  const content = session && loadInterviewContent(session);
  if (!session || !content)
    throw new DomainError("NOT_FOUND", "No interview with this id belongs to you.");
  return { session, content };
}

/**
 * The hot path's variant (a candidate's turn): an active session this process already holds is
 * not read again. Ownership is checked the same way; an unknown or foreign id is the same 404.
 */
export async function loadLiveSession(
  deps: Pick<SessionDeps, "sessions" | "memory">,
  userId: string,
  sessionId: string,
): Promise<{ session: SessionRow; content: InterviewContent }> {
  const remembered = deps.memory.session(sessionId);
  const content = remembered?.userId === userId && loadInterviewContent(remembered);
  if (remembered && content) return { session: remembered, content };
  const loaded = await loadOwnedSession(deps, userId, sessionId);
  if (loaded.session.status === "active") deps.memory.rememberSession(loaded.session);
  return loaded;
}

export function assertActive(session: SessionRow): void {
  if (session.status !== "active") {
    throw new DomainError(
      "SESSION_ENDED",
      "This interview has ended; its report is ready to read.",
    );
  }
}
