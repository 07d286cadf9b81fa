import { EventEmitter } from "node:events";
import type { SessionEvent } from "@mentara/contracts/events";
import type { SessionsRepository } from "../features/sessions/sessions-repository.ts";

/** An event as it goes out on the stream; durable events have the id a client resumes from. */
export interface StreamedEvent {
  id?: number;
  event: SessionEvent;
}

/**
 * Durable events are stored before they are sent, so a client that reconnects with
 * Last-Event-ID gets what it missed. Interviewer deltas are transient: the finished turn that
 * follows them is durable, so a reconnecting client loses nothing it needs.
 */
export function createSessionEventBus(sessions: SessionsRepository) {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    async publish(session: { id: string; userId: string }, event: SessionEvent): Promise<number> {
      const row = await sessions.appendEvent({
        sessionId: session.id,
        userId: session.userId,
        type: event.type,
        data: event.data,
      });
      emitter.emit(session.id, { id: row.id, event } satisfies StreamedEvent);
      return row.id;
    },
    /** Sends a durable event its caller stored with the change it reports (one statement). */
    sendStored(sessionId: string, id: number, event: SessionEvent): void {
      emitter.emit(sessionId, { id, event } satisfies StreamedEvent);
    },
    publishTransient(sessionId: string, event: SessionEvent): void {
      emitter.emit(sessionId, { event } satisfies StreamedEvent);
    },
    subscribe(sessionId: string, listener: (streamed: StreamedEvent) => void): () => void {
      emitter.on(sessionId, listener);
      return () => emitter.off(sessionId, listener);
    },
  };
}
export type SessionEventBus = ReturnType<typeof createSessionEventBus>;
