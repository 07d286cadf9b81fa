import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox } from "../../create-sandbox.ts";
import { SandboxUnavailableError } from "../../errors.ts";
import { submissionSchema } from "../../submission.ts";
import { type FakePiston, startFakePiston } from "./fake-piston-server.ts";
import { createPistonEngine } from "./piston-engine.ts";

let piston: FakePiston;
beforeAll(async () => {
  piston = await startFakePiston();
});
afterAll(async () => {
  await piston?.close();
});

const limits = { perTestMs: 1_000, totalMs: 3_000, memoryMb: 128, outputBytes: 4_096 };

describe("Piston engine", () => {
  it("runs JavaScript tests remotely and judges them here without sending expected values", async () => {
    const engine = createPistonEngine({ url: piston.url });
    const submission = submissionSchema.parse({
      language: "javascript",
      code: "function add(a, b) { console.log('sum of', a, b); return a + b; }",
      entry: "add",
      tests: [
        { args: [1, 2], expected: 3 },
        { args: [20, 22], expected: 424242 },
      ],
      limits,
    });
    const result = await engine.runTests(submission);
    expect(result.engine).toBe("piston");
    expect(result.tests.map((t) => t.verdict)).toEqual(["passed", "failed"]);
    expect(result.tests[1]).toMatchObject({
      actual: 42,
      expected: 424242,
      stdout: "sum of 20 22\n",
    });
    expect(JSON.stringify(piston.requests.at(-1))).not.toContain("424242");
    expect(piston.requests.at(-1)).toMatchObject({ language: "javascript", run_timeout: 3_000 });
  });

  it("sends TypeScript as JavaScript and runs Python class tests", async () => {
    const engine = createPistonEngine({ url: piston.url });
    const ts = await engine.runTests(
      submissionSchema.parse({
        language: "typescript",
        code: "function twice(x: number): number { return x * 2; }",
        entry: "twice",
        tests: [{ args: [4], expected: 8 }],
        limits,
      }),
    );
    expect(ts.summary.verdict).toBe("passed");
    const py = await engine.runTests(
      submissionSchema.parse({
        language: "python",
        code: "class Counter:\n    def __init__(self, start):\n        self.n = start\n    def inc(self):\n        self.n += 1\n        return self.n",
        entry: "Counter",
        tests: [{ calls: [["Counter", 5], ["inc"], ["inc"]], expected: [null, 6, 7] }],
        limits,
      }),
    );
    expect(py.summary).toMatchObject({ verdict: "passed", passed: 1 });
  });

  it("converts linked lists and trees the same way as the local engines", async () => {
    const engine = createPistonEngine({ url: piston.url });
    const reverse = {
      javascript:
        "function reverseList(head) { let prev = null; while (head) { const next = head.next; head.next = prev; prev = head; head = next; } return prev; }",
      python:
        "def reverseList(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev",
    };
    for (const language of ["javascript", "python"] as const) {
      const result = await engine.runTests(
        submissionSchema.parse({
          language,
          code: reverse[language],
          entry: "reverseList",
          tests: [
            { args: [[1, 2, 3]], expected: [3, 2, 1] },
            { args: [[]], expected: [] },
          ],
          adapters: { args: ["list"], returns: "list" },
          limits,
        }),
      );
      expect(result.summary, language).toMatchObject({ verdict: "passed", passed: 2 });
    }
    const depth = await engine.runTests(
      submissionSchema.parse({
        language: "python",
        code: "def depth(root):\n    return 0 if root is None else 1 + max(depth(root.left), depth(root.right))",
        entry: "depth",
        tests: [{ args: [[3, 9, 20, null, null, 15, 7]], expected: 3 }],
        adapters: { args: ["tree"] },
        limits,
      }),
    );
    expect(depth.summary.verdict).toBe("passed");
  });

  it("marks the test that hit the time limit and the ones after it", async () => {
    const engine = createPistonEngine({ url: piston.url });
    const result = await engine.runTests(
      submissionSchema.parse({
        language: "python",
        code: "def f(x):\n    while x == 2:\n        pass\n    return x",
        entry: "f",
        tests: [1, 2, 3].map((x) => ({ args: [x], expected: x })),
        limits: { ...limits, totalMs: 800 },
      }),
    );
    expect(result.tests.map((t) => t.verdict)).toEqual(["passed", "timeout", "not_run"]);
  });

  it("runs a scratch program with stdin in any language Piston knows", async () => {
    const engine = createPistonEngine({ url: piston.url });
    const result = await engine.runScratch({
      language: "python",
      code: "name = input()\nprint(f'hello {name}')",
      stdin: "Ada\n",
      limits,
    });
    expect(result).toMatchObject({ engine: "piston", status: "ok", stdout: "hello Ada\n" });
  });

  it("explains a runtime Piston does not have and a cluster that does not answer", async () => {
    const engine = createPistonEngine({ url: piston.url });
    const unknown = engine.runScratch({ language: "cobol", code: "", stdin: "", limits });
    await expect(unknown).rejects.toThrow(/refused the run: cobol-\* runtime is unknown/);
    const down = createPistonEngine({ url: "http://127.0.0.1:9" });
    const attempt = down.runScratch({ language: "python", code: "print(1)", stdin: "", limits });
    await expect(attempt).rejects.toBeInstanceOf(SandboxUnavailableError);
    await expect(attempt).rejects.toThrow(/did not answer/);
  });
});

describe("sandbox with a Piston cluster", () => {
  const slow = {
    language: "javascript" as const,
    code: "function f() { const end = Date.now() + 300; while (Date.now() < end) {} return 1; }",
    entry: "f",
    tests: [{ args: [], expected: 1 }],
  };

  it("sends runs to Piston when the local queue is full, and other languages always", async () => {
    const sandbox = await createSandbox({
      jsWorkers: 1,
      pythonWorkers: 0,
      maxQueue: 0,
      piston: { url: piston.url, mode: "overflow" },
    });
    try {
      const [local, overflow] = await Promise.all([sandbox.run(slow), sandbox.run(slow)]);
      expect(local.engine).toBe("quickjs");
      expect(overflow.engine).toBe("piston");
      expect(overflow.summary.verdict).toBe("passed");
      const scratch = sandbox.runScratch({ language: "cobol", code: "DISPLAY 'HI'." });
      await expect(scratch).rejects.toThrow(/cobol-\* runtime is unknown/);
    } finally {
      await sandbox.close();
    }
  });

  it("says Piston is missing when a language needs it and none is configured", async () => {
    const sandbox = await createSandbox({ jsWorkers: 1, pythonWorkers: 0, maxQueue: 1 });
    try {
      await expect(
        sandbox.runScratch({ language: "java", code: "class Main {}" }),
      ).rejects.toMatchObject({
        message: "java needs a Piston runner, and none is configured.",
        missing: "piston",
      });
    } finally {
      await sandbox.close();
    }
  });
});
