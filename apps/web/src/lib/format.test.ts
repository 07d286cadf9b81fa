import { describe, expect, it } from "vitest";
import { formatClock } from "./format.ts";

describe("formatClock", () => {
  it("shows minutes and seconds, never negative", () => {
    expect(formatClock(2700)).toBe("45:00");
    expect(formatClock(61.9)).toBe("01:01");
    expect(formatClock(-5)).toBe("00:00");
  });
});
