import { describe, expect, it } from "vitest";
import { overallBand, toRubricScore } from "./rubric.ts";

describe("overallBand", () => {
  it("raises the bar with the level", () => {
    const solid = [3, 3, 3, 3, 3] as const;
    expect(overallBand(solid, "junior")).toBe("strong_hire");
    expect(overallBand(solid, "senior")).toBe("hire");
    expect(overallBand(solid, "staff")).toBe("no_hire");
  });

  it("does not let one clear gap be averaged away", () => {
    expect(overallBand([4, 4, 4, 4, 1], "junior")).toBe("no_hire");
  });

  it("keeps a strong hire for interviews without a weak spot", () => {
    // Average 3.2 clears mid's bar by more than half a point, but two dimensions are weak.
    expect(overallBand([2, 4, 4, 2, 4], "mid")).toBe("hire");
    expect(overallBand([3, 4, 4, 3, 4], "mid")).toBe("strong_hire");
    // A dimension the level does not yet expect does not count against it.
    expect(overallBand([4, 4, 4, 4, 2], "mid", ["a", "b", "c", "d", "operability"])).toBe(
      "strong_hire",
    );
  });

  it("puts an all-1 interview at the bottom at every level", () => {
    for (const level of ["junior", "mid", "senior", "staff"] as const) {
      expect(overallBand([1, 1, 1, 1, 1], level)).toBe("strong_no_hire");
    }
  });
});

describe("toRubricScore", () => {
  it("rounds onto 1–4 and treats nonsense as the lowest", () => {
    expect([0, 1.4, 1.5, 2.6, 3.5, 9, Number.NaN].map(toRubricScore)).toEqual([
      1, 1, 2, 3, 4, 4, 1,
    ]);
  });
});
