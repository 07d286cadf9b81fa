/**
 * Code-runner figures for issue #2: warm latency per language, cold starts, throughput on both
 * cores, memory held by the pools, and how much faster the pools are than a fresh `node` or
 * `python3` process per submission doing the same work. The last line is one JSON object.
 *
 * Python cold starts (issue #19): `py_cold_ms` is a one-worker pool started from Pyodide's memory
 * snapshot read from its file (made first if missing, not timed), `py_boot_ms` the same pool
 * booting Python in full without it (the figure before snapshots), and `py_replace_ms` how long
 * a pool takes to have a worker again after a program forced its replacement.
 *
 *   npm run bench:sandbox            (about a minute)
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createSandbox } from "../packages/sandbox/src/create-sandbox.ts";
import {
  javascriptDriver,
  pythonDriver,
} from "../packages/sandbox/src/engines/piston/piston-drivers.ts";
import { defaultCacheDir } from "../packages/sandbox/src/pool/cache-dir.ts";
import { EnginePool } from "../packages/sandbox/src/pool/engine-pool.ts";
import {
  type PythonSnapshotSource,
  pythonSnapshotSource,
} from "../packages/sandbox/src/pool/python-snapshot.ts";
import { type Submission, submissionSchema } from "../packages/sandbox/src/submission.ts";
import { percentile, round } from "./figures.ts";

const round2 = (value: number) => round(value, 2);

const warmRuns = Number(process.env.BENCH_RUNS ?? 200);
const subprocessRuns = 20;

const tests = Array.from({ length: 20 }, (_, i) => {
  const nums = [i, i + 1, i + 2, 7];
  return { args: [nums, 7], expected: nums.filter((x) => x !== 7).reduce((a, b) => a + b, 0) };
});
const code = {
  javascript:
    "function sumExcept(nums, skip) {\n  let total = 0;\n  for (const n of nums) if (n !== skip) total += n;\n  return total;\n}",
  typescript:
    "function sumExcept(nums: number[], skip: number): number {\n  let total = 0;\n  for (const n of nums) if (n !== skip) total += n;\n  return total;\n}",
  python:
    "def sumExcept(nums, skip):\n    total = 0\n    for n in nums:\n        if n != skip:\n            total += n\n    return total",
};
const submission = (language: keyof typeof code): Submission => ({
  language,
  code: code[language],
  entry: "sumExcept",
  tests,
});

const rssMb = () => process.memoryUsage.rss() / 1024 / 1024;

async function time<T>(action: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function coldStart(
  engine: "quickjs" | "pyodide",
  snapshot?: PythonSnapshotSource,
): Promise<number> {
  const pool = new EnginePool({ engine, size: 1, maxQueue: 1, ...(snapshot ? { snapshot } : {}) });
  const ms = await time(() => pool.start());
  await pool.close();
  return ms;
}

/** From a program that leaves the interpreter altered to its pool having a warm worker again. */
async function replaceMs(): Promise<number> {
  const sandbox = await createSandbox({ jsWorkers: 0, pythonWorkers: 1, maxQueue: 1 });
  await sandbox.runScratch({ language: "python", code: "import json\njson.altered = True" });
  const started = performance.now();
  while (sandbox.stats()[0]?.ready !== 1 || sandbox.stats()[0]?.replaced !== 1)
    await new Promise((resolve) => setTimeout(resolve, 5));
  const ms = performance.now() - started;
  await sandbox.close();
  return ms;
}

function subprocessMs(language: "javascript" | "python"): number {
  const dir = mkdtempSync(join(tmpdir(), "bench-sandbox-"));
  const parsed = submissionSchema.parse(submission(language));
  const marker = "@@result@@";
  const file = join(dir, language === "python" ? "main.py" : "main.js");
  const program =
    language === "python"
      ? pythonDriver(parsed.code, parsed.entry, parsed.tests, parsed.adapters, marker)
      : javascriptDriver(parsed.code, parsed.entry, parsed.tests, parsed.adapters, marker);
  writeFileSync(file, program);
  const times: number[] = [];
  for (let i = 0; i < subprocessRuns; i++) {
    const started = performance.now();
    const child = spawnSync(language === "python" ? "python3" : "node", [file], {
      encoding: "utf8",
    });
    const lines = child.stdout.split("\n").filter((l) => l.startsWith(marker));
    if (lines.length !== tests.length)
      throw new Error(`subprocess ${language} ran ${lines.length} tests: ${child.stderr}`);
    times.push(performance.now() - started);
  }
  return percentile(times, 50);
}

