import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { createSandbox, type Sandbox } from "./create-sandbox.ts";
import { SandboxBusyError } from "./errors.ts";
import type { TestCase } from "./submission.ts";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox({ jsWorkers: 1, pythonWorkers: 1, maxQueue: 20 });
}, 60_000);
afterAll(async () => {
  await sandbox?.close();
});

const lruJs = `class LRUCache {
  constructor(capacity) { this.capacity = capacity; this.map = new Map(); }
  get(key) {
    if (!this.map.has(key)) return -1;
    const value = this.map.get(key); this.map.delete(key); this.map.set(key, value); return value;
  }
  put(key, value) {
    this.map.delete(key); this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value);
  }
}`;
const lruPy = `from collections import OrderedDict
class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.items = OrderedDict()
    def get(self, key):
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]
    def put(self, key, value):
        self.items[key] = value
        self.items.move_to_end(key)
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)`;
const lruTest: TestCase = {
  calls: [
    ["LRUCache", 2],
    ["put", 1, 1],
    ["put", 2, 2],
    ["get", 1],
    ["put", 3, 3],
    ["get", 2],
    ["get", 3],
  ],
  expected: [null, null, null, 1, null, -1, 3],
};

describe("verdicts", () => {
  it("reports each test's verdict, actual and expected values and the candidate's output", async () => {
    const result = await sandbox.run({
      language: "javascript",
      code: "function add(a, b) { console.log('adding', a, b); return a + b === 5 ? 6 : a + b; }",
      entry: "add",
      tests: [
        { args: [1, 2], expected: 3 },
        { args: [2, 3], expected: 5 },
      ],
    });
    expect(result.tests.map((t) => t.verdict)).toEqual(["passed", "failed"]);
    expect(result.tests[1]).toMatchObject({ actual: 6, expected: 5, stdout: "adding 2 3\n" });
    expect(result.summary).toMatchObject({ passed: 1, total: 2, verdict: "failed" });
    expect(result.tests[0]?.timeMs).toBeGreaterThanOrEqual(0);
  });

  it("points at the candidate's line when the code throws, in JavaScript and Python", async () => {
    const js = await sandbox.run({
      language: "javascript",
      code: "function f(x) {\n  const y = null;\n  return y.length;\n}",
      entry: "f",
      tests: [{ args: [1], expected: 1 }],
    });
    expect(js.tests[0]).toMatchObject({ verdict: "error" });
    expect(js.tests[0]?.message).toMatch(/TypeError.*line 3/);
    const py = await sandbox.run({
      language: "python",
      code: "def f(x):\n    y = None\n    return len(y)",
      entry: "f",
      tests: [{ args: [1], expected: 1 }],
    });
    expect(py.tests[0]?.message).toMatch(
      /TypeError: object of type 'NoneType' has no len\(\) \(line 3\)/,
    );
  });

  it("transpiles TypeScript and reports a syntax error as a compile error on every test", async () => {
    const ok = await sandbox.run({
      language: "typescript",
      code: "interface P { x: number }\nexport function f(p: P): number { return p.x * 2; }",
      entry: "f",
      tests: [{ args: [{ x: 21 }], expected: 42 }],
    });
    expect(ok.summary.verdict).toBe("passed");
    const broken = await sandbox.run({
      language: "typescript",
      code: "function f(x: number): number { return x +; }",
      entry: "f",
      tests: [
        { args: [1], expected: 1 },
        { args: [2], expected: 2 },
      ],
    });
    expect(broken.compileError).toBeTruthy();
    expect(broken.tests.map((t) => t.verdict)).toEqual(["error", "error"]);
  });

  it("says which function to define when the entry is missing", async () => {
    for (const language of ["javascript", "python"] as const) {
      const result = await sandbox.run({
        language,
        code:
          language === "python" ? "def other(x):\n    return x" : "function other(x) { return x; }",
        entry: "twoSum",
        tests: [{ args: [1], expected: 1 }],
      });
      expect(result.compileError).toBe("Define a function or class named twoSum.");
    }
  });

  it("accepts a LeetCode-style Solution class in Python", async () => {
    const result = await sandbox.run({
      language: "python",
      code: "class Solution:\n    def twoSum(self, nums, target):\n        seen = {}\n        for i, n in enumerate(nums):\n            if target - n in seen:\n                return [seen[target - n], i]\n            seen[n] = i",
      entry: "twoSum",
      tests: [{ args: [[2, 7, 11, 15], 9], expected: [0, 1] }],
    });
    expect(result.summary.verdict).toBe("passed");
  });
});

