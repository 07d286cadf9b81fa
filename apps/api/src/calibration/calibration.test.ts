import { behavioralCases } from "@mentara/interviewer/calibration/behavioral-cases";
import { codingCases } from "@mentara/interviewer/calibration/coding-cases";
import { designCases } from "@mentara/interviewer/calibration/design-cases";
import { createSandbox, type Sandbox } from "@mentara/sandbox/create-sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calibrationViolations } from "./check-calibration.ts";
import {
  type CalibrationResult,
  scoreBehavioralCase,
  scoreCodingCase,
  scoreDesignCase,
} from "./run-calibration.ts";

/**
 * The graded answer sets through the real scorers (coding runs in the real sandbox): every
 * problem, prompt and question keeps the order an interviewer would give, offline and with a judge
 * that rates everything 4/4, and the bottom answers stay at the bottom.
 */
describe("calibration against graded answers", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ jsWorkers: 1, pythonWorkers: 1, maxQueue: 16 });
  }, 60_000);
  afterAll(async () => {
    await sandbox?.close();
  });

  it("orders the coding interviews of every problem as an interviewer would", async () => {
    const results: CalibrationResult[] = [];
    for (const c of codingCases) results.push(await scoreCodingCase(c, sandbox));
    expect(calibrationViolations(results)).toEqual([]);
    const nothing = results.filter((r) => r.variant === "nothing");
    expect(nothing.length).toBeGreaterThanOrEqual(10);
    for (const r of nothing) expect(r.judged.score, r.group).toBeLessThan(20);
  }, 240_000);

  it("orders the design answers of every prompt, and a sound senior answer is a hire at mid level", () => {
    const results = designCases.map(scoreDesignCase);
    expect(new Set(results.map((r) => r.group)).size).toBe(20);
    expect(calibrationViolations(results)).toEqual([]);
    for (const r of results.filter((r) => r.variant === "sound_senior"))
      expect(["hire", "strong_hire"], r.group).toContain(r.band);
  });

  it("orders the behavioral answers of every question", () => {
    const results = behavioralCases.map(scoreBehavioralCase);
    expect(new Set(results.map((r) => r.group)).size).toBeGreaterThanOrEqual(10);
    expect(calibrationViolations(results)).toEqual([]);
  });
});
