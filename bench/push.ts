/**
 * Push figures for issue #16: milliseconds from `report.ready` (as the session's event stream
 * delivers it) to the Web Push service receiving the notification, over 50 reports, against the
 * server in its own process and a loopback push service (its own test CA) in this one. Both times
 * are read on this process's clock. Uses DATABASE_URL when set (a fresh database), otherwise
 * PGlite. Last line is JSON.
 *
 *   npm run bench:push
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { callApi } from "@mentara/testing/call-api";
import { startFakeWebPush } from "@mentara/testing/fake-web-push";
import { signUpOverHttp } from "@mentara/testing/sign-up-over-http";
import { startServerProcess } from "@mentara/testing/start-server-process";
import { testTls } from "@mentara/testing/test-tls";
import { createParser } from "eventsource-parser";
import { percentile, round } from "./figures.ts";

const reports = Number(process.env.BENCH_PUSH_REPORTS ?? 50);

const push = await startFakeWebPush();
const caDir = mkdtempSync(join(tmpdir(), "mentara-bench-ca-"));
writeFileSync(join(caDir, "ca.pem"), (await testTls()).ca);
const server = await startServerProcess({
  freshDatabase: true,
  env: { NODE_EXTRA_CA_CERTS: join(caDir, "ca.pem"), WEB_PUSH_ALLOWED_HOSTS: "127.0.0.1" },
});
const call = (method: string, path: string, authorization?: string, body?: unknown) =>
  callApi(server.url, method, path, authorization, body);

const authorization = await signUpOverHttp(server.url, "bench-push");
await call("PATCH", "/me", authorization, {
  notifications: { reportReady: true, reminders: false },
});
const device = await call("POST", "/me/push-tokens", authorization, {
  platform: "web",
  token: JSON.stringify(push.subscribe()),
});
if (device.status !== 201) throw new Error(`device refused: ${JSON.stringify(device.body)}`);

/** Resolves with the moment `report.ready` arrives on the session's stream. */
async function reportReadyAt(id: string, opened: () => void): Promise<number> {
  const controller = new AbortController();
  const response = await fetch(`${server.url}/api/sessions/${id}/events`, {
    headers: { authorization },
    signal: controller.signal,
  });
  if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
  let at: number | undefined;
  const parser = createParser({
    onEvent: (event) => {
      if (event.event === "report.ready") at ??= performance.now();
    },
  });
  opened();
  const decoder = new TextDecoder();
  for await (const chunk of response.body) {
    parser.feed(decoder.decode(chunk, { stream: true }));
    if (at !== undefined) break;
  }
  controller.abort();
  if (at === undefined) throw new Error("the stream ended without report.ready");
  return at;
}

const timings: number[] = [];
for (let i = 0; i < reports; i++) {
  const session = await call("POST", "/sessions", authorization, { type: "behavioral" });
  const id = String(session.body.id);
  await call("POST", `/sessions/${id}/turns`, authorization, {
    text: "I led the migration myself; latency dropped from 900 ms to 120 ms.",
  });
  const delivered = push.nextDelivery();
  let streamOpen: () => void = () => {};
  const opened = new Promise<void>((resolve) => {
    streamOpen = resolve;
  });
  const ready = reportReadyAt(id, streamOpen);
  await opened;
  const ended = await call("POST", `/sessions/${id}/end`, authorization);
  if (ended.status !== 200 && ended.status !== 202)
    throw new Error(`end failed: ${JSON.stringify(ended.body)}`);
  const [readyAt, receipt] = await Promise.all([ready, delivered]);
  if (!String(receipt.payload.link).endsWith(id)) throw new Error("a push for another report");
  timings.push(receipt.at - readyAt);
}
await server.stop();
await push.close();
rmSync(caDir, { recursive: true, force: true });
console.log(
  `report.ready → push service: p50 ${round(percentile(timings, 50))} ms, p95 ${round(percentile(timings, 95))} ms, max ${round(Math.max(...timings))} ms (${timings.length} reports)`,
);
console.log(
  JSON.stringify({
    push_p50_ms: round(percentile(timings, 50)),
    push_p95_ms: round(percentile(timings, 95)),
    reports: timings.length,
    database: process.env.DATABASE_URL ? "postgres" : "pglite",
  }),
);
process.exit(0);
