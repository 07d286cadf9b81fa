/**
 * Interview-engine figures for issue #5, over real HTTP and the session event stream, against the
 * server in its own process (as `npm start` runs it); this process plays the candidates and a fake
 * OpenAI server whose first token takes a fixed 50 ms.
 * - first_token_overhead: what the server adds between a candidate's turn arriving and the first
 *   interviewer token leaving, from the server's own "interviewer first token" log line: the time
 *   from the turn's arrival to the first token's write, minus the provider's part (from sending
 *   its request to the first byte of its reply), over 200 turns one at a time. Also printed: the
 *   same seen from the client (first delta minus the fake's own measured time), which adds both
 *   loopback hops and this process's parsing;
 * - live_score: from sending a turn to its score.update event, with the offline engine;
 * - server_cpu_ms_per_turn: the server process's CPU time (all its threads, from /proc) over the
 *   200 offline live-score turns, per turn: what a turn costs the machine, steadier on a noisy
 *   machine than the latencies;
 * - concurrent_sessions: the most sessions (each with its stream open, each sending a turn at a
 *   random moment within 10 s, with the fake provider) for which both stay under target
 *   (overhead p50 < 10 ms, live score p95 < 300 ms).
 * Uses DATABASE_URL when set (a fresh database), otherwise PGlite on disk. Last line is JSON.
 *
 *   npm run bench:engine                        (two to five minutes)
 *   BENCH_SESSIONS=500 npm run bench:engine     (only that many concurrent sessions)
 */
import { startFakeOpenAi } from "@mentara/interviewer/testing/fake-model-servers";
import { signUpOverHttp } from "@mentara/testing/sign-up-over-http";
import { type ServerProcess, startServerProcess } from "@mentara/testing/start-server-process";
import { createParser } from "eventsource-parser";
import { percentile, round } from "./figures.ts";

const round2 = (value: number) => round(value, 2);

const providerLatencyMs = 50;

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

/** Waits until the server has finished replying to everything sent so far. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_000));

async function startSession(base: string, authorization: string): Promise<string> {
  const response = await fetch(`${base}/api/sessions`, {
    method: "POST",
    headers: { authorization, "content-type": "application/json" },
    body: JSON.stringify({ type: "behavioral" }),
  });
  return ((await response.json()) as { id: string }).id;
}

let turnNumber = 0;
/** The server's own overhead before each reply's first token, per candidate turn id, from its log. */
const overheadMs = new Map<string, number>();

/**
 * Sends one turn and reports when the first delta and the score update arrived, relative to
 * sending, with the marker in its text that finds the provider's request for it.
 */
async function timedTurn(
  base: string,
  authorization: string,
  sessionId: string,
  waitFor: Map<string, (type: string, at: number) => void>,
) {
  const marker = `(turn ${++turnNumber})`;
  const sent = performance.now();
  const times: { delta?: number; score?: number } = {};
  const done = new Promise<void>((resolve) => {
    waitFor.set(sessionId, (type, at) => {
      if (type === "interviewer.delta" && times.delta === undefined) times.delta = at - sent;
      if (type === "score.update" && times.score === undefined) times.score = at - sent;
      if (times.delta !== undefined && times.score !== undefined) resolve();
    });
  });
  const posted = await fetch(`${base}/api/sessions/${sessionId}/turns`, {
    method: "POST",
    headers: { authorization, "content-type": "application/json" },
    body: JSON.stringify({
      text: `Last year our team disagreed about the release process, so I proposed a checklist and we cut failed releases by 30%. ${marker}`,
    }),
  });
  const turnId = ((await posted.json()) as { id: string }).id;
  await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  return { turnId, marker, ...times };
}

/**
 * The provider's own time (request received to first token written) per turn marker, over the
 * requests the fake served since `from`. Looked up once the turns are done: searching the served
 * requests after every turn cost this process most of a core at 700 sessions, on the cores the
 * server shares.
 */
function providerTimes(from: number): Map<string, number> {
  const times = new Map<string, number>();
  for (const request of fake.served.slice(from)) {
    // The request carries the transcript: this turn's marker is the last one in it.
    const marker = JSON.stringify(request.body)
      .match(/\(turn \d+\)/g)
      ?.at(-1);
    if (marker && request.firstTokenAt !== undefined)
      times.set(marker, request.firstTokenAt - request.receivedAt);
  }
  return times;
}

