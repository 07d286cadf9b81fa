import { spawn } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * A small stand-in for a Piston cluster on 127.0.0.1 for tests: it speaks Piston's v2 HTTP API
 * (`GET /api/v2/runtimes`, `POST /api/v2/execute`) and really runs JavaScript with `node` and
 * Python with `python3`, killing a run that passes `run_timeout` as Piston does.
 */
export interface FakePiston {
  url: string;
  requests: unknown[];
  close(): Promise<void>;
}

const runtimes = [
  { language: "javascript", version: "20.11.1", aliases: ["js", "node"], command: "node" },
  { language: "python", version: "3.12.0", aliases: ["py", "python3"], command: "python3" },
];

export async function startFakePiston(): Promise<FakePiston> {
  const requests: unknown[] = [];
  const server: Server = createServer(async (req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    if (req.method === "GET" && req.url === "/api/v2/runtimes") {
      return reply(
        200,
        runtimes.map(({ command: _c, ...r }) => r),
      );
    }
    if (req.method !== "POST" || req.url !== "/api/v2/execute")
      return reply(404, { message: "Not found" });
    const body = JSON.parse(await readBody(req));
    requests.push(body);
    const runtime = runtimes.find(
      (r) => r.language === body.language || r.aliases.includes(body.language),
    );
    if (!runtime)
      return reply(400, { message: `${body.language}-${body.version} runtime is unknown` });
    if (!Array.isArray(body.files) || body.files.length === 0)
      return reply(400, { message: "files is required as an array" });
    const run = await execute(
      runtime.command,
      body.files[0].content,
      body.stdin ?? "",
      body.run_timeout ?? 3000,
    );
    return reply(200, { language: runtime.language, version: runtime.version, run });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function execute(command: string, content: string, stdin: string, timeoutMs: number) {
  const dir = await mkdtemp(join(tmpdir(), "fake-piston-"));
  const file = join(dir, command === "node" ? "main.js" : "main.py");
  await writeFile(file, content);
  try {
    return await new Promise<Record<string, unknown>>((resolve) => {
      const child = spawn(command, [file], { cwd: dir });
      let stdout = "";
      let stderr = "";
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill("SIGKILL");
      }, timeoutMs);
      child.stdout.on("data", (chunk) => {
        stdout += chunk;
      });
      child.stderr.on("data", (chunk) => {
        stderr += chunk;
      });
      child.on("close", (code, signal) => {
        clearTimeout(timer);
        resolve({
          stdout,
          stderr,
          output: stdout + stderr,
          code,
          signal,
          ...(timedOut ? { status: "TO", message: "Timed out" } : {}),
        });
      });
      child.stdin.end(stdin);
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.on("data", (chunk) => {
      data += chunk;
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}
