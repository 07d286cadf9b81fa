import {
  newQuickJSWASMModuleFromVariant,
  type QuickJSContext,
  type QuickJSHandle,
  type QuickJSRuntime,
  type QuickJSWASMModule,
} from "quickjs-emscripten-core";
import { z } from "zod";
import { summarize } from "../../harness/judge-outcome.ts";
import type { RawOutcome } from "../../harness/raw-outcome.ts";
import { compileFailure, isClassTest, runTestLoop } from "../../harness/run-test-loop.ts";
import { type Deadline, deadlineAfter, type LimitClock } from "../../pool/thread-cpu-time.ts";
import { installWasmMemoryCap, type WasmMemoryCap } from "../../pool/wasm-memory-cap.ts";
import { jsonValue, type Limits, type ScratchResult } from "../../submission.ts";
import type { Engine } from "../engine.ts";
import { dropTopLevelExports, transpileTypeScript } from "./transpile-typescript.ts";
import { vmHarnessSource } from "./vm-harness.ts";

/**
 * QuickJS's own recursion guard (about 16 000 frames). It must trip before the worker's native
 * stack runs out, which is why JavaScript workers get a 32 MB stack (see the pool).
 */
const vmStackBytes = 4 * 1024 * 1024;

/** A worker whose WASM heap grew past this is replaced rather than kept at that size. */
const recycleAboveBytes = 256 * 1024 * 1024;

/** `clock`: what time limits count (the worker's CPU time; see thread-cpu-time.ts). */
export async function createQuickJsEngine({ clock }: { clock: LimitClock }): Promise<Engine> {
  // QuickJS's own memory limit does not count ArrayBuffer storage; the heap cap catches that.
  const memoryCap = installWasmMemoryCap();
  const quickjs = await newQuickJSWASMModuleFromVariant(
    import("@jitl/quickjs-wasmfile-release-sync"),
  );
  const heapBytes = () => quickjs.getWasmMemory().buffer.byteLength;
  const baselineBytes = heapBytes();
  const health = { broken: false };
  const capHeap = (limits: Limits) => {
    memoryCap.limitBytes = heapBytes() + limits.memoryMb * 1024 * 1024;
  };
  return {
    cleanUp: () => !health.broken && heapBytes() - baselineBytes < recycleAboveBytes,

    runTests(submission, measure, events) {
      const startedAt = performance.now();
      const source = prepareSource(submission.language, submission.code);
      if ("error" in source) return compileFailure("quickjs", submission, source.error, startedAt);
      capHeap(submission.limits);
      const deadline = deadlineAfter(submission.limits.totalMs, clock);
      const vm = openVm(quickjs, submission.limits, "", health, memoryCap, clock, deadline);
      try {
        const loaded = vm.evalScript(source.code);
        if (loaded.status !== "ok") {
          return compileFailure(
            "quickjs",
            submission,
            `While loading: ${loaded.message}`,
            startedAt,
          );
        }
        const entry = vm.lookup(submission.entry);
        if (!entry) {
          return compileFailure(
            "quickjs",
            submission,
            `Define a function or class named ${submission.entry}.`,
            startedAt,
          );
        }
        try {
          const tests = runTestLoop(submission, events, clock, deadline, (test, forTest) => {
            const [method, payload] = isClassTest(test)
              ? (["callClass", test.calls] as const)
              : (["callFunction", test.args] as const);
            const outcome = vm.callHarness(
              method,
              entry,
              JSON.stringify(payload),
              JSON.stringify(submission.adapters),
              forTest,
            );
            if (!measure && outcome.status === "ok") delete outcome.work;
            return outcome;
          });
          return {
            engine: "quickjs",
            language: submission.language,
            tests,
            summary: summarize(tests, performance.now() - startedAt),
          };
        } finally {
          entry.dispose();
        }
      } finally {
        vm.dispose();
      }
    },

    runScratch(run) {
      const startedAt = performance.now();
      const base = { engine: "quickjs", language: run.language } as const;
      const source = prepareSource(run.language, run.code);
      if ("error" in source) {
        return { ...base, status: "error", stdout: "", stderr: source.error, timeMs: 0 };
      }
      capHeap(run.limits);
      const deadline = deadlineAfter(run.limits.totalMs, clock);
      const vm = openVm(quickjs, run.limits, run.stdin, health, memoryCap, clock, deadline);
      try {
        const outcome = vm.evalScript(source.code);
        const result: ScratchResult = {
          ...base,
          status: outcome.status,
          stdout: outcome.stdout,
          stderr: outcome.status === "ok" ? "" : outcome.message,
          timeMs: performance.now() - startedAt,
        };
        return result;
      } finally {
        vm.dispose();
      }
    },
  };
}

