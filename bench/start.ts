/**
 * Start-up figures for issue #19: milliseconds from `npm start` (the README's command, run as a
 * user runs it) to `/api/health` answering 200, and to every code engine reported warm.
 *
 * - cold: the state right after `npm install` on a fresh clone. The install (postinstall,
 *   scripts/prepare-at-install.mjs, run here first) built the web app and made the database
 *   template, the server bundle and Python's snapshot; everything a first start makes is new: an
 *   empty DATA_DIR (filled from the template as PGlite opens it) and an empty TMPDIR.
 * - warm: `npm start` again on what the cold start left behind.
 *
 * Each round uses new folders; the figures are the median of BENCH_START_ROUNDS rounds (default
 * 3) with the spread. Last line is JSON.
 *
 *   npm run bench:start
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { percentile, round } from "./figures.ts";

const rounds = Number(process.env.BENCH_START_ROUNDS ?? 3);
const root = fileURLToPath(new URL("..", import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

interface StartFigures {
  healthMs: number;
  /** Until health names no engine as still warming (NaN when health does not say). */
  enginesReadyMs: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readHealth(url: string): Promise<Record<string, unknown> | undefined> {
  try {
    const response = await fetch(`${url}/api/health`);
    if (!response.ok) return undefined;
    return (await response.json()) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

function stillWarming(health: Record<string, unknown>): boolean | undefined {
  const engines = health.engines;
  if (typeof engines !== "object" || engines === null) return undefined;
  return Object.values(engines).some((state) => state === "warming");
}

/** `npm start` in its own process group, timed to health and to warm engines, then stopped. */
async function timeStart(folders: Record<string, string>): Promise<StartFigures> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let output = "";
  const startedAt = performance.now();
  const child: ChildProcess = spawn("npm", ["start"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, ...folders, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
  });
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  try {
    let healthMs = Number.NaN;
    const deadline = startedAt + 180_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm start stopped:\n${output}`);
      if (performance.now() > deadline) throw new Error(`npm start did not answer:\n${output}`);
      const health = await readHealth(url);
      if (health) {
        if (Number.isNaN(healthMs)) healthMs = performance.now() - startedAt;
        const warming = stillWarming(health);
        if (warming === undefined) return { healthMs, enginesReadyMs: Number.NaN };
        if (!warming) return { healthMs, enginesReadyMs: performance.now() - startedAt };
      }
      await pause(10);
    }
  } finally {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid, "SIGTERM");
      await exited;
    }
  }
}

// What `npm install` leaves (made now where it is missing or out of date).
const install = spawnSync("node", ["scripts/prepare-at-install.mjs"], {
  cwd: root,
  stdio: "inherit",
});
if (install.status !== 0) throw new Error("preparing what install makes failed");

const cold: StartFigures[] = [];
const warm: StartFigures[] = [];
for (let i = 0; i < rounds; i++) {
  const folders = {
    DATA_DIR: mkdtempSync(join(tmpdir(), "bench-start-data-")),
    TMPDIR: mkdtempSync(join(tmpdir(), "bench-start-tmp-")),
  };
  try {
    cold.push(await timeStart(folders));
    warm.push(await timeStart(folders));
  } finally {
    for (const folder of Object.values(folders)) rmSync(folder, { recursive: true, force: true });
  }
  const [c, w] = [cold.at(-1), warm.at(-1)];
  console.log(
    `round ${i + 1}: cold health ${round(c?.healthMs ?? 0)} ms (engines warm ${round(c?.enginesReadyMs ?? 0)} ms), warm health ${round(w?.healthMs ?? 0)} ms (engines warm ${round(w?.enginesReadyMs ?? 0)} ms)`,
  );
}

const median = (values: number[]) => round(percentile(values, 50));
const spread = (values: number[]) => `${round(Math.min(...values))}–${round(Math.max(...values))}`;
const health = (figures: StartFigures[]) => figures.map((f) => f.healthMs);
const engines = (figures: StartFigures[]) => figures.map((f) => f.enginesReadyMs);
console.log(
  `cold start ${median(health(cold))} ms (${spread(health(cold))}), warm start ${median(health(warm))} ms (${spread(health(warm))}) over ${rounds} rounds`,
);
console.log(
  JSON.stringify({
    cold_start_ms: median(health(cold)),
    warm_start_ms: median(health(warm)),
    cold_engines_warm_ms: median(engines(cold)),
    warm_engines_warm_ms: median(engines(warm)),
    cold_start_spread_ms: spread(health(cold)),
    warm_start_spread_ms: spread(health(warm)),
    rounds,
  }),
);
