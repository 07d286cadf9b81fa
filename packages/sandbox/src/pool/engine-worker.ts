import "./use-jitless-zod.ts";
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import type { Engine } from "../engines/engine.ts";
import { currentThreadId, openLimitClock } from "./thread-cpu-time.ts";
import {
  type HostMessage,
  hostMessageSchema,
  type WorkerMessage,
  workerSettingsSchema,
} from "./worker-protocol.ts";

const port = parentPort;
if (!port) throw new Error("engine-worker runs only inside a worker thread");
const post = (message: WorkerMessage) => port.postMessage(message);
const settings = workerSettingsSchema.parse(workerData);
const { progress, testStartedCpu } = settings;
// Limits count this thread's CPU time; opened before the engine locks the worker down.
const clock = openLimitClock();
const threadId = clock.countsCpu ? currentThreadId() : undefined;

// Each worker loads only its own engine's code: a Python worker is up sooner without QuickJS's.
const engine: Engine =
  settings.engine === "quickjs"
    ? await (await import("../engines/quickjs/quickjs-engine.ts")).createQuickJsEngine({ clock })
    : await (await import("../engines/pyodide/pyodide-engine.ts")).createPyodideEngine({
        clock,
        interrupt: settings.interrupt,
        snapshot: settings.snapshot,
      });
// The snapshot's bytes are in the interpreter's memory now; let the copy go.
settings.snapshot = undefined;
(workerData as { snapshot?: unknown }).snapshot = undefined;

// Candidate code must never starve the host's event loop: on Linux this lowers the priority of this
// worker thread only, so the API thread wins the CPU when both want it. Only now, before any
// candidate code: loading the engine is our own code, and at the lowest priority a busy machine
// would stretch a worker's start (and a replacement's) from under a second to several.
try {
  setPriority(0, 19);
} catch {
  // Not permitted on this platform; the pool still bounds how long code may run.
}

function handle(message: HostMessage): void {
  const { id } = message;
  if (message.type === "scratch") {
    const result = engine.runScratch(message.run);
    Atomics.add(progress, 1, 1);
    post({ type: "done", id, result });
    return;
  }
  const result = engine.runTests(message.submission, message.measure, {
    onTestStart: (index, clockReading) => {
      testStartedCpu[0] = clockReading;
      Atomics.add(progress, 0, 1);
      post({ type: "test-start", id, index });
    },
    onTestResult: (testResult) => post({ type: "test-result", id, result: testResult }),
  });
  Atomics.add(progress, 1, 1);
  post({ type: "done", id, result });
}

port.on("message", (raw: unknown) => {
  const parsed = hostMessageSchema.safeParse(raw);
  if (!parsed.success) return;
  try {
    handle(parsed.data);
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    Atomics.add(progress, 1, 1);
    post({ type: "failed", id: parsed.data.id, message });
  }
  post({ type: "idle", reusable: engine.cleanUp() });
});
post({ type: "ready", ...(threadId === undefined ? {} : { threadId }) });
