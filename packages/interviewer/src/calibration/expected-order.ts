import type { BehavioralVariant, CodingVariant, DesignVariant } from "./calibration-case.ts";

/** `a` must score above `b` (">"), or at least as well (">="), within one problem or question. */
export type OrderRule<V extends string> = readonly [a: V, relation: ">" | ">=", b: V];

/** The order an experienced interviewer gives the six coding interviews of one problem. */
export const codingOrder: readonly OrderRule<CodingVariant>[] = [
  ["optimal_explained", ">", "optimal_silent"],
  ["optimal_explained", ">", "brute_force"],
  ["brute_force", ">", "broken"],
  ["optimal_silent", ">", "broken"],
  ["broken", ">", "nothing"],
  ["broken", ">=", "injected"],
];

export const designOrder: readonly OrderRule<DesignVariant>[] = [
  ["sound_senior", ">", "partial"],
  ["partial", ">", "buzzwords"],
  ["partial", ">", "empty"],
];

export const behavioralOrder: readonly OrderRule<BehavioralVariant>[] = [
  ["strong", ">", "short_specific"],
  ["short_specific", ">", "vague"],
  ["vague", ">=", "off_topic"],
  ["vague", ">=", "gibberish"],
  ["vague", ">=", "injected"],
];

/** The answers that must stay at the bottom, whoever scores them, and the most they may score. */
export const bottom = {
  coding: { variants: ["nothing"] as CodingVariant[], maxScore: 19 },
  system_design: { variants: ["buzzwords", "empty"] as DesignVariant[], maxScore: 19 },
  behavioral: { variants: ["off_topic", "gibberish"] as BehavioralVariant[], maxScore: 0 },
} as const;

/** The rules one set of scores breaks, each said in words. */
export function orderViolations<V extends string>(
  scores: Partial<Record<V, number>>,
  rules: readonly OrderRule<V>[],
): string[] {
  return rules.flatMap(([a, relation, b]) => {
    const left = scores[a];
    const right = scores[b];
    if (left === undefined || right === undefined) return [];
    const holds = relation === ">" ? left > right : left >= right;
    return holds ? [] : [`${a} (${left}) should be ${relation} ${b} (${right})`];
  });
}
