import type { PistonConfig } from "./engines/piston/piston-engine.ts";
import { SandboxBusyError, SandboxUnavailableError } from "./errors.ts";
import { defaultCacheDir } from "./pool/cache-dir.ts";
import { EnginePool, type PoolState } from "./pool/engine-pool.ts";
import { pythonSnapshotSource } from "./pool/python-snapshot.ts";
import {
  type LocalLanguage,
  localLanguages,
  type RunResult,
  type ScratchResult,
  type ScratchRun,
  type Submission,
  scratchRunSchema,
  submissionSchema,
} from "./submission.ts";

export interface SandboxConfig {
  /** Warm QuickJS workers for JavaScript and TypeScript (0 turns them off). */
  jsWorkers: number;
  /** Warm Pyodide workers for Python (0 turns Python off; each costs about 200 MB). */
  pythonWorkers: number;
  /** Submissions that may wait per engine before callers are told to retry. */
  maxQueue: number;
  /**
   * A Piston cluster for languages the WASM engines lack and for load: "overflow" sends a run
   * there when the local queue is full, "always" sends every run there.
   */
  piston?: PistonConfig & { mode: "overflow" | "always" };
  /**
   * Where Pyodide's memory snapshot is kept (made there on first use, remade when Pyodide
   * changes); by default a cache folder beside the installed Pyodide. false: every Python worker
   * boots Python in full (seconds instead of well under one).
   */
  pythonSnapshotDir?: string | false;
  /**
   * true (the default): resolve once every worker is warm. false: resolve at once while the
   * workers warm up; runs that arrive meanwhile wait for them, and `engines()` says which are warm.
   */
  waitForWarmUp?: boolean;
}

/** Each local engine's state: "off" when it has no workers configured. */
export type EngineStates = Record<"quickjs" | "pyodide", PoolState | "off">;

export interface Sandbox {
  /** Runs a submission against its tests. Throws ZodError on a malformed submission. */
  run(submission: Submission, options?: { measure?: boolean }): Promise<RunResult>;
  /** Runs a whole program with stdin, without tests. */
  runScratch(run: ScratchRun): Promise<ScratchResult>;
  stats(): ReturnType<EnginePool["stats"]>[];
  engines(): EngineStates;
  /** Resolves once every engine has finished warming up (ready or failed), with their states. */
  whenWarm(): Promise<EngineStates>;
  close(): Promise<void>;
}

/**
 * Starts the pools; by default resolves once every worker is warm, so no request pays a cold
 * start. With `waitForWarmUp: false` a server can answer while they warm.
 */
export async function createSandbox(config: SandboxConfig): Promise<Sandbox> {
  const js =
    config.jsWorkers > 0
      ? new EnginePool({ engine: "quickjs", size: config.jsWorkers, maxQueue: config.maxQueue })
      : undefined;
  const snapshotDir = config.pythonSnapshotDir ?? defaultCacheDir;
  const python =
    config.pythonWorkers > 0
      ? new EnginePool({
          engine: "pyodide",
          size: config.pythonWorkers,
          maxQueue: config.maxQueue,
          ...(snapshotDir ? { snapshot: pythonSnapshotSource(snapshotDir) } : {}),
        })
      : undefined;
  const warm = Promise.all([js?.start(), python?.start()]);
  if (config.waitForWarmUp ?? true) {
    try {
      await warm;
    } catch (error: unknown) {
      await Promise.all([js?.close(), python?.close()]);
      throw error;
    }
  } else {
    // The pools remember a failed start; engines() reports it and runs are refused with it.
    warm.catch(() => {});
  }
  const engines = (): EngineStates => ({
    quickjs: js?.state ?? "off",
    pyodide: python?.state ?? "off",
  });
  const pools = [js, python].filter((p): p is EnginePool => p !== undefined);

  // Loaded only when configured: it brings the TypeScript transpiler onto the server's thread.
  const piston = config.piston
    ? (await import("./engines/piston/piston-engine.ts")).createPistonEngine(config.piston)
    : undefined;
  const isLocal = (language: string): language is LocalLanguage =>
    (localLanguages as readonly string[]).includes(language);

  const poolFor = (language: LocalLanguage): EnginePool => {
    const pool = language === "python" ? python : js;
    if (!pool) {
      throw new SandboxUnavailableError(
        `${language} runs are turned off here.`,
        language === "python" ? "python" : "javascript",
      );
    }
    return pool;
  };

  return {
    async run(submission, options = {}) {
      const parsed = submissionSchema.parse(submission);
      const measure = options.measure ?? false;
      // Work counts come only from the local engines, so measured runs always stay here.
      if (piston && !measure && config.piston?.mode === "always") return piston.runTests(parsed);
      try {
        return await poolFor(parsed.language).runTests(parsed, measure);
      } catch (error: unknown) {
        if (piston && !measure && error instanceof SandboxBusyError) return piston.runTests(parsed);
        throw error;
      }
    },
    async runScratch(run) {
      const parsed = scratchRunSchema.parse(run);
      if (!isLocal(parsed.language) || config.piston?.mode === "always") {
        if (!piston) {
          throw new SandboxUnavailableError(
            `${parsed.language} needs a Piston runner, and none is configured.`,
            "piston",
          );
        }
        return piston.runScratch(parsed);
      }
      try {
        return await poolFor(parsed.language).runScratch(parsed);
      } catch (error: unknown) {
        if (piston && error instanceof SandboxBusyError) return piston.runScratch(parsed);
        throw error;
      }
    },
    stats: () => pools.map((p) => p.stats()),
    engines,
    whenWarm: () => warm.then(engines, engines),
    async close() {
      await Promise.all(pools.map((p) => p.close()));
    },
  };
}
