import { randomBytes } from "node:crypto";
import { z } from "zod";
import { SandboxUnavailableError } from "../../errors.ts";
import { judgeOutcome, notRun, summarize } from "../../harness/judge-outcome.ts";
import { rawOutcomeSchema } from "../../harness/raw-outcome.ts";
import { compileFailure } from "../../harness/run-test-loop.ts";
import type {
  Limits,
  ParsedSubmission,
  RunResult,
  ScratchResult,
  TestResult,
} from "../../submission.ts";
import { transpileTypeScript } from "../quickjs/transpile-typescript.ts";
import { javascriptDriver, pythonDriver } from "./piston-drivers.ts";

export interface PistonConfig {
  /** Base URL of a Piston API, such as http://piston:2000. */
  url: string;
  /** Piston's name and version for each language; versions may be semver ranges such as "3.x". */
  runtimes?: Record<string, { language: string; version: string }>;
  /** How long to wait for Piston beyond the run's own time limit. */
  slackMs?: number;
}

export interface PistonScratchRun {
  language: string;
  code: string;
  stdin: string;
  limits: Limits;
}

const defaultRuntimes: Record<string, { language: string; version: string }> = {
  javascript: { language: "javascript", version: "*" },
  python: { language: "python", version: "3.x" },
};

const stageSchema = z.object({
  stdout: z.string().default(""),
  stderr: z.string().default(""),
  code: z.number().nullable().default(null),
  signal: z.string().nullable().default(null),
  status: z.string().nullable().optional(),
  message: z.string().nullable().optional(),
});
const executeResponseSchema = z.object({
  language: z.string(),
  version: z.string(),
  run: stageSchema,
  compile: stageSchema.optional(),
});
type Stage = z.infer<typeof stageSchema>;

/**
 * Sends runs to a Piston cluster (`POST /api/v2/execute`), so more languages and more load can
 * go to a separately scaled runner. Test runs use a driver program that reports each test's
 * outcome on its own marked line; outcomes are judged here, so expected values never leave.
 */
