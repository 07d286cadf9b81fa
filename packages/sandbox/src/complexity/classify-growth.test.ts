import type { ComplexityClass } from "@mentara/domain/complexity";
import { describe, expect, it } from "vitest";
import { classifyGrowth } from "./classify-growth.ts";

const sizes = [256, 512, 1024, 2048, 4096, 8192];
const curves: [ComplexityClass, (n: number) => number][] = [
  ["O(1)", () => 40],
  ["O(log n)", (n) => 12 * Math.log2(n) + 5],
  ["O(n)", (n) => 3 * n + 50],
  ["O(n log n)", (n) => 2 * n * Math.log2(n) + 100],
  ["O(n^2)", (n) => 0.5 * n * n + 10 * n],
  ["O(n^3)", (n) => 0.01 * n ** 3 + n],
];

/** Deterministic ±5% noise, as from coarse counters. */
const noisy = (value: number, i: number) => value * (1 + 0.05 * Math.sin(i * 2.7));

describe("classifyGrowth", () => {
  it.each(curves)("recognises %s from noisy measurements", (expected, curve) => {
    const points = sizes.map((n, i) => ({ n, work: noisy(curve(n), i) }));
    const result = classifyGrowth(points);
    expect(result.complexity).toBe(expected);
    expect(result.confidence).toBeGreaterThan(0.2);
  });

  it("recognises exponential growth on small sizes", () => {
    const points = [10, 12, 14, 16, 18].map((n, i) => ({ n, work: noisy(3 * 2 ** n, i) }));
    expect(classifyGrowth(points).complexity).toBe("O(2^n)");
  });

  it("is unsure between neighbours when the data cannot separate them", () => {
    const points = [1000, 1100, 1200].map((n) => ({ n, work: n * Math.log2(n) }));
    expect(classifyGrowth(points).confidence).toBeLessThan(0.5);
  });

  it("refuses to classify fewer than three sizes", () => {
    expect(() => classifyGrowth([{ n: 1, work: 1 }])).toThrow(/at least three/);
  });
});
