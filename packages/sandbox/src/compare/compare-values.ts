import type { CompareOptions, Json } from "../submission.ts";

/**
 * Deep equality of two JSON values as a problem defines it: exact by default, numbers within
 * `floatTolerance` (absolute for small numbers, relative for large), lists compared as multisets
 * at the top level ("outer") or at every level ("deep").
 */
export function valuesEqual(actual: Json, expected: Json, options: CompareOptions): boolean {
  const a = normalize(actual, options, 0);
  const e = normalize(expected, options, 0);
  return equalWithin(a, e, options.floatTolerance);
}

function normalize(value: Json, options: CompareOptions, depth: number): Json {
  if (!Array.isArray(value)) {
    if (value !== null && typeof value === "object") {
      const out: { [key: string]: Json } = {};
      for (const [k, v] of Object.entries(value)) out[k] = normalize(v, options, depth + 1);
      return out;
    }
    return value;
  }
  const unordered =
    options.orderInsensitive === "deep" || (options.orderInsensitive === "outer" && depth === 0);
  const items = value.map((item) => normalize(item, options, depth + 1));
  if (!unordered) return items;
  const keyed = items.map((item) => [sortKey(item, options.floatTolerance), item] as const);
  keyed.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  return keyed.map(([, item]) => item);
}

/** A stable text key for sorting; numbers are rounded so values within tolerance sort together. */
function sortKey(value: Json, tolerance: number): string {
  const digits = tolerance > 0 ? Math.max(1, Math.min(15, Math.floor(-Math.log10(tolerance)))) : 0;
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v === "number" && digits > 0) return Number(v.toFixed(digits));
    if (v !== null && typeof v === "object" && !Array.isArray(v)) {
      return Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)));
    }
    return v;
  });
}

function equalWithin(a: Json, b: Json, tolerance: number): boolean {
  if (typeof a === "number" && typeof b === "number") {
    if (a === b || (Number.isNaN(a) && Number.isNaN(b))) return true;
    if (tolerance === 0) return false;
    return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => equalWithin(item, b[i] as Json, tolerance));
  }
  if (a !== null && b !== null && typeof a === "object" && typeof b === "object") {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every(
      (k) => Object.hasOwn(b, k) && equalWithin(a[k] as Json, b[k] as Json, tolerance),
    );
  }
  return a === b;
}
