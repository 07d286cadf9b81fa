import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSessionsRepository } from "../features/sessions/sessions-repository.ts";
import { signUpUser, startTestApp, type TestApp } from "../testing/start-test-app.ts";
import { createSessionEventBus, type StreamedEvent } from "./session-event-bus.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe("a session's durable events", () => {
  it("go out in the order they were stored, so a stream (which passes over a lower id than one it sent) loses none", async () => {
    const { authorization } = await signUpUser(t.app);
    const started = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { authorization },
      payload: { type: "behavioral" },
    });
    const me = await t.app.inject({ method: "GET", url: "/api/me", headers: { authorization } });
    const session = { id: started.json().id as string, userId: me.json().id as string };
    const owner = { sessionId: session.id, userId: session.userId };

    const sessions = createSessionsRepository(t.database.db);
    const bus = createSessionEventBus(sessions);
    const sent: StreamedEvent[] = [];
    bus.subscribe(session.id, (streamed) => sent.push(streamed));
    const store = (phase: string, thenWaitMs: number) =>
      bus.record(
        session.id,
        async () => {
          const row = await sessions.appendEvent({
            ...owner,
            type: "phase.change",
            data: { phase },
          });
          await new Promise((resolve) => setTimeout(resolve, thenWaitMs));
          return row;
        },
        (row) => ({ id: row.id, event: { type: "phase.change", data: { phase } } }),
      );
    // The first is stored first but finishes last; the second must not go out before it.
    await Promise.all([store("first", 100), store("second", 0)]);
    await bus.publish(session, { type: "phase.change", data: { phase: "third" } });

    const ids = sent.map((streamed) => streamed.id ?? 0);
    expect(ids).toHaveLength(3);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
  });
});
