import { EventEmitter } from "node:events";
import type { SessionEvent } from "@mentara/contracts/events";
import type { SessionsRepository, TurnRow } from "../features/sessions/sessions-repository.ts";
import { createSerializer } from "./serialize-by-key.ts";

/** The events that tell of a stored turn. */
type TurnTold = Extract<SessionEvent, { type: "candidate.turn" | "interviewer.turn" }>;

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
  // A session's durable events are stored one at a time, each sent as soon as it is stored, so
  // they go out in the order of their ids: a stream passes over an id lower than one it sent.
  const inOrder = createSerializer();
  /**
   * Runs `store` (a statement that stores a durable event with what it reports) in the session's
   * order, then sends the event `told` finds in its result. Returns the result.
   */
  const record = <T>(
    sessionId: string,
    store: () => Promise<T>,
    told: (stored: T) => StreamedEvent | undefined,
  ): Promise<T> =>
    inOrder(sessionId, async () => {
      const stored = await store();
      const streamed = told(stored);
      if (streamed) emitter.emit(sessionId, streamed satisfies StreamedEvent);
      return stored;
    });
  return {
    record,
    async publish(session: { id: string; userId: string }, event: SessionEvent): Promise<number> {
      const row = await record(
        session.id,
        () =>
          sessions.appendEvent({
            sessionId: session.id,
            userId: session.userId,
            type: event.type,
            data: event.data,
          }),
        (stored) => ({ id: stored.id, event }),
      );
      return row.id;
    },
    /** Stores a turn with the event `told` makes of it (one statement), sends that; the row. */
    async appendTurn(
      values: Parameters<SessionsRepository["appendTurn"]>[0],
      told: (row: TurnRow) => TurnTold,
    ): Promise<TurnRow> {
      const { row } = await record(
        values.sessionId,
        () => sessions.appendTurn(values, told),
        (stored) => ({ id: stored.eventId, event: stored.event }),
      );
      return row;
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
