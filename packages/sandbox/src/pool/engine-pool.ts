import { Worker } from "node:worker_threads";
import { SandboxBusyError, SandboxUnavailableError } from "../errors.ts";
import { notRun, summarize } from "../harness/judge-outcome.ts";
import type {
  ParsedScratchRun,
  ParsedSubmission,
  RunResult,
  ScratchResult,
  TestResult,
} from "../submission.ts";
import type { PythonSnapshotSource } from "./python-snapshot.ts";
import { openThreadCpuTime } from "./thread-cpu-time.ts";
import { watch } from "./watchdog.ts";
import { workerEntries } from "./worker-bundle.ts";
import {
  type EngineKind,
  type HostMessage,
  type WorkerMessage,
  workerMessageSchema,
} from "./worker-protocol.ts";

export interface EnginePoolOptions {
  engine: EngineKind;
  /** Worker threads kept warm. */
  size: number;
  /** Tasks that may wait for a worker; past this the caller gets SandboxBusyError. */
  maxQueue: number;
  /** How much CPU time past a limit a worker may take to stop by itself before it is killed. */
  graceMs?: number;
  /** Pyodide only: where workers get the memory snapshot they start from (none: a full boot). */
  snapshot?: PythonSnapshotSource;
}

/** "warming" until every first worker is up; runs that arrive meanwhile wait in the queue. */
export type PoolState = "warming" | "ready" | "failed";

type TaskInput =
  | { type: "tests"; submission: ParsedSubmission; measure: boolean }
  | { type: "scratch"; run: ParsedScratchRun };

interface Task {
  id: number;
  input: TaskInput;
  partial: TestResult[];
  current: number;
  startedAt: number;
  resolve(result: RunResult | ScratchResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  interrupt: Int32Array;
  /** Written by the worker as it goes: [0] tests started, [1] answers finished (worker-protocol). */
  progress: Int32Array;
  /** The worker's CPU time when its current test started (ms), written by the worker. */
  testStartedCpu: Float64Array;
  /** The worker thread's CPU time, read from the operating system (Linux), while it lives. */
  cpuTime?: { read(): number | undefined; close(): void };
  ready: boolean;
  /** Said "ready" once: an error before that is a failed start, not a crash to replace. */
  booted: boolean;
  /** Rejects the spawn that is waiting for this worker to boot. */
  abandon(error: Error): void;
  task?: Task;
  /** Stop the watch on the whole answer's time limit, and on the current test's. */
  watches: { answer?: () => void; test?: () => void };
}

/**
 * A fixed number of warm worker threads for one engine, a bounded queue in front of them, and a
 * watchdog that interrupts, then kills and replaces, a worker that runs past its limits.
 */
export class EnginePool {
  readonly #options: Required<Omit<EnginePoolOptions, "snapshot">>;
  readonly #snapshotSource: PythonSnapshotSource | undefined;
  #snapshot: Uint8Array | undefined;
  #state: PoolState = "warming";
  #failure = "";
  readonly #slots = new Set<Slot>();
  readonly #queue: Task[] = [];
  #nextId = 1;
  #closed = false;
  #averageMs = 20;
  #replaced = 0;

  constructor(options: EnginePoolOptions) {
    const { snapshot, ...rest } = options;
    // A second of CPU time: an interrupted interpreter stops within milliseconds of it, and one
    // stuck in native code (a huge integer power) burns it; a kill voids the tests after.
    this.#options = { graceMs: 1_000, ...rest };
    this.#snapshotSource = snapshot;
  }

