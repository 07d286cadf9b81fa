import { describe, expect, it } from "vitest";
import { valuesEqual } from "./compare-values.ts";

const exact = { floatTolerance: 0, orderInsensitive: "none" } as const;

describe("valuesEqual", () => {
  it("compares nested values exactly by default", () => {
    expect(valuesEqual([1, [2, { a: "x" }]], [1, [2, { a: "x" }]], exact)).toBe(true);
    expect(valuesEqual([1, 2], [2, 1], exact)).toBe(false);
    expect(valuesEqual({ a: 1 }, { a: 1, b: 2 }, exact)).toBe(false);
    expect(valuesEqual(0.1 + 0.2, 0.3, exact)).toBe(false);
    expect(valuesEqual(null, [], exact)).toBe(false);
    expect(valuesEqual("1", 1, exact)).toBe(false);
  });

  it("accepts numbers within the tolerance and rejects those outside it", () => {
    const opts = { floatTolerance: 1e-6, orderInsensitive: "none" } as const;
    expect(valuesEqual(0.1 + 0.2, 0.3, opts)).toBe(true);
    expect(valuesEqual([2.5000001, 1e12 + 1], [2.5, 1e12], opts)).toBe(true);
    expect(valuesEqual(2.51, 2.5, opts)).toBe(false);
  });

  it("treats the outer list as a multiset when asked", () => {
    const opts = { floatTolerance: 0, orderInsensitive: "outer" } as const;
    expect(valuesEqual([[1, 2], [3]], [[3], [1, 2]], opts)).toBe(true);
    expect(valuesEqual([[2, 1], [3]], [[3], [1, 2]], opts)).toBe(false);
    expect(valuesEqual([1, 1, 2], [1, 2, 2], opts)).toBe(false);
  });

  it("treats every list as a multiset in deep mode", () => {
    const opts = { floatTolerance: 0, orderInsensitive: "deep" } as const;
    expect(valuesEqual([["tea", "eat"], ["bat"]], [["bat"], ["eat", "tea"]], opts)).toBe(true);
    expect(valuesEqual([["tea", "eat"]], [["eat", "eat"]], opts)).toBe(false);
  });

  it("combines tolerance with unordered lists", () => {
    const opts = { floatTolerance: 1e-3, orderInsensitive: "outer" } as const;
    expect(valuesEqual([0.3334, 0.5], [0.5, 0.33333], opts)).toBe(true);
  });
});
