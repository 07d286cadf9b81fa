import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../create-sandbox.ts";

const limits = { totalMs: 5_000, memoryMb: 64, outputBytes: 4_096 };
const python = (code: string) => ({ language: "python" as const, code, stdin: "", limits });

const dirs: string[] = [];
const newDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "mentara-snapshot-"));
  dirs.push(dir);
  return dir;
};

async function until(check: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

let sandbox: Sandbox;
let snapshotDir: string;
beforeAll(async () => {
  snapshotDir = newDir();
  sandbox = await createSandbox({
    jsWorkers: 0,
    pythonWorkers: 1,
    maxQueue: 4,
    pythonSnapshotDir: snapshotDir,
  });
}, 120_000);
afterAll(async () => {
  await sandbox?.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("Python workers born from a memory snapshot", () => {
  it("makes the snapshot once, keeps it in the folder and starts workers from it", () => {
    expect(readdirSync(snapshotDir)).toEqual([
      expect.stringMatching(/^pyodide-\d+\.\d+\.\d+-[0-9a-f]{12}\.snapshot$/),
    ]);
    expect(sandbox.stats()[0]).toMatchObject({ engine: "pyodide", snapshot: true, ready: 1 });
  });

  it("never lets a global set by one candidate reach the next, in a new worker from the snapshot", async () => {
    const first = await sandbox.runScratch(
      python("import json\njson.left_behind = 'candidate A'\nLEFT = 1\nprint('set')"),
    );
    expect(first.stdout).toBe("set\n");
    // Altering a shared module retires the worker; its replacement starts from the snapshot.
    await until(() => sandbox.stats()[0]?.replaced === 1 && sandbox.stats()[0]?.ready === 1);
    expect(sandbox.stats()[0]).toMatchObject({ snapshot: true, workers: 1 });

    const second = await sandbox.runScratch(
      python(
        "import json\nprint(getattr(json, 'left_behind', 'clean'))\nprint(globals().get('LEFT', 'clean'))",
      ),
    );
    expect(second).toMatchObject({ status: "ok", stdout: "clean\nclean\n" });
  }, 60_000);

  it("runs tests the same from a snapshot-born worker", async () => {
    const result = await sandbox.run({
      language: "python",
      code: "def add(a, b):\n    return a + b",
      entry: "add",
      tests: [{ args: [2, 3], expected: 5 }],
    });
    expect(result.summary.passed).toBe(1);
  });

  it("boots Python in full when the snapshot file is damaged, and drops the file", async () => {
    const damagedDir = newDir();
    const [name] = readdirSync(snapshotDir);
    writeFileSync(join(damagedDir, name ?? "missing"), Buffer.alloc(2 * 1024 * 1024, 7));
    const fallback = await createSandbox({
      jsWorkers: 0,
      pythonWorkers: 1,
      maxQueue: 4,
      pythonSnapshotDir: damagedDir,
    });
    try {
      const result = await fallback.runScratch(python("print(6 * 7)"));
      expect(result).toMatchObject({ status: "ok", stdout: "42\n" });
      expect(fallback.stats()[0]).toMatchObject({ snapshot: false });
      expect(readdirSync(damagedDir)).toEqual([]);
    } finally {
      await fallback.close();
    }
  }, 120_000);
});

describe("a sandbox that answers before it is warm", () => {
  it("says Python is warming, and a run sent meanwhile waits for it instead of failing", async () => {
    const early = await createSandbox({
      jsWorkers: 0,
      pythonWorkers: 1,
      maxQueue: 4,
      pythonSnapshotDir: snapshotDir,
      waitForWarmUp: false,
    });
    try {
      expect(early.engines()).toEqual({ quickjs: "off", pyodide: "warming" });
      const result = await early.runScratch(python("print('waited')"));
      expect(result).toMatchObject({ status: "ok", stdout: "waited\n" });
      expect(await early.whenWarm()).toEqual({ quickjs: "off", pyodide: "ready" });
    } finally {
      await early.close();
    }
  }, 60_000);
});