export function createPistonEngine(config: PistonConfig) {
  const runtimes = { ...defaultRuntimes, ...config.runtimes };
  const endpoint = new URL("/api/v2/execute", config.url);

  async function execute(
    language: string,
    fileName: string,
    content: string,
    stdin: string,
    limits: Limits,
  ) {
    const runtime = runtimes[language] ?? { language, version: "*" };
    const body = {
      language: runtime.language,
      version: runtime.version,
      files: [{ name: fileName, content }],
      stdin,
      run_timeout: limits.totalMs,
      compile_timeout: 10_000,
      run_memory_limit: limits.memoryMb * 1024 * 1024,
    };
    let response: Response;
    try {
      response = await fetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(limits.totalMs + 10_000 + (config.slackMs ?? 5_000)),
      });
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new SandboxUnavailableError(
        `The Piston runner at ${config.url} did not answer (${reason}).`,
      );
    }
    const payload: unknown = await response.json().catch(() => null);
    if (!response.ok) {
      const message = z.object({ message: z.string() }).safeParse(payload);
      const detail = message.success ? message.data.message : `HTTP ${response.status}`;
      throw new SandboxUnavailableError(`The Piston runner refused the run: ${detail}.`);
    }
    const parsed = executeResponseSchema.safeParse(payload);
    if (!parsed.success)
      throw new SandboxUnavailableError(
        "The Piston runner sent an answer this version cannot read.",
      );
    return parsed.data;
  }

  return {
    async runTests(submission: ParsedSubmission): Promise<RunResult> {
      const startedAt = performance.now();
      const marker = `\u0001mentara-${randomBytes(8).toString("hex")}\u0001`;
      let program: { language: string; file: string; content: string };
      if (submission.language === "python") {
        program = {
          language: "python",
          file: "solution.py",
          content: pythonDriver(
            submission.code,
            submission.entry,
            submission.tests,
            submission.adapters,
            marker,
          ),
        };
      } else {
        const source =
          submission.language === "typescript"
            ? transpileTypeScript(submission.code)
            : { code: submission.code };
        if ("error" in source) return compileFailure("piston", submission, source.error, startedAt);
        program = {
          language: "javascript",
          file: "solution.js",
          content: javascriptDriver(
            source.code,
            submission.entry,
            submission.tests,
            submission.adapters,
            marker,
          ),
        };
      }
      const answer = await execute(
        program.language,
        program.file,
        program.content,
        "",
        submission.limits,
      );
      if (answer.compile && answer.compile.code !== 0) {
        return compileFailure(
          "piston",
          submission,
          lastLines(answer.compile.stderr || answer.compile.stdout),
          startedAt,
        );
      }
      const outcomes = answer.run.stdout
        .split("\n")
        .filter((line) => line.startsWith(marker))
        .map((line) => rawOutcomeSchema.safeParse(JSON.parse(line.slice(marker.length))));
      if (outcomes.length === 0 && answer.run.code !== 0 && !stoppedByLimit(answer.run)) {
        return compileFailure(
          "piston",
          submission,
          `While loading: ${lastLines(answer.run.stderr)}`,
          startedAt,
        );
      }
      const stopped = stopVerdict(answer.run);
      const tests = submission.tests.map((test, index): TestResult => {
        const outcome = outcomes[index];
        if (outcome?.success) return judgeOutcome(index, test, outcome.data, submission.compare);
        if (index === outcomes.length) {
          return { ...notRun(index, test, stopped.message), verdict: stopped.verdict };
        }
        return notRun(index, test, "Not run: an earlier test stopped the submission.");
      });
      return {
        engine: "piston",
        language: submission.language,
        tests,
        summary: summarize(tests, performance.now() - startedAt),
      };
    },

    async runScratch(run: PistonScratchRun): Promise<ScratchResult> {
      const startedAt = performance.now();
      const file = `main.${extensionFor(run.language)}`;
      const answer = await execute(run.language, file, run.code, run.stdin, run.limits);
      const base = { engine: "piston", language: run.language } as const;
      const timeMs = performance.now() - startedAt;
      if (answer.compile && answer.compile.code !== 0) {
        return {
          ...base,
          status: "error",
          stdout: answer.compile.stdout,
          stderr: answer.compile.stderr,
          timeMs,
        };
      }
      const status = stoppedByLimit(answer.run)
        ? stopVerdict(answer.run).verdict
        : answer.run.code === 0
          ? "ok"
          : "error";
      return {
        ...base,
        status,
        stdout: answer.run.stdout.slice(0, run.limits.outputBytes),
        stderr: answer.run.stderr.slice(0, run.limits.outputBytes),
        timeMs,
      };
    },
  };
}

function stoppedByLimit(run: Stage): boolean {
  return (
    run.signal === "SIGKILL" || run.status === "TO" || run.status === "OL" || run.status === "EL"
  );
}

function stopVerdict(run: Stage): {
  verdict: "timeout" | "output_limit" | "error";
  message: string;
} {
  if (run.status === "OL" || run.status === "EL")
    return { verdict: "output_limit", message: "Printed more than allowed." };
  if (stoppedByLimit(run))
    return { verdict: "timeout", message: "The submission's time limit was reached." };
  return {
    verdict: "error",
    message: lastLines(run.stderr) || "The program stopped before this test.",
  };
}

function lastLines(text: string): string {
  return text.trim().split("\n").slice(-3).join("\n");
}

const extensions: Record<string, string> = {
  javascript: "js",
  typescript: "ts",
  python: "py",
  java: "java",
  "c++": "cpp",
  cpp: "cpp",
  c: "c",
  go: "go",
  rust: "rs",
  csharp: "cs",
  kotlin: "kt",
  ruby: "rb",
  swift: "swift",
};

function extensionFor(language: string): string {
  return extensions[language] ?? "txt";
}
