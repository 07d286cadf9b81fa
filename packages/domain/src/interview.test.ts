import { describe, expect, it } from "vitest";
import { isOldEnough, scoreCodingOutcome } from "./interview.ts";

describe("isOldEnough", () => {
  const today = new Date("2026-11-27T00:00:00Z");
  it("lets in someone who turns 16 this year and refuses someone younger", () => {
    expect(isOldEnough(2010, today)).toBe(true);
    expect(isOldEnough(2011, today)).toBe(false);
  });
});

describe("scoreCodingOutcome", () => {
  const base = { runs: 2, elapsedMs: 60_000, timeLimitMs: 2_700_000, candidateTurns: 3 };
  it("ranks a full pass above a partial pass above nothing", () => {
    const full = scoreCodingOutcome({ ...base, testsPassed: 10, testsTotal: 10 });
    const half = scoreCodingOutcome({ ...base, testsPassed: 5, testsTotal: 10 });
    const none = scoreCodingOutcome({
      ...base,
      testsPassed: 0,
      testsTotal: 10,
      runs: 0,
      candidateTurns: 0,
    });
    expect(full).toBe(100);
    expect(half).toBeLessThan(full);
    expect(none).toBeLessThan(half);
    expect(none).toBe(10);
  });
});