function prepareSource(language: string, code: string): { code: string } | { error: string } {
  const plain = dropTopLevelExports(code);
  return language === "typescript" ? transpileTypeScript(plain) : { code: plain };
}

interface Vm {
  evalScript(code: string): RawOutcome;
  lookup(name: string): QuickJSHandle | undefined;
  callHarness(
    method: "callFunction" | "callClass",
    target: QuickJSHandle,
    payloadJson: string,
    adaptersJson: string,
    deadline: Deadline,
  ): RawOutcome;
  dispose(): void;
}

/**
 * A fresh runtime and context per submission: nothing survives from one candidate to the next.
 * Its code is interrupted at `deadline` (the whole run's), or at the one each harness call sets.
 */
function openVm(
  quickjs: QuickJSWASMModule,
  limits: Limits,
  stdin: string,
  health: { broken: boolean },
  memoryCap: WasmMemoryCap,
  clock: LimitClock,
  deadline: Deadline,
): Vm {
  const runtime: QuickJSRuntime = quickjs.newRuntime();
  runtime.setMemoryLimit(limits.memoryMb * 1024 * 1024);
  runtime.setMaxStackSize(vmStackBytes);
  const state = {
    deadline,
    /** The wall time before which the deadline cannot have passed: the clock is read only then. */
    checkAt: deadline.earliest,
    ticks: 0,
    /** Ticks when the candidate's own call began and ended (see the harness's \`mark\`). */
    workFrom: -1,
    workTo: -1,
    output: "",
    overflow: false,
  };
  // Called every few thousand steps: the wall clock is cheap, the CPU clock a system call, so it
  // is read only once the deadline could have passed, and the next check is set by what is left.
  runtime.setInterruptHandler(() => {
    state.ticks++;
    if (state.overflow) return true;
    const wall = performance.now();
    if (wall < state.checkAt) return false;
    if (wall >= state.deadline.wall) return true;
    const left = state.deadline.clock - clock();
    if (left <= 0) return true;
    state.checkAt = Math.min(wall + left, state.deadline.wall);
    return false;
  });
  const context: QuickJSContext = runtime.newContext();
  const stdinLines = stdin.length > 0 ? stdin.replace(/\n$/, "").split("\n") : [];

  const write = context.newFunction("write", (text) => {
    if (state.overflow) return;
    state.output += context.getString(text);
    if (Buffer.byteLength(state.output) > limits.outputBytes) {
      state.output = state.output.slice(0, limits.outputBytes);
      state.overflow = true;
    }
  });
  const readLine = context.newFunction("readline", () => {
    const line = stdinLines.shift();
    return line === undefined ? context.null : context.newString(line);
  });
  const mark = context.newFunction("mark", (edge) => {
    if (context.getNumber(edge) === 0) state.workFrom = state.ticks;
    else state.workTo = state.ticks;
  });
  const factory = context.unwrapResult(context.evalCode(vmHarnessSource, "mentara-harness.js"));
  const harness = context.unwrapResult(
    context.callFunction(factory, context.undefined, write, readLine, mark),
  );
  factory.dispose();
  write.dispose();
  readLine.dispose();
  mark.dispose();

  const takeOutput = () => {
    const text = state.output;
    state.output = "";
    return text;
  };

  const failure = (error: QuickJSHandle, startedAt: number): RawOutcome => {
    const dumped: unknown = context.dump(error);
    error.dispose();
    const base = { stdout: takeOutput(), timeMs: performance.now() - startedAt };
    const { name, message, where } = describeError(dumped);
    if (state.overflow) {
      return {
        ...base,
        status: "output_limit",
        message: `Printed more than ${limits.outputBytes} bytes.`,
      };
    }
    if (message === "interrupted") {
      return { ...base, status: "timeout", message: "Ran past its time limit." };
    }
    if (/out of memory/i.test(message) || memoryCap.refusals > 0) {
      return {
        ...base,
        status: "memory_limit",
        message: `Used more than ${limits.memoryMb} MB of memory.`,
      };
    }
    if (/stack overflow|call stack/i.test(message)) {
      return { ...base, status: "error", message: "Recursion went too deep (stack overflow)." };
    }
    return { ...base, status: "error", message: `${name}: ${message}${where}` };
  };

  return {
    evalScript(code) {
      const startedAt = performance.now();
      const result = context.evalCode(code, "solution.js");
      if (result.error) return failure(result.error, startedAt);
      result.value.dispose();
      return {
        status: "ok",
        value: null,
        stdout: takeOutput(),
        timeMs: performance.now() - startedAt,
      };
    },

    lookup(name) {
      const result = context.evalCode(
        `typeof ${name} === "function" ? ${name} : undefined`,
        "mentara-entry.js",
      );
      if (result.error) {
        result.error.dispose();
        return undefined;
      }
      if (context.typeof(result.value) !== "function") {
        result.value.dispose();
        return undefined;
      }
      return result.value;
    },

    callHarness(method, target, payloadJson, adaptersJson, forCall) {
      state.deadline = forCall;
      state.checkAt = forCall.earliest;
      state.ticks = 0;
      state.workFrom = -1;
      state.workTo = -1;
      const startedAt = performance.now();
      const fn = context.getProp(harness, method);
      const payload = context.newString(payloadJson);
      const adapters = context.newString(adaptersJson);
      const result = context.callFunction(fn, harness, target, payload, adapters);
      fn.dispose();
      payload.dispose();
      adapters.dispose();
      if (result.error) return failure(result.error, startedAt);
      const text = context.getString(result.value);
      result.value.dispose();
      const timeMs = performance.now() - startedAt;
      const value = jsonValue.safeParse(JSON.parse(text));
      if (!value.success) {
        return {
          status: "error",
          message: "The result could not be read as JSON.",
          stdout: takeOutput(),
          timeMs,
        };
      }
      // The candidate's own work: without turning inputs into lists or trees and results back.
      const work =
        state.workFrom >= 0 && state.workTo >= state.workFrom
          ? state.workTo - state.workFrom
          : state.ticks;
      return { status: "ok", value: value.data, stdout: takeOutput(), timeMs, work };
    },

    dispose() {
      try {
        harness.dispose();
        context.dispose();
        runtime.dispose();
      } catch {
        // QuickJS aborts when a runtime is left inconsistent; this module instance is done for.
        health.broken = true;
      }
    },
  };
}

const dumpedError = z.object({
  name: z.string().catch("Error"),
  message: z.string(),
  stack: z.string().catch(""),
});

function describeError(dumped: unknown): { name: string; message: string; where: string } {
  const parsed = dumpedError.safeParse(dumped);
  if (!parsed.success)
    return { name: "Thrown", message: JSON.stringify(dumped) ?? "undefined", where: "" };
  const frame = /solution\.js:(\d+)/.exec(parsed.data.stack);
  return { ...parsed.data, where: frame ? ` (line ${frame[1]})` : "" };
}
