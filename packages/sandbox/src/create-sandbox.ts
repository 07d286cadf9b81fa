import { SandboxUnavailableError } from "./errors.ts";
import { EnginePool } from "./pool/engine-pool.ts";
import {
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
}

export interface Sandbox {
  /** Runs a submission against its tests. Throws ZodError on a malformed submission. */
  run(submission: Submission, options?: { measure?: boolean }): Promise<RunResult>;
  /** Runs a whole program with stdin, without tests. */
  runScratch(run: ScratchRun): Promise<ScratchResult>;
  stats(): ReturnType<EnginePool["stats"]>[];
  close(): Promise<void>;
}

/** Starts the pools and resolves once every worker is warm, so no request pays a cold start. */
export async function createSandbox(config: SandboxConfig): Promise<Sandbox> {
  const js =
    config.jsWorkers > 0
      ? new EnginePool({ engine: "quickjs", size: config.jsWorkers, maxQueue: config.maxQueue })
      : undefined;
  const python =
    config.pythonWorkers > 0
      ? new EnginePool({ engine: "pyodide", size: config.pythonWorkers, maxQueue: config.maxQueue })
      : undefined;
  await Promise.all([js?.start(), python?.start()]);
  const pools = [js, python].filter((p): p is EnginePool => p !== undefined);

  const poolFor = (language: Submission["language"]): EnginePool => {
    const pool = language === "python" ? python : js;
    if (!pool) {
      const setting = language === "python" ? "SANDBOX_PYTHON_WORKERS" : "SANDBOX_JS_WORKERS";
      throw new SandboxUnavailableError(
        `${language} runs are turned off here; set ${setting} above 0.`,
      );
    }
    return pool;
  };

  return {
    async run(submission, options = {}) {
      const parsed = submissionSchema.parse(submission);
      return poolFor(parsed.language).runTests(parsed, options.measure ?? false);
    },
    async runScratch(run) {
      const parsed = scratchRunSchema.parse(run);
      return poolFor(parsed.language).runScratch(parsed);
    },
    stats: () => pools.map((p) => p.stats()),
    async close() {
      await Promise.all(pools.map((p) => p.close()));
    },
  };
}