describe("comparison options", () => {
  it("runs class-based tests as a sequence of method calls in JavaScript and Python", async () => {
    for (const [language, code] of [
      ["javascript", lruJs],
      ["python", lruPy],
    ] as const) {
      const result = await sandbox.run({ language, code, entry: "LRUCache", tests: [lruTest] });
      expect(result.summary, language).toMatchObject({ verdict: "passed", passed: 1 });
    }
    const buggy = await sandbox.run({
      language: "javascript",
      code: lruJs.replace(
        "this.map.delete(key); this.map.set(key, value); return value;",
        "return value;",
      ),
      entry: "LRUCache",
      tests: [lruTest],
    });
    expect(buggy.tests[0]).toMatchObject({
      verdict: "failed",
      actual: [null, null, null, 1, null, 2, 3],
    });
  });

  it("applies float tolerance and order-insensitive lists the problem asks for", async () => {
    const result = await sandbox.run({
      language: "python",
      code: "def f(words):\n    groups = {}\n    for w in words:\n        groups.setdefault(''.join(sorted(w)), []).append(w)\n    return [tuple(g) for g in groups.values()]",
      entry: "f",
      tests: [
        {
          args: [["eat", "tea", "tan", "nat", "bat"]],
          expected: [["bat"], ["nat", "tan"], ["eat", "tea"]],
        },
      ],
      compare: { orderInsensitive: "deep" },
    });
    expect(result.summary.verdict).toBe("passed");
    const floats = await sandbox.run({
      language: "javascript",
      code: "function f(a) { return a.reduce((s, x) => s + x, 0) / a.length; }",
      entry: "f",
      tests: [{ args: [[0.1, 0.2, 0.4]], expected: 0.23333 }],
      compare: { floatTolerance: 1e-4 },
    });
    expect(floats.summary.verdict).toBe("passed");
  });
});

describe("limits", () => {
  it("times out one slow test and still runs the others", async () => {
    for (const [language, code] of [
      ["javascript", "function f(x) { while (x === 2) {} return x; }"],
      ["python", "def f(x):\n    while x == 2:\n        pass\n    return x"],
    ] as const) {
      const result = await sandbox.run({
        language,
        code,
        entry: "f",
        tests: [1, 2, 3].map((x) => ({ args: [x], expected: x })),
        limits: { perTestMs: 500 },
      });
      expect(
        result.tests.map((t) => t.verdict),
        language,
      ).toEqual(["passed", "timeout", "passed"]);
    }
  });

  it("stops at the submission's time limit and marks the rest as not run", async () => {
    const result = await sandbox.run({
      language: "javascript",
      code: "function f(x) { const end = Date.now() + 120; while (Date.now() < end) {} return x; }",
      entry: "f",
      tests: [1, 2, 3, 4, 5].map((x) => ({ args: [x], expected: x })),
      limits: { perTestMs: 1_000, totalMs: 300 },
    });
    const verdicts = result.tests.map((t) => t.verdict);
    expect(verdicts.slice(0, 2)).toEqual(["passed", "passed"]);
    expect(verdicts).toContain("not_run");
    expect(verdicts.at(-1)).toBe("not_run");
  });

  it("rejects a malformed submission with a message naming the field", async () => {
    const attempt = sandbox.run({
      language: "javascript",
      code: "",
      entry: "not a name",
      tests: [{ args: [], expected: null }],
    });
    await expect(attempt).rejects.toBeInstanceOf(ZodError);
    await expect(attempt).rejects.toThrow(/entry must be a plain function or class name/);
  });
});

describe("scratch runs", () => {
  it("runs a whole program with stdin in JavaScript and Python", async () => {
    const js = await sandbox.runScratch({
      language: "javascript",
      code: "let line; let sum = 0; while ((line = readline()) !== null) sum += Number(line); console.log('sum', sum);",
      stdin: "1\n2\n3\n",
    });
    expect(js).toMatchObject({ status: "ok", stdout: "sum 6\n" });
    const py = await sandbox.runScratch({
      language: "python",
      code: "import sys\nnums = [int(l) for l in sys.stdin.read().split()]\nprint('sum', sum(nums))\nprint(input.__name__)",
      stdin: "4 5 6",
    });
    expect(py).toMatchObject({ status: "ok", stdout: "sum 15\ninput\n" });
    const failing = await sandbox.runScratch({
      language: "python",
      code: "print('before')\nraise ValueError('bad input')",
    });
    expect(failing).toMatchObject({ status: "error", stdout: "before\n" });
    expect(failing.stderr).toMatch(/ValueError: bad input \(line 2\)/);
  });
});

describe("load", () => {
  it("tells the caller to retry when the queue is full instead of waiting without bound", async () => {
    const small = await createSandbox({ jsWorkers: 1, pythonWorkers: 0, maxQueue: 1 });
    try {
      const slow = {
        language: "javascript" as const,
        code: "function f() { const end = Date.now() + 150; while (Date.now() < end) {} return 1; }",
        entry: "f",
        tests: [{ args: [], expected: 1 }],
      };
      const running = small.run(slow);
      const queued = small.run(slow);
      const rejected = small.run(slow);
      await expect(rejected).rejects.toBeInstanceOf(SandboxBusyError);
      await expect(rejected).rejects.toThrow(/busy; retry in \d+ ms/);
      const error = await rejected.catch((e: unknown) => e);
      expect(error instanceof SandboxBusyError && error.retryAfterMs).toBeGreaterThan(0);
      expect((await running).summary.verdict).toBe("passed");
      expect((await queued).summary.verdict).toBe("passed");
      await expect(small.run({ ...slow, language: "python" })).rejects.toMatchObject({
        message: "python runs are turned off here.",
        missing: "python",
      });
    } finally {
      await small.close();
    }
  });
});