async function measure(
  server: ServerProcess,
  authorization: string,
  sessions: number,
  turnsEach: number,
  spreadMs: number,
) {
  const base = server.url;
  const listeners = new Map<string, (type: string, at: number) => void>();
  const ids = await Promise.all(
    Array.from({ length: sessions }, () => startSession(base, authorization)),
  );
  const closers = await Promise.all(
    ids.map((id) =>
      openStream(base, id, authorization, (type, at) => listeners.get(id)?.(type, at)),
    ),
  );
  await settle();
  const servedFrom = fake.served.length;
  const scores: number[] = [];
  const sent: { turnId: string; marker: string; delta?: number }[] = [];
  const one = async (id: string) => {
    const times = await timedTurn(base, authorization, id, listeners);
    sent.push(times);
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
  await settle(); // the server's log lines may trail its events
  const overheads = sent.flatMap(({ turnId }) => {
    const ms = overheadMs.get(turnId);
    return ms === undefined ? [] : [ms];
  });
  const provider = providerTimes(servedFrom);
  const clientOverheads = sent.flatMap(({ marker, delta }) =>
    delta === undefined ? [] : [delta - (provider.get(marker) ?? 0)],
  );
  return { overheads, clientOverheads, scores };
}

const fake = await startFakeOpenAi();
fake.behave({
  reply: "Thanks. What did you do yourself, and what came of it?",
  firstTokenMs: providerLatencyMs,
});

// 1. First-token overhead with a provider of fixed latency: 200 turns, one at a time.
/** Server options: info logs (each reply's first-token timing), errors printed, a fresh database. */
const serverOptions = (env: Record<string, string>) => ({
  env: { LOG_LEVEL: "info", ...env },
  freshDatabase: true,
  // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
  ...(process.env.BENCH_NODE_ARGS ? { nodeArgs: process.env.BENCH_NODE_ARGS.split(" ") } : {}),
  onLog: (line: Record<string, unknown>) => {
    if (line.msg === "interviewer first token")
      overheadMs.set(String(line.turnId), Number(line.overheadMs));
    if (typeof line.level === "number" && line.level >= 40) console.error(JSON.stringify(line));
  },
});

const providerServer = await startServerProcess(
  serverOptions({
    AI_PROVIDER: "openai",
    AI_MODEL: "bench",
    AI_API_KEY: "bench-key",
    AI_BASE_URL: fake.baseUrl,
  }),
);
const providerUser = await signUpOverHttp(providerServer.url);
const sequential = await measure(providerServer, providerUser, 10, 20, 0);
const overhead = sequential.overheads;
console.log(
  `first token overhead: p50 ${round2(percentile(overhead, 50))} ms, p95 ${round2(percentile(overhead, 95))} ms (${overhead.length} turns, provider ${providerLatencyMs} ms); seen from the client: p50 ${round2(percentile(sequential.clientOverheads, 50))} ms, p95 ${round2(percentile(sequential.clientOverheads, 95))} ms`,
);

// 2. Live score latency with the offline engine.
const offlineServer = await startServerProcess(serverOptions({ AI_PROVIDER: "offline" }));
const offlineUser = await signUpOverHttp(offlineServer.url);
const cpuBefore = offlineServer.cpuMs();
const live = await measure(offlineServer, offlineUser, 10, 20, 0);
const cpuPerTurn = (offlineServer.cpuMs() - cpuBefore) / live.scores.length;
console.log(
  `live score: p50 ${round2(percentile(live.scores, 50))} ms, p95 ${round2(percentile(live.scores, 95))} ms (${live.scores.length} turns); server CPU ${round2(cpuPerTurn)} ms a turn (sessions started and streams opened included)`,
);
await offlineServer.stop();

// 3. Concurrent sessions with the fake provider, each sending a turn within 10 s.
let held = 0;
const steps = process.env.BENCH_SESSIONS?.split(",").map(Number) ?? [
  50, 100, 200, 300, 400, 500, 600, 700, 800, 1000,
];
for (const sessions of steps) {
  const run = await measure(providerServer, providerUser, sessions, 1, 10_000);
  const p50 = percentile(run.overheads, 50);
  const p95 = percentile(run.scores, 95);
  const ok = run.overheads.length === sessions && p50 < 10 && p95 < 300;
  console.log(
    `${sessions} sessions: first token overhead p50 ${round2(p50)} ms, live score p95 ${round2(p95)} ms, ${run.overheads.length}/${sessions} turns measured ${ok ? "ok" : "over target"}`,
  );
  if (!ok) break;
  held = sessions;
}
await providerServer.stop();
await fake.close();

console.log(
  JSON.stringify({
    first_token_overhead_p50_ms: round2(percentile(overhead, 50)),
    first_token_overhead_p95_ms: round2(percentile(overhead, 95)),
    client_seen_overhead_p50_ms: round2(percentile(sequential.clientOverheads, 50)),
    live_score_p95_ms: round2(percentile(live.scores, 95)),
    server_cpu_ms_per_turn: round2(cpuPerTurn),
    concurrent_sessions: held,
    // Issue 19's goal for this database.
    concurrent_sessions_goal: process.env.DATABASE_URL ? 1_000 : 500,
    database: process.env.DATABASE_URL ? "postgres" : "pglite",
  }),
);
process.exit(0);
