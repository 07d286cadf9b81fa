import { readFileSync } from "node:fs";
import { loadPyodide, type PyodideAPI } from "pyodide";
import { summarize } from "../../harness/judge-outcome.ts";
import { type RawOutcome, rawOutcomeSchema } from "../../harness/raw-outcome.ts";
import { compileFailure, isClassTest, runTestLoop } from "../../harness/run-test-loop.ts";
import { hardenWorkerRealm } from "../../pool/harden-worker-realm.ts";
import { deadlineAfter, type LimitClock } from "../../pool/thread-cpu-time.ts";
import { installWasmMemoryCap } from "../../pool/wasm-memory-cap.ts";
import type { Engine } from "../engine.ts";
import { pyodideIndexUrl } from "./pyodide-index-url.ts";

const harnessSource = [
  readFileSync(new URL("./python-structures.py", import.meta.url), "utf8"),
  readFileSync(new URL("./python-harness.py", import.meta.url), "utf8"),
].join("\n");

export interface PyodideEngineOptions {
  /** What the submission's time limit counts (the worker's CPU time); the pool stops each test. */
  clock: LimitClock;
  /** Shared with the pool: the pool writes 2 to raise KeyboardInterrupt in the running test. */
  interrupt: Int32Array;
  /** A memory snapshot (make-python-snapshot.ts) to start from: under a second instead of seconds. */
  snapshot?: Uint8Array;
}

type PyCallable = ((...args: unknown[]) => unknown) & { destroy?: () => void };

export async function createPyodideEngine(options: PyodideEngineOptions): Promise<Engine> {
  const memory = installWasmMemoryCap();
  const pyodide: PyodideAPI = await loadPyodide({
    indexURL: pyodideIndexUrl,
    stdout: () => {},
    stderr: () => {},
    env: {},
    ...(options.snapshot ? { _loadSnapshot: options.snapshot } : {}),
  });
  pyodide.setInterruptBuffer(options.interrupt);
  // Python's own compile and exec: runPython parses through the ast module first, which cost a
  // worker's start 100–200 ms for the harness alone (decision 016).
  pyodide.globals.set("__mentara_harness__", harnessSource);
  pyodide.runPython(
    "exec(compile(__mentara_harness__, 'mentara_harness.py', 'exec'), globals())\ndel __mentara_harness__",
  );
  const fn = (name: string) => pyodide.globals.get(name) as PyCallable;
  const prepare = fn("mentara_prepare");
  const call = fn("mentara_call");
  const scratch = fn("mentara_scratch");
  const isClean = fn("mentara_is_clean");
  pyodide.unregisterJsModule("js");
  pyodide.unregisterJsModule("pyodide_js");
  hardenWorkerRealm();
  isClean();

  const baselineBytes = currentHeapBytes(pyodide);
  const health = { broken: false };

  /** Calls into Python; a fatal Pyodide error marks the worker for replacement. */
  const invoke = (target: PyCallable, ...args: unknown[]): RawOutcome => {
    Atomics.store(options.interrupt, 0, 0);
    try {
      const parsed = rawOutcomeSchema.safeParse(JSON.parse(String(target(...args))));
      if (parsed.success) return parsed.data;
      return {
        status: "error",
        message: "The result could not be read as JSON.",
        stdout: "",
        timeMs: 0,
      };
    } catch (error: unknown) {
      health.broken = true;
      const message =
        error instanceof Error
          ? (error.message.split("\n").at(-2) ?? error.message)
          : String(error);
      return {
        status: "error",
        message: `The Python runtime failed: ${message}`,
        stdout: "",
        timeMs: 0,
      };
    }
  };

  return {
    cleanUp() {
      if (health.broken) return false;
      try {
        const grown = currentHeapBytes(pyodide) > baselineBytes + 64 * 1024 * 1024;
        return !grown && isClean() === true;
      } catch {
        return false;
      }
    },

    runTests(submission, measure, events) {
      const startedAt = performance.now();
      const deadline = deadlineAfter(submission.limits.totalMs, options.clock);
      memory.limitBytes = baselineBytes + submission.limits.memoryMb * 1024 * 1024;
      const loaded = invoke(
        prepare,
        submission.code,
        submission.entry,
        submission.limits.outputBytes,
      );
      if (loaded.status !== "ok") {
        return compileFailure("pyodide", submission, loaded.message, startedAt);
      }
      const tests = runTestLoop(submission, events, options.clock, deadline, (test) => {
        const payload = isClassTest(test) ? test.calls : test.args;
        return invoke(
          call,
          JSON.stringify(payload),
          JSON.stringify(submission.adapters),
          isClassTest(test),
          measure,
        );
      });
      return {
        engine: "pyodide",
        language: "python",
        tests,
        summary: summarize(tests, performance.now() - startedAt),
      };
    },

    runScratch(run) {
      memory.limitBytes = baselineBytes + run.limits.memoryMb * 1024 * 1024;
      const outcome = invoke(scratch, run.code, run.stdin, run.limits.outputBytes);
      return {
        engine: "pyodide",
        language: "python",
        status: outcome.status,
        stdout: outcome.stdout,
        stderr: outcome.status === "ok" ? "" : outcome.message,
        timeMs: outcome.timeMs,
      };
    },
  };
}

function currentHeapBytes(pyodide: PyodideAPI): number {
  return (pyodide as unknown as { _module: { HEAP8: Int8Array } })._module.HEAP8.byteLength;
}
