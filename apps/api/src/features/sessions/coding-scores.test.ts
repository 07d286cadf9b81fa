import { codingProblems } from "@mentara/content/load-content";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const twoSum = codingProblems.find((p) => p.id === "two-sum");
const optimal =
  "function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n}";

interface Scores {
  dimension: string;
  score: number;
  reasons: string[];
}

/** Plays a coding interview on two-sum: each step a message or a run; returns live and report. */
async function play(steps: ({ say: string } | { run: string })[]) {
  const { authorization } = await signUpUser(t.app);
  const session = (
    await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { authorization },
      payload: { type: "coding", problemId: "two-sum" },
    })
  ).json();
  for (const step of steps) {
    await t.app.inject(
      "say" in step
        ? {
            method: "POST",
            url: `/api/sessions/${session.id}/turns`,
            headers: { authorization },
            payload: { text: step.say },
          }
        : {
            method: "POST",
            url: `/api/sessions/${session.id}/runs`,
            headers: { authorization },
            payload: { language: "javascript", code: step.run },
          },
    );
    await t.app.drain();
  }
  const live = (
    await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers: { authorization },
    })
  ).json().scores as Scores[];
  const report = (
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/end`,
      headers: { authorization },
    })
  ).json();
  const complexity = (scores: Scores[]) =>
    scores.find((s) => s.dimension === "complexity_analysis")?.reasons[0];
  return {
    live,
    report,
    liveComplexity: complexity(live),
    reportComplexity: complexity(report.dimensions),
  };
}

describe("coding scores are earned by the candidate's own work", () => {
  it("gives untouched starter code described as optimal less than 20 out of 100", async () => {
    const { report, liveComplexity, reportComplexity } = await play([
      { run: twoSum?.starterCode.javascript ?? "" },
      { say: "hash map, O(n) time and O(n) space" },
    ]);
    expect(report.score).toBeLessThan(20);
    expect(report.coding.measuredComplexity).toBeNull();
    for (const dimension of ["problem_solving", "code_quality", "testing", "complexity_analysis"])
      expect(
        report.dimensions.find((d: Scores) => d.dimension === dimension)?.score,
        dimension,
      ).toBe(1);
    // The live panel and the report say the same about the complexity: nothing was measured.
    expect(liveComplexity).toBe(reportComplexity);
    expect(reportComplexity).not.toMatch(/measures/);
  });

  it("agrees between the live panel and the report on the measured complexity", async () => {
    const { report, liveComplexity, reportComplexity } = await play([
      { say: "A hash map from value to index; for each number I look up target minus it." },
      { run: optimal },
      {
        say: "It is O(n) time and O(n) space; duplicates like [3, 3] work because I look up first.",
      },
    ]);
    expect(report.coding.measuredComplexity).toBe("O(n)");
    expect(reportComplexity).toBe("Stated O(n); the code measures O(n).");
    expect(liveComplexity).toBe(reportComplexity);
    expect(report.score).toBeGreaterThan(60);
  });
});
