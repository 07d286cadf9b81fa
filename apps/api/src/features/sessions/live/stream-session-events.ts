import { sessionEvent } from "@mentara/contracts/events";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { StreamedEvent } from "../../../realtime/session-event-bus.ts";
import { loadOwnedSession, type SessionDeps } from "../session-context.ts";

const heartbeatMs = 15_000;

/**
 * The session's Server-Sent Events stream. Subscribes first, then replays stored events after
 * Last-Event-ID, then goes live, so nothing published in between is lost or sent twice.
 */
export async function streamSessionEvents(
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  sessionId: string,
  lastEventId: number,
  deps: Pick<SessionDeps, "sessions" | "bus" | "openStreams">,
): Promise<void> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  const pending: StreamedEvent[] = [];
  let replaying = true;
  let lastSent = lastEventId;
  const unsubscribe = deps.bus.subscribe(session.id, (streamed) => {
    if (replaying) pending.push(streamed);
    else write(streamed);
  });

  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache, no-transform",
    connection: "keep-alive",
    "x-accel-buffering": "no",
  });
  raw.write("retry: 2000\n\n");

  function write({ id, event }: StreamedEvent): void {
    if (id !== undefined) {
      if (id <= lastSent) return;
      lastSent = id;
    }
    const idLine = id === undefined ? "" : `id: ${id}\n`;
    raw.write(`${idLine}event: ${event.type}\ndata: ${JSON.stringify(event.data)}\n\n`);
  }

  const heartbeat = setInterval(() => raw.write(": keep-alive\n\n"), heartbeatMs);
  deps.openStreams.add(raw);
  const close = () => {
    clearInterval(heartbeat);
    unsubscribe();
    deps.openStreams.delete(raw);
  };
  request.raw.on("close", close);
  raw.on("error", close);

  try {
    for (const row of await deps.sessions.eventsAfter(session.id, lastEventId)) {
      const event = sessionEvent.safeParse({ type: row.type, data: row.data });
      if (event.success) write({ id: row.id, event: event.data });
    }
  } finally {
    replaying = false;
    for (const streamed of pending.splice(0)) write(streamed);
  }
}
