import {
  behavioralOrder,
  bottom,
  codingOrder,
  designOrder,
  type OrderRule,
  orderViolations,
} from "@mentara/interviewer/calibration/expected-order";
import type { CalibrationResult } from "./run-calibration.ts";

const rulesFor: Record<CalibrationResult["type"], readonly OrderRule<string>[]> = {
  coding: codingOrder,
  system_design: designOrder,
  behavioral: behavioralOrder,
};

/** Results grouped by a key, in first-seen order (Node 20 has no Map.groupBy). */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * Every way the scores break what an interviewer would say: the order within each problem,
 * prompt or question (offline, and again with a judge that rates everything 4/4), the bottom
 * answers' ceiling, and a sound senior design reaching "hire" at mid level.
 */
export function calibrationViolations(results: CalibrationResult[]): string[] {
  const violations: string[] = [];
  const groups = groupBy(results, (r) => `${r.type}:${r.group}`);
  for (const [key, group] of groups) {
    const type = group[0]?.type ?? "coding";
    const offline = Object.fromEntries(group.map((r) => [r.variant, r.score]));
    for (const v of orderViolations(offline, rulesFor[type])) violations.push(`${key}: ${v}`);
    const lowest = bottom[type];
    for (const r of group.filter((r) =>
      (lowest.variants as readonly string[]).includes(r.variant),
    )) {
      if (r.score > lowest.maxScore)
        violations.push(`${key}: ${r.variant} scores ${r.score}, above ${lowest.maxScore}`);
      if (r.judged.score > lowest.maxScore)
        violations.push(`${key}: ${r.variant} scores ${r.judged.score} with a 4/4 judge`);
      const above = group.filter(
        (o) =>
          !(lowest.variants as readonly string[]).includes(o.variant) &&
          o.judged.score < r.judged.score,
      );
      for (const o of above)
        violations.push(
          `${key}: with a 4/4 judge ${r.variant} (${r.judged.score}) beats ${o.variant} (${o.judged.score})`,
        );
    }
    const senior = group.find((r) => r.variant === "sound_senior");
    if (senior && senior.band !== "hire" && senior.band !== "strong_hire")
      violations.push(`${key}: sound_senior is ${senior.band} at mid level`);
  }
  return violations;
}