const baselineRss = rssMb();
const jsCold = await coldStart("quickjs");
// The snapshot file exists after this; each timed start below reads it anew (a trailing slash
// names the same folder as a new source, so nothing is kept in memory between them).
await pythonSnapshotSource(defaultCacheDir).get();
const pyColds: number[] = [];
for (let i = 1; i <= 3; i++)
  pyColds.push(
    await coldStart("pyodide", pythonSnapshotSource(`${defaultCacheDir}${"/".repeat(i)}`)),
  );
const pyCold = percentile(pyColds, 50);
const pyBoot = await coldStart("pyodide");
const pyReplace = await replaceMs();
console.log(
  `cold start: QuickJS worker ${round2(jsCold)} ms, Pyodide worker from the snapshot ${round2(pyCold)} ms (${pyColds.map(round2).join(", ")}), booting in full ${round2(pyBoot)} ms; a replaced Python worker is back in ${round2(pyReplace)} ms`,
);

const sandbox = await createSandbox({ jsWorkers: 2, pythonWorkers: 2, maxQueue: 64 });
const poolRss = rssMb() - baselineRss;

const warm: Record<string, number[]> = { javascript: [], typescript: [], python: [] };
for (const language of ["javascript", "typescript", "python"] as const) {
  for (let i = 0; i < 10; i++) await sandbox.run(submission(language));
  for (let i = 0; i < warmRuns; i++) {
    const started = performance.now();
    const result = await sandbox.run(submission(language));
    warm[language]?.push(performance.now() - started);
    if (result.summary.passed !== tests.length)
      throw new Error(`${language} failed: ${JSON.stringify(result.summary)}`);
  }
  const values = warm[language] ?? [];
  console.log(
    `${language} warm: p50 ${round2(percentile(values, 50))} ms, p95 ${round2(percentile(values, 95))} ms (${warmRuns} runs of 20 tests)`,
  );
}

const languages = ["javascript", "typescript", "python"] as const;
const throughputMs = 5_000;
let completed = 0;
const deadline = performance.now() + throughputMs;
await Promise.all(
  Array.from({ length: 8 }, async (_, lane) => {
    let k = lane;
    while (performance.now() < deadline) {
      await sandbox.run(submission(languages[k++ % languages.length] ?? "javascript"));
      completed++;
    }
  }),
);
const submissionsPerS = completed / (throughputMs / 1000);
console.log(
  `throughput: ${round2(submissionsPerS)} submissions/s, mixed languages, 2+2 workers, 8 in flight`,
);
await sandbox.close();

const jsSubprocess = subprocessMs("javascript");
const pySubprocess = subprocessMs("python");
const jsWarmP50 = percentile(warm.javascript ?? [], 50);
const pyWarmP50 = percentile(warm.python ?? [], 50);
console.log(
  `subprocess per submission: node ${round2(jsSubprocess)} ms, python3 ${round2(pySubprocess)} ms`,
);

console.log(
  JSON.stringify({
    js_warm_p50_ms: round2(jsWarmP50),
    js_warm_p95_ms: round2(percentile(warm.javascript ?? [], 95)),
    ts_warm_p50_ms: round2(percentile(warm.typescript ?? [], 50)),
    py_warm_p50_ms: round2(pyWarmP50),
    py_warm_p95_ms: round2(percentile(warm.python ?? [], 95)),
    js_cold_ms: round2(jsCold),
    py_cold_ms: round2(pyCold),
    py_boot_ms: round2(pyBoot),
    py_cold_vs_boot: round2(pyBoot / pyCold),
    py_replace_ms: round2(pyReplace),
    submissions_per_s: round2(submissionsPerS),
    pool_rss_mb: round2(poolRss),
    js_vs_subprocess: round2(jsSubprocess / jsWarmP50),
    py_vs_subprocess: round2(pySubprocess / pyWarmP50),
  }),
);
