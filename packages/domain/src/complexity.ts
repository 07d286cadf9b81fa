/** Time and space complexity classes, from cheapest to dearest. */
export const complexityClasses = [
  "O(1)",
  "O(log n)",
  "O(n)",
  "O(n log n)",
  "O(n^2)",
  "O(n^3)",
  "O(2^n)",
] as const;
export type ComplexityClass = (typeof complexityClasses)[number];

export function isComplexityClass(value: string): value is ComplexityClass {
  return (complexityClasses as readonly string[]).includes(value);
}

/** Position from cheapest (0); -1 for a class outside the list. */
export function complexityRank(value: string): number {
  return (complexityClasses as readonly string[]).indexOf(value);
}
