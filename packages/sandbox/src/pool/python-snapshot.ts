import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { snapshotPreludeSource } from "../engines/pyodide/make-python-snapshot.ts";
import { workerEntries } from "./worker-bundle.ts";

const require = createRequire(import.meta.url);
const pyodideVersion = String((require("pyodide/package.json") as { version: unknown }).version);

/** Changes when Pyodide or what runs before the snapshot changes: then a new file is made. */
const fileName = `pyodide-${pyodideVersion}-${createHash("sha256")
  .update(snapshotPreludeSource)
  .digest("hex")
  .slice(0, 12)}.snapshot`;

export interface PythonSnapshot {
  bytes: Uint8Array;
  /** "file" when read from the folder, "made" when made now (and saved when the folder allows). */
  origin: "file" | "made";
}

export interface PythonSnapshotSource {
  get(): Promise<PythonSnapshot>;
  /** Forgets a snapshot a worker could not start from, and deletes its file. */
  discard(): Promise<void>;
}

const sources = new Map<string, PythonSnapshotSource>();

/**
 * One snapshot per folder and process: read from `dir`, or made once in a worker and saved there
 * (written to a temporary name, then renamed, so a crash never leaves half a file; older files are
 * deleted). A folder that cannot be written still gets a snapshot, kept in memory only.
 */
export function pythonSnapshotSource(dir: string): PythonSnapshotSource {
  const existing = sources.get(dir);
  if (existing) return existing;
  const path = join(dir, fileName);
  let pending: Promise<PythonSnapshot> | undefined;
  const source: PythonSnapshotSource = {
    get() {
      pending ??= readSnapshot(path).catch(async () => {
        const bytes = await makeInWorker();
        await saveSnapshot(dir, path, bytes).catch(() => {});
        return { bytes, origin: "made" as const };
      });
      return pending;
    },
    async discard() {
      pending = undefined;
      await rm(path, { force: true });
    },
  };
  sources.set(dir, source);
  return source;
}

async function readSnapshot(path: string): Promise<PythonSnapshot> {
  // The file's own bytes, not a copy of them (each worker gets its own copy when it starts).
  const file = await readFile(path);
  const bytes = new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
  // Pyodide checks the header (magic number, build id) itself when a worker loads it.
  if (bytes.byteLength < 1024 * 1024) throw new Error("not a Pyodide snapshot");
  return { bytes, origin: "file" };
}

async function saveSnapshot(dir: string, path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(temporary, bytes);
  await rename(temporary, path);
  for (const name of await readdir(dir)) {
    const stale = name.startsWith("pyodide-") && join(dir, name) !== path;
    if (stale && !name.endsWith(".tmp")) await rm(join(dir, name), { force: true });
  }
}

async function makeInWorker(): Promise<Uint8Array> {
  const entry = (await workerEntries()).snapshot;
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, {
      env: {},
      stdout: true,
      stderr: true,
      resourceLimits: { stackSizeMb: 8, maxOldGenerationSizeMb: 512 },
    });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.once("message", (bytes: unknown) => {
      void worker.terminate();
      if (bytes instanceof Uint8Array) resolve(bytes);
      else reject(new Error("The snapshot worker sent something else than a snapshot."));
    });
    worker.once("error", reject);
    worker.once("exit", () => reject(new Error("The snapshot worker stopped without a snapshot.")));
  });
}
