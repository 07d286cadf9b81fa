/**
 * Report figures for issue #6: milliseconds from "End interview" (POST /end) to the report being
 * ready (the 200 that carries it, or, after a 202, the first GET that returns it), with the offline
 * engine, against the server in its own process, over 40 interviews of all three types with a few
 * turns each. Uses DATABASE_URL when set (a fresh database), otherwise PGlite. Last line is JSON.
 *
 *   npm run bench:report
 */
import { callApi } from "@mentara/testing/call-api";
import { signUpOverHttp } from "@mentara/testing/sign-up-over-http";
import { startServerProcess } from "@mentara/testing/start-server-process";
import { percentile, round } from "./figures.ts";

const interviews = Number(process.env.BENCH_REPORTS ?? 40);

const server = await startServerProcess({ freshDatabase: true });
const call = (method: string, path: string, authorization?: string, body?: unknown) =>
  callApi(server.url, method, path, authorization, body);

const authorization = await signUpOverHttp(server.url, "bench");
const types = ["coding", "behavioral", "system_design"] as const;
const timings: number[] = [];
for (let i = 0; i < interviews; i++) {
  const type = types[i % types.length] ?? "coding";
  const session = await call("POST", "/sessions", authorization, { type });
  const id = String(session.body.id);
  for (const text of [
    "Let me start by clarifying the scale and the inputs we expect.",
    "I led the work myself; we measured it and latency dropped from 900 ms to 120 ms.",
  ]) {
    await call("POST", `/sessions/${id}/turns`, authorization, { text });
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  const started = performance.now();
  let answer = await call("POST", `/sessions/${id}/end`, authorization);
  while (answer.status === 202) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    answer = await call("GET", `/sessions/${id}/report`, authorization);
  }
  if (answer.status !== 200) throw new Error(`report failed: ${JSON.stringify(answer.body)}`);
  timings.push(performance.now() - started);
}
await server.stop();
console.log(
  `end → report ready: p50 ${round(percentile(timings, 50))} ms, p95 ${round(percentile(timings, 95))} ms, max ${round(Math.max(...timings))} ms (${timings.length} interviews)`,
);
console.log(
  JSON.stringify({
    report_p50_ms: round(percentile(timings, 50)),
    report_p95_ms: round(percentile(timings, 95)),
    interviews: timings.length,
    database: process.env.DATABASE_URL ? "postgres" : "pglite",
  }),
);
process.exit(0);
