import { existsSync, rmSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../create-sandbox.ts";
import type { RunResult } from "../submission.ts";
import { escapeMarker, hostileCorpus } from "./hostile-corpus.ts";

const hostSecret = `host-secret-${Math.random().toString(36).slice(2)}`;
process.env.MENTARA_HOST_SECRET = hostSecret;

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox({ jsWorkers: 2, pythonWorkers: 2, maxQueue: 50 });
}, 60_000);
afterAll(async () => {
  await sandbox?.close();
});

/** Pings an HTTP server in this process every 10 ms and records the slowest answer. */
async function watchEventLoop() {
  const server = createServer((_req, res) => res.end("ok"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await new Promise<void>((resolve, reject) => {
        request({ host: "127.0.0.1", port, path: "/" }, (res) => {
          res.resume();
          res.on("end", resolve);
        })
          .on("error", reject)
          .end();
      });
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return async () => {
    running = false;
    await loop;
    server.close();
    return latencies;
  };
}

describe("hostile corpus", () => {
  it("holds at least 30 programs across JavaScript, TypeScript and Python", () => {
    expect(hostileCorpus.length).toBeGreaterThanOrEqual(30);
    for (const language of ["javascript", "typescript", "python"]) {
      expect(hostileCorpus.some((p) => p.language === language)).toBe(true);
    }
  });

  it("gives every hostile program its verdict while the host keeps answering", async () => {
    rmSync(escapeMarker, { force: true });
    const stopWatching = await watchEventLoop();
    const outcomes: { name: string; verdict: string; result: RunResult }[] = [];
    for (const program of hostileCorpus) {
      const result = await sandbox.run({
        language: program.language,
        code: program.code,
        entry: "f",
        tests: [{ args: [1], expected: "contained" }],
        limits: { perTestMs: 800, totalMs: 3_000, memoryMb: 32, outputBytes: 4_096 },
      });
      outcomes.push({ name: program.name, verdict: result.tests[0]?.verdict ?? "missing", result });
    }
    const latencies = await stopWatching();

    const wrong = outcomes
      .filter((o, i) => o.verdict !== hostileCorpus[i]?.verdict)
      .map((o) => `${o.name}: got ${o.verdict} (${o.result.tests[0]?.message ?? ""})`);
    expect(wrong).toEqual([]);
    const leaked = outcomes.filter(
      (o) =>
        JSON.stringify(o.result).includes(hostSecret) ||
        JSON.stringify(o.result).includes("root:x:0:0"),
    );
    expect(leaked.map((o) => o.name)).toEqual([]);
    expect(existsSync(escapeMarker)).toBe(false);
    expect(latencies.length).toBeGreaterThan(20);
    console.log(
      `slowest host answer ${Math.max(...latencies).toFixed(1)} ms over ${latencies.length} requests`,
    );
    // A starved host answers in seconds; on a busy 2-core CI machine a healthy one stays well under this.
    expect(Math.max(...latencies)).toBeLessThan(150);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  }, 180_000);

  it("leaves healthy pools that pass a normal submission in every language", async () => {
    for (const [language, code] of [
      [
        "javascript",
        "function f(x) { return Object.prototype.polluted ?? [1, 2].includes(9) ? 'dirty' : 'clean'; }",
      ],
      ["typescript", "function f(x: number): string { return 'clean'; }"],
      ["python", "import json\ndef f(x):\n    return json.loads(json.dumps('clean'))"],
    ] as const) {
      const result = await sandbox.run({
        language,
        code,
        entry: "f",
        tests: [{ args: [1], expected: "clean" }],
      });
      expect(result.summary, language).toMatchObject({ verdict: "passed", passed: 1 });
    }
    for (const pool of sandbox.stats()) expect(pool.workers).toBe(2);
    // Every Python worker here, the replacements of those the corpus broke included, started
    // from Pyodide's memory snapshot.
    const python = sandbox.stats().find((pool) => pool.engine === "pyodide");
    expect(python).toMatchObject({ snapshot: true });
    expect(python?.replaced).toBeGreaterThan(0);
  }, 60_000);
});
