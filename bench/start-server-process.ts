import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import pg from "pg";

export interface ServerProcess {
  base: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * `apps/api/src/server.ts` in its own process, as `npm start` runs it, so that the bench's
 * clients and fake provider do not share its event loop. Uses a fresh PostgreSQL database when
 * DATABASE_URL is set (dropped afterwards), otherwise PGlite in a temporary directory.
 */
export async function startServerProcess(
  env: Record<string, string>,
  /** Each JSON log line the server writes; warnings and errors are also printed. */
  onLog: (line: Record<string, unknown>) => void = () => {},
): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "mentara-bench-"));
  const adminUrl = process.env.DATABASE_URL;
  const database = `mentara_bench_${port}`;
  let databaseUrl: string | undefined;
  if (adminUrl) {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    databaseUrl = url.toString();
  }
  const child: ChildProcess = spawn(
    process.execPath,
    // BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
    [
      ...(process.env.BENCH_NODE_ARGS?.split(" ") ?? []),
      "--import",
      "tsx",
      "apps/api/src/server.ts",
    ],
    {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATA_DIR: dataDir,
        LOG_LEVEL: "info",
        WEB_DIST: "/nonexistent-web-dist",
        SANDBOX_PYTHON_WORKERS: "0",
        DATABASE_URL: databaseUrl ?? "",
        ...env,
      },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (child.stdout)
    createInterface({ input: child.stdout }).on("line", (text) => {
      try {
        const line = JSON.parse(text) as Record<string, unknown>;
        if (typeof line.level === "number" && line.level >= 40) console.error(text);
        onLog(line);
      } catch {
        console.error(text);
      }
    });
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; ; waited += 100) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const up = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (waited > 60_000) throw new Error("the server did not start within a minute");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    base,
    async stop() {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
      if (adminUrl) {
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        await admin.query(`drop database if exists ${database} with (force)`);
        await admin.end();
      }
    },
  };
}
