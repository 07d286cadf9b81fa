import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandbox, type Sandbox } from "../create-sandbox.ts";
import { measureComplexity } from "./measure-complexity.ts";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await createSandbox({ jsWorkers: 1, pythonWorkers: 1, maxQueue: 10 });
}, 60_000);
afterAll(async () => {
  await sandbox?.close();
});

/** Distinct numbers whose only pair summing to the target is the last two: the brute force's worst case. */
const twoSumInput = (n: number) => {
  const nums = Array.from({ length: n }, (_, i) => i * 3 + 1);
  return [nums, (nums.at(-1) ?? 0) + (nums.at(-2) ?? 0)];
};

const solutions = {
  javascript: {
    brute:
      "function twoSum(a, t) { for (let i = 0; i < a.length; i++) for (let j = i + 1; j < a.length; j++) if (a[i] + a[j] === t) return [i, j]; return []; }",
    hash: "function twoSum(a, t) { const seen = new Map(); for (let i = 0; i < a.length; i++) { if (seen.has(t - a[i])) return [seen.get(t - a[i]), i]; seen.set(a[i], i); } return []; }",
  },
  python: {
    brute:
      "def twoSum(a, t):\n    for i in range(len(a)):\n        for j in range(i + 1, len(a)):\n            if a[i] + a[j] == t:\n                return [i, j]\n    return []",
    hash: "def twoSum(a, t):\n    seen = {}\n    for i, x in enumerate(a):\n        if t - x in seen:\n            return [seen[t - x], i]\n        seen[x] = i\n    return []",
  },
} as const;

describe("measureComplexity", () => {
  it.each(["javascript", "python"] as const)(
    "tells a brute-force O(n^2) two-sum from a hash-map O(n) one in %s",
    async (language) => {
      const brute = await measureComplexity(sandbox, {
        language,
        code: solutions[language].brute,
        entry: "twoSum",
        generate: twoSumInput,
      });
      const hash = await measureComplexity(sandbox, {
        language,
        code: solutions[language].hash,
        entry: "twoSum",
        generate: twoSumInput,
      });
      expect(brute).toMatchObject({ status: "measured", complexity: "O(n^2)" });
      expect(hash).toMatchObject({ status: "measured", complexity: "O(n)" });
      if (brute.status === "measured" && hash.status === "measured") {
        expect(brute.confidence).toBeGreaterThan(0.5);
        expect(hash.confidence).toBeGreaterThan(0.5);
      }
    },
    60_000,
  );

  it("counts only the candidate's own work, not building the input list or reading the result", async () => {
    const list = (n: number) => [Array.from({ length: n }, (_, i) => i)];
    const measure = (code: string) =>
      measureComplexity(sandbox, {
        language: "javascript",
        code,
        entry: "reverse",
        generate: list,
        adapters: { args: ["list"], returns: "list" },
      });
    // Handing the list back untouched does no work of its own, however long the list.
    const untouched = await measure("function reverse(head) { return head; }");
    expect(untouched).toMatchObject({ status: "unmeasured", tooLittleWork: true });
    const reversed = await measure(
      "function reverse(head) { let prev = null; while (head) { const next = head.next; head.next = prev; prev = head; head = next; } return prev; }",
    );
    expect(reversed).toMatchObject({ status: "measured", complexity: "O(n)" });
  }, 60_000);

  it("explains why it could not measure code that does not run", async () => {
    const result = await measureComplexity(sandbox, {
      language: "javascript",
      code: "function twoSum(a, t) { return a.nope(); }",
      entry: "twoSum",
      generate: twoSumInput,
    });
    expect(result).toMatchObject({ status: "unmeasured" });
    if (result.status === "unmeasured") expect(result.reason).toMatch(/At n = 64: TypeError/);
  });
});
