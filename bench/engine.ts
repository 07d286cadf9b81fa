/**
 * Interview-engine figures for issue #5, over real HTTP and the session event stream:
 * - first_token_overhead: time the server adds between a candidate's turn arriving and the first
 *   interviewer token leaving, with a fake OpenAI server whose first token takes a fixed 50 ms;
 * - live_score: time from a turn arriving to its score.update event, with the offline engine;
 * - concurrent_sessions: the most sessions (each with its stream open, each sending a turn at a
 *   random moment within 10 s) for which both stay under target (overhead p50 < 10 ms, live p95 < 300 ms).
 * Uses DATABASE_URL when set (a fresh database), otherwise in-memory PGlite. Last line is JSON.
 *
 *   npm run bench:engine
 */
import type { AddressInfo } from "node:net";
import { createProviderModel } from "@mentara/interviewer/model/provider-model";
import { startFakeOpenAi } from "@mentara/interviewer/testing/fake-model-servers";
import { createParser } from "eventsource-parser";
import { signUpUser, startTestApp } from "../apps/api/src/testing/start-test-app.ts";

const providerLatencyMs = 50;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};
const round = (v: number) => Math.round(v * 100) / 100;

type App = Awaited<ReturnType<typeof startTestApp>>;

/** Opens a session's stream and resolves events by type as they arrive. */
async function openStream(
  base: string,
  sessionId: string,
  authorization: string,
  onEvent: (type: string, at: number) => void,
) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/sessions/${sessionId}/events`, {
    headers: { authorization },
    signal: controller.signal,
  });
  if (!response.body) throw new Error("no stream");
  const parser = createParser({
    onEvent: (event) => onEvent(event.event ?? "message", performance.now()),
  });
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for await (const chunk of response.body as AsyncIterable<Uint8Array>)
        parser.feed(decoder.decode(chunk, { stream: true }));
    } catch {
      // closed by the bench
    }
  })();
  return () => controller.abort();
}

async function listen(t: App): Promise<string> {
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  return `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}

async function startSession(base: string, authorization: string): Promise<string> {
  const response = await fetch(`${base}/api/sessions`, {
    method: "POST",
    headers: { authorization, "content-type": "application/json" },
    body: JSON.stringify({ type: "behavioral" }),
  });
  return ((await response.json()) as { id: string }).id;
}

/** Sends one turn and reports when the first delta and the score update arrived, relative to sending. */
async function timedTurn(
  base: string,
  authorization: string,
  sessionId: string,
  waitFor: Map<string, (type: string, at: number) => void>,
) {
  const sent = performance.now();
  const times: Record<string, number> = {};
  const done = new Promise<void>((resolve) => {
    waitFor.set(sessionId, (type, at) => {
      if (type === "interviewer.delta" && times.delta === undefined) times.delta = at - sent;
      if (type === "score.update" && times.score === undefined) times.score = at - sent;
      if (times.delta !== undefined && times.score !== undefined) resolve();
    });
  });
  await fetch(`${base}/api/sessions/${sessionId}/turns`, {
    method: "POST",
    headers: { authorization, "content-type": "application/json" },
    body: JSON.stringify({
      text: "Last year our team disagreed about the release process, so I proposed a checklist and we cut failed releases by 30%.",
    }),
  });
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  return times;
}

async function measure(
  t: App,
  base: string,
  sessions: number,
  turnsEach: number,
  spreadMs: number,
) {
  const { authorization } = await signUpUser(t.app);
  const listeners = new Map<string, (type: string, at: number) => void>();
  const ids = await Promise.all(
    Array.from({ length: sessions }, () => startSession(base, authorization)),
  );
  const closers = await Promise.all(
    ids.map((id) =>
      openStream(base, id, authorization, (type, at) => listeners.get(id)?.(type, at)),
    ),
  );
  await t.app.drain();
  const deltas: number[] = [];
  const scores: number[] = [];
  const one = async (id: string) => {
    const times = await timedTurn(base, authorization, id, listeners);
    if (times.delta !== undefined) deltas.push(times.delta);
    if (times.score !== undefined) scores.push(times.score);
  };
  if (spreadMs === 0) {
    // One turn at a time: what the server adds to a single turn.
    for (let i = 0; i < turnsEach; i++) for (const id of ids) await one(id);
  } else {
    await Promise.all(
      ids.map(async (id) => {
        for (let i = 0; i < turnsEach; i++) {
          await new Promise((resolve) => setTimeout(resolve, Math.random() * spreadMs));
          await one(id);
        }
      }),
    );
  }
  for (const close of closers) close();
  await t.app.drain();
  return { deltas, scores };
}

const fake = await startFakeOpenAi();
fake.behave({
  reply: "Thanks. What did you do yourself, and what came of it?",
  firstTokenMs: providerLatencyMs,
});

// 1. First-token overhead with a provider of fixed latency: 200 turns, one session at a time.
const providerApp = await startTestApp({
  model: createProviderModel({
    provider: "openai",
    model: "bench",
    apiKey: "k",
    baseUrl: fake.baseUrl,
    maxRetries: 0,
  }),
});
const providerBase = await listen(providerApp);
const sequential = await measure(providerApp, providerBase, 10, 20, 0);
const overhead = sequential.deltas.map((d) => d - providerLatencyMs);
console.log(
  `first token overhead: p50 ${round(percentile(overhead, 50))} ms, p95 ${round(percentile(overhead, 95))} ms (${overhead.length} turns, provider ${providerLatencyMs} ms)`,
);
await providerApp.close();

// 2. Live score latency with the offline engine.
const offlineApp = await startTestApp();
const offlineBase = await listen(offlineApp);
const live = await measure(offlineApp, offlineBase, 10, 20, 0);
console.log(
  `live score: p50 ${round(percentile(live.scores, 50))} ms, p95 ${round(percentile(live.scores, 95))} ms (${live.scores.length} turns)`,
);

// 3. Concurrent sessions, each sending a turn within 10 s, on the offline engine.
let held = 0;
for (const sessions of [50, 100, 200, 500]) {
  const run = await measure(offlineApp, offlineBase, sessions, 1, 10_000);
  const p50 = percentile(run.deltas, 50);
  const p95 = percentile(run.scores, 95);
  const ok = run.deltas.length === sessions && p50 < 10 && p95 < 300;
  console.log(
    `${sessions} sessions: first token p50 ${round(p50)} ms, live score p95 ${round(p95)} ms ${ok ? "ok" : "over target"}`,
  );
  if (!ok) break;
  held = sessions;
}
await offlineApp.close();
await fake.close();

console.log(
  JSON.stringify({
    first_token_overhead_p50_ms: round(percentile(overhead, 50)),
    first_token_overhead_p95_ms: round(percentile(overhead, 95)),
    live_score_p95_ms: round(percentile(live.scores, 95)),
    concurrent_sessions: held,
    database: process.env.DATABASE_URL ? "postgres" : "pglite",
  }),
);
process.exit(0);