  /**
   * Starts every worker and resolves when all are warm. Pyodide workers start from the memory
   * snapshot when there is one (made first if needed); when none can be had, by a full boot.
   * When no worker can start, the runs waiting and every later one get SandboxUnavailableError.
   */
  async start(): Promise<void> {
    try {
      if (this.#snapshotSource) {
        this.#snapshot = await this.#snapshotSource.get().then(
          (snapshot) => snapshot.bytes,
          () => undefined,
        );
      }
      await Promise.all(Array.from({ length: this.#options.size }, () => this.#spawnWorker()));
      if (this.#state === "warming") this.#state = "ready";
    } catch (error: unknown) {
      this.#fail(`The ${this.#options.engine} runner could not start: ${String(error)}`);
      throw error;
    }
  }

  get state(): PoolState {
    return this.#state;
  }

  runTests(submission: ParsedSubmission, measure: boolean): Promise<RunResult> {
    return this.#enqueue({ type: "tests", submission, measure }) as Promise<RunResult>;
  }

  runScratch(run: ParsedScratchRun): Promise<ScratchResult> {
    return this.#enqueue({ type: "scratch", run }) as Promise<ScratchResult>;
  }

  stats() {
    const slots = [...this.#slots];
    return {
      engine: this.#options.engine,
      workers: slots.length,
      ready: slots.filter((s) => s.ready).length,
      busy: slots.filter((s) => s.task).length,
      queued: this.#queue.length,
      replaced: this.#replaced,
      state: this.#state,
      snapshot: this.#snapshot !== undefined,
    };
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0))
      task.reject(new SandboxUnavailableError("The code runner shut down."));
    await Promise.all([...this.#slots].map((slot) => this.#retire(slot)));
  }

  #fail(message: string): void {
    if (this.#closed) return;
    this.#state = "failed";
    this.#failure = message;
    for (const task of this.#queue.splice(0)) task.reject(new SandboxUnavailableError(message));
  }

  #enqueue(input: TaskInput): Promise<RunResult | ScratchResult> {
    if (this.#closed)
      return Promise.reject(new SandboxUnavailableError("The code runner shut down."));
    if (this.#state === "failed") return Promise.reject(new SandboxUnavailableError(this.#failure));
    const idle = [...this.#slots].some((slot) => slot.ready && !slot.task);
    if (!idle && this.#queue.length >= this.#options.maxQueue) {
      const waves = Math.ceil((this.#queue.length + 1) / this.#options.size);
      return Promise.reject(new SandboxBusyError(Math.max(50, Math.ceil(waves * this.#averageMs))));
    }
    return new Promise((resolve, reject) => {
      this.#queue.push({
        id: this.#nextId++,
        input,
        partial: [],
        current: -1,
        startedAt: 0,
        resolve,
        reject,
      });
      this.#dispatch();
    });
  }

  #dispatch(): void {
    for (const slot of this.#slots) {
      if (this.#queue.length === 0) return;
      if (!slot.ready || slot.task) continue;
      const task = this.#queue.shift() as Task;
      slot.task = task;
      task.startedAt = performance.now();
      Atomics.store(slot.interrupt, 0, 0);
      const limits =
        task.input.type === "tests" ? task.input.submission.limits : task.input.run.limits;
      const finished = Atomics.load(slot.progress, 1);
      slot.watches.answer = this.#watch(slot, limits.totalMs, {
        moved: () => Atomics.load(slot.progress, 1) !== finished,
        message: "The submission's time limit was reached.",
      });
      const message: HostMessage =
        task.input.type === "tests"
          ? {
              type: "tests",
              id: task.id,
              submission: task.input.submission,
              measure: task.input.measure,
            }
          : { type: "scratch", id: task.id, run: task.input.run };
      slot.worker.postMessage(message);
    }
  }

  /**
   * Once the worker has had `budgetMs` of CPU time for this work, ask the engine to stop (Python's
   * KeyboardInterrupt); once it has had the grace too, kill it. Nothing happens once the worker
   * has moved on, though its message saying so has not arrived yet.
   */
  #watch(
    slot: Slot,
    budgetMs: number,
    guard: { cpuFrom?: number; moved: () => boolean; message: string },
  ) {
    return watch({
      budgetMs,
      ...(slot.cpuTime === undefined || guard.cpuFrom === undefined
        ? {}
        : { cpuFrom: guard.cpuFrom }),
      graceMs: this.#options.graceMs,
      cpuMs: () => slot.cpuTime?.read(),
      moved: guard.moved,
      interrupt: () => Atomics.store(slot.interrupt, 0, 2),
      kill: () => this.#kill(slot, "timeout", guard.message),
    });
  }

  #stopWatches(slot: Slot): void {
    slot.watches.answer?.();
    slot.watches.test?.();
    slot.watches = {};
  }

  /** A worker from the snapshot; if it cannot start from it, the snapshot is dropped for a boot. */
  async #spawnWorker(): Promise<void> {
    const snapshot = this.#snapshot;
    try {
      await this.#spawn(snapshot);
    } catch (error: unknown) {
      if (!snapshot || this.#closed) throw error;
      if (this.#snapshot === snapshot) {
        this.#snapshot = undefined;
        await this.#snapshotSource?.discard().catch(() => {});
      }
      await this.#spawn(undefined);
    }
  }

  async #spawn(snapshot: Uint8Array | undefined): Promise<void> {
    const entry = (await workerEntries()).engine;
    if (this.#closed) throw new SandboxUnavailableError("The code runner shut down.");
    const interrupt = new Int32Array(new SharedArrayBuffer(4));
    const progress = new Int32Array(new SharedArrayBuffer(8));
    const testStartedCpu = new Float64Array(new SharedArrayBuffer(8));
    const python = this.#options.engine === "pyodide";
    const worker = new Worker(entry, {
      // Each worker gets its own copy of the snapshot: no memory is shared between workers.
      workerData: {
        engine: this.#options.engine,
        interrupt,
        progress,
        testStartedCpu,
        ...(snapshot ? { snapshot } : {}),
      },
      env: {},
      // Not the host's flags: a host run through tsx would load tsx again in every worker, and
      // the worker's code is plain JavaScript (or its boot file registers tsx itself).
      execArgv: [],
      stdout: true,
      stderr: true,
      resourceLimits: { stackSizeMb: python ? 8 : 32, maxOldGenerationSizeMb: python ? 512 : 256 },
    });
    worker.stdout.resume();
    worker.stderr.resume();
    return new Promise((resolve, reject) => {
      const slot: Slot = {
        worker,
        interrupt,
        progress,
        testStartedCpu,
        ready: false,
        booted: false,
        abandon: reject,
        watches: {},
      };
      this.#slots.add(slot);
      const failedStart = (error: Error) => {
        if (slot.booted) return false;
        reject(error);
        void this.#retire(slot);
        return true;
      };
      worker.on("message", (raw: unknown) => {
        const parsed = workerMessageSchema.safeParse(raw);
        if (!parsed.success)
          return this.#kill(slot, "error", "The code runner sent an unreadable answer.");
        if (parsed.data.type === "ready") {
          slot.booted = true;
          const { threadId } = parsed.data;
          if (threadId !== undefined) slot.cpuTime = openThreadCpuTime(threadId);
          resolve();
        }
        this.#onMessage(slot, parsed.data);
      });
      worker.on("error", (error: Error & { code?: string }) => {
        if (failedStart(error)) return;
        const memory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
        this.#kill(
          slot,
          memory ? "memory_limit" : "error",
          memory ? "Used more memory than allowed." : error.message,
        );
      });
      worker.on("exit", () => {
        if (failedStart(new Error("The code runner stopped while starting."))) return;
        if (this.#slots.has(slot))
          this.#kill(slot, "error", "The code runner stopped unexpectedly.");
      });
    });
  }

  #onMessage(slot: Slot, message: WorkerMessage): void {
    if (message.type === "ready" || message.type === "idle") {
      if (message.type === "idle" && !message.reusable) {
        this.#replace(slot);
        return;
      }
      slot.ready = true;
      this.#dispatch();
      return;
    }
    const task = slot.task;
    if (!task || task.id !== message.id) return;
    switch (message.type) {
      case "test-start": {
        task.current = message.index;
        slot.watches.test?.();
        if (task.input.type === "tests") {
          const started = Atomics.load(slot.progress, 0);
          const finished = Atomics.load(slot.progress, 1);
          slot.watches.test = this.#watch(slot, task.input.submission.limits.perTestMs, {
            cpuFrom: slot.testStartedCpu[0],
            moved: () =>
              Atomics.load(slot.progress, 0) !== started ||
              Atomics.load(slot.progress, 1) !== finished,
            message: "The test ran past its time limit.",
          });
        }
        return;
      }
      case "test-result":
        task.partial.push(message.result);
        return;
      case "done":
        this.#finish(slot, task, message.result);
        return;
      case "failed":
        this.#finish(slot, task, this.#synthesize(task, "error", message.message));
    }
  }

  #finish(slot: Slot, task: Task, result: RunResult | ScratchResult): void {
    this.#stopWatches(slot);
    slot.task = undefined;
    slot.ready = false;
    this.#averageMs = this.#averageMs * 0.9 + (performance.now() - task.startedAt) * 0.1;
    task.resolve(result);
  }

  /** Stops a worker that ran past its limits; the caller gets a verdict, the pool a fresh worker. */
  #kill(slot: Slot, verdict: "timeout" | "memory_limit" | "error", message: string): void {
    if (!this.#slots.has(slot)) return;
    const task = slot.task;
    if (task) this.#finish(slot, task, this.#synthesize(task, verdict, message));
    this.#replace(slot);
  }

  #synthesize(
    task: Task,
    verdict: "timeout" | "memory_limit" | "error",
    message: string,
  ): RunResult | ScratchResult {
    const elapsed = performance.now() - task.startedAt;
    const input = task.input;
    if (input.type === "scratch") {
      const engine = this.#options.engine;
      return {
        engine,
        language: input.run.language,
        status: verdict,
        stdout: "",
        stderr: message,
        timeMs: elapsed,
      };
    }
    const { submission } = input;
    const stoppedAt = task.partial.length;
    const tests = submission.tests.map((test, index): TestResult => {
      const done = task.partial[index];
      if (done) return done;
      if (index === stoppedAt) return { ...notRun(index, test, message), verdict, timeMs: elapsed };
      return notRun(index, test, "Not run: an earlier test stopped the submission.");
    });
    return {
      engine: this.#options.engine,
      language: submission.language,
      tests,
      summary: summarize(tests, elapsed),
    };
  }

  #replace(slot: Slot): void {
    void this.#retire(slot);
    if (this.#closed) return;
    this.#replaced++;
    this.#spawnWorker().catch((error: unknown) => {
      // A worker that cannot start is retried on the next replacement; callers see fewer workers,
      // and when none is left the runs waiting are refused instead of waiting for ever.
      if (this.#slots.size === 0)
        this.#fail(`The ${this.#options.engine} runner stopped: ${error}`);
    });
  }

  async #retire(slot: Slot): Promise<void> {
    if (!this.#slots.has(slot)) return;
    this.#slots.delete(slot);
    if (!slot.booted) slot.abandon(new SandboxUnavailableError("The code runner shut down."));
    this.#stopWatches(slot);
    slot.cpuTime?.close();
    await slot.worker.terminate();
  }
}
