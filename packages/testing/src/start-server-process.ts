import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { databaseTemplate } from "../../../scripts/database-template.mjs";
import { serverBundle } from "../../../scripts/server-bundle.mjs";

const root = fileURLToPath(new URL("../../..", import.meta.url));

export interface ServerProcess {
  url: string;
  /** Everything the server has written so far. */
  logs(): string;
  /** SIGTERM (a clean shutdown) by default; SIGKILL to simulate a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** CPU time the process has used so far, all its threads, in ms (Linux's /proc; NaN elsewhere). */
  cpuMs(): number;
}

/** The kernel's clock ticks a second, asked once and only by those who read CPU time. */
let clockTicksPerSecond: number | undefined;

/** User and system CPU time of a process from /proc/<pid>/stat, in ms. */
function processCpuMs(pid: number | undefined): number {
  clockTicksPerSecond ??= Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout);
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command name (which may hold spaces) in parentheses: utime is the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return Number.NaN;
  }
}

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

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(sql);
  await admin.end();
}

/**
 * The server in its own process, as `npm start` runs it: the bundle of `apps/api/src/server.ts`
 * (scripts/server-bundle.mjs, made now if the sources changed; no fallback to tsx here, so a
 * bundle that breaks fails the tests), minus the web build, on a fresh PGlite folder; with `freshDatabase` and DATABASE_URL set, on a new PostgreSQL database
 * that is dropped afterwards. Browser tests and benchmarks drive it over real HTTP.
 */
export async function startServerProcess(
  options: {
    env?: Record<string, string>;
    /** Each JSON log line the server writes. */
    onLog?: (line: Record<string, unknown>) => void;
    freshDatabase?: boolean;
    /** Extra arguments for node, such as "--cpu-prof". */
    nodeArgs?: string[];
  } = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "mentara-server-"));
  const adminUrl = options.freshDatabase ? process.env.DATABASE_URL : undefined;
  const database = `mentara_run_${port}_${Date.now()}`;
  const env: Record<string, string> = {};
  if (options.freshDatabase) env.DATABASE_URL = "";
  if (adminUrl) {
    await adminQuery(adminUrl, `create database ${database}`);
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    env.DATABASE_URL = url.toString();
  }
  let output = "";
  const server = fileURLToPath(await serverBundle(root));
  const template = databaseTemplate(root);
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), server], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      // The migrated database install made, as npm start uses it (none: initdb and migrations).
      ...(template ? { DATABASE_TEMPLATE: template } : {}),
      LOG_LEVEL: "warn",
      SANDBOX_PYTHON_WORKERS: "0",
      ...env,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  if (child.stdout)
    createInterface({ input: child.stdout }).on("line", (text) => {
      output += `${text}\n`;
      try {
        options.onLog?.(JSON.parse(text) as Record<string, unknown>);
      } catch {
        // not a log line
      }
    });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) throw new Error(`the server did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    logs: () => output,
    cpuMs: () => processCpuMs(child.pid),
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill(signal);
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
      if (adminUrl) await adminQuery(adminUrl, `drop database if exists ${database} with (force)`);
    },
  };
}
