import { type ComplexityClass, complexityClasses } from "@mentara/domain/complexity";

export interface GrowthPoint {
  n: number;
  work: number;
}

export interface GrowthFit {
  complexity: ComplexityClass;
  /** Root-mean-square relative error of the best fit `work ≈ a·f(n) + b` with a, b ≥ 0. */
  error: number;
}

export interface Classification {
  complexity: ComplexityClass;
  /** 0 to 1: how clearly the best class beats the runner-up, discounted by how well it fits. */
  confidence: number;
  fits: GrowthFit[];
}

const growth: Record<ComplexityClass, (n: number) => number> = {
  "O(1)": () => 1,
  "O(log n)": (n) => Math.log2(n),
  "O(n)": (n) => n,
  "O(n log n)": (n) => n * Math.log2(n),
  "O(n^2)": (n) => n * n,
  "O(n^3)": (n) => n * n * n,
  "O(2^n)": (n) => 2 ** n,
};

/** A simpler class wins unless a more complex one fits clearly better. */
const simplerWinsWithin = 1.25;

/**
 * Fits each growth class to measured work by least squares on relative error (so small and large
 * sizes weigh alike) and picks the best, preferring the simpler class when two fit about equally.
 */
export function classifyGrowth(points: GrowthPoint[]): Classification {
  if (points.length < 3) throw new RangeError("classifying growth needs at least three sizes");
  const fits = complexityClasses.map((complexity) => ({
    complexity,
    error: fitError(points, growth[complexity], complexity === "O(1)"),
  }));
  let best = fits[0] as GrowthFit;
  for (const fit of fits.slice(1)) {
    if (fit.error * simplerWinsWithin + 0.01 < best.error) best = fit;
  }
  const runnerUp = Math.min(...fits.filter((f) => f !== best).map((f) => f.error));
  // Certain when the next class fits clearly worse, both relatively and by at least one point of
  // relative error (below that, neighbours such as n and n log n are within measuring noise).
  const separation = clamp(1 - best.error / runnerUp) * clamp((runnerUp - best.error) / 0.01);
  const confidence = separation * clamp(1 - 2 * best.error);
  return { complexity: best.complexity, confidence: Math.round(confidence * 100) / 100, fits };
}

/**
 * Minimises Σ((a·f(n) + b − w) / w)² over a, b ≥ 0 and returns the RMS relative residual. Unless
 * the class is constant, the growth term must explain at least half of the largest measurement:
 * a flat line is not evidence of growth.
 */
function fitError(points: GrowthPoint[], f: (n: number) => number, constant: boolean): number {
  const rows = points.map((p) => ({ u: f(p.n) / p.work, v: 1 / p.work }));
  if (rows.some((r) => !Number.isFinite(r.u))) return Number.POSITIVE_INFINITY;
  const largest = points.reduce((a, b) => (b.n > a.n ? b : a));
  const candidates = [
    solveTwo(rows),
    { a: sum(rows, (r) => r.u) / sum(rows, (r) => r.u * r.u), b: 0 },
    { a: 0, b: sum(rows, (r) => r.v) / sum(rows, (r) => r.v * r.v) },
  ];
  let best = Number.POSITIVE_INFINITY;
  for (const { a, b } of candidates) {
    if (!(a >= 0 && b >= 0)) continue;
    if (!constant && a * f(largest.n) < 0.5 * largest.work) continue;
    const residual = Math.sqrt(sum(rows, (r) => (a * r.u + b * r.v - 1) ** 2) / rows.length);
    best = Math.min(best, residual);
  }
  return best;
}

function solveTwo(rows: { u: number; v: number }[]): { a: number; b: number } {
  const uu = sum(rows, (r) => r.u * r.u);
  const uv = sum(rows, (r) => r.u * r.v);
  const vv = sum(rows, (r) => r.v * r.v);
  const u1 = sum(rows, (r) => r.u);
  const v1 = sum(rows, (r) => r.v);
  const det = uu * vv - uv * uv;
  if (Math.abs(det) < 1e-300) return { a: Number.NaN, b: Number.NaN };
  return { a: (u1 * vv - v1 * uv) / det, b: (uu * v1 - uv * u1) / det };
}

function clamp(value: number): number {
  return Math.max(0, Math.min(1, value));
}

function sum<T>(items: T[], pick: (item: T) => number): number {
  let total = 0;
  for (const item of items) total += pick(item);
  return total;
}
