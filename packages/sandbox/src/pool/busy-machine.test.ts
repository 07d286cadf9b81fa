import { type ChildProcess, spawn } from "node:child_process";
import { availableParallelism } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../create-sandbox.ts";

// Runs in the "isolated" project (vitest.config.ts): it keeps every core busy on purpose.
let sandbox: Sandbox;
let hogs: ChildProcess[] = [];
beforeAll(async () => {
  sandbox = await createSandbox({ jsWorkers: 1, pythonWorkers: 1, maxQueue: 20 });
}, 60_000);
afterAll(async () => {
  for (const hog of hogs) hog.kill("SIGKILL");
  await sandbox?.close();
});

/** Other programs on the machine, at normal priority, one for each core, spinning for ever. */
function occupyEveryCore(): void {
  hogs = Array.from({ length: availableParallelism() }, () =>
    spawn(process.execPath, ["-e", "for (;;) {}"], { stdio: "ignore" }),
  );
}

describe("on a machine other programs keep busy", () => {
  it("gives the verdicts a quiet machine gives: fast tests pass, only the slow one times out", async () => {
    occupyEveryCore();
    // Each test but the second does some milliseconds of work; the second never ends.
    for (const [language, code] of [
      [
        "python",
        "def f(x):\n    while x == 2:\n        pass\n    return x + sum(i * i for i in range(60000)) * 0",
      ],
      [
        "javascript",
        "function f(x) { while (x === 2) {} let s = 0; for (let i = 0; i < 60000; i++) s += i * i; return x + s * 0; }",
      ],
    ] as const) {
      const result = await sandbox.run({
        language,
        code,
        entry: "f",
        tests: [1, 2, 3, 4].map((x) => ({ args: [x], expected: x })),
        limits: { perTestMs: 300 },
      });
      expect(
        result.tests.map((t) => t.verdict),
        language,
      ).toEqual(["passed", "timeout", "passed", "passed"]);
    }
  }, 90_000);
});
