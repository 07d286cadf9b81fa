import type { InterviewType, Level } from "./interview.ts";

/** The rubric dimensions each interview type is scored on, 1 (weak) to 4 (strong). */
export const rubricDimensions = {
  coding: ["communication", "problem_solving", "code_quality", "testing", "complexity_analysis"],
  system_design: [
    "requirements",
    "api_and_data_model",
    "high_level_design",
    "deep_dives_and_scalability",
    "trade_offs",
    "operability",
  ],
  behavioral: ["star_completeness", "ownership_and_impact", "depth", "competency", "communication"],
} as const satisfies Record<InterviewType, readonly string[]>;

export type Dimension<T extends InterviewType = InterviewType> =
  (typeof rubricDimensions)[T][number];
export type RubricScore = 1 | 2 | 3 | 4;

export const bands = ["strong_no_hire", "no_hire", "hire", "strong_hire"] as const;
export type Band = (typeof bands)[number];

/** The average a candidate needs for "hire" at each level; the bar rises with the level. */
const hireBar: Record<Level, number> = { junior: 2.0, mid: 2.5, senior: 3.0, staff: 3.4 };

/**
 * Dimensions a level below the one named does not yet expect: a 1 there still lowers the average,
 * but does not on its own keep a candidate from a hire (a mid-level design without an operations
 * story can still be a hire; a senior one cannot).
 */
const expectedFrom: Partial<Record<string, Level>> = { operability: "senior" };
const levelOrder: readonly Level[] = ["junior", "mid", "senior", "staff"];

/**
 * The overall band for a level: above the bar by half a point is a strong hire, at the bar a hire,
 * within three quarters of a point below a no hire, further below a strong no hire. A single
 * dimension at 1 caps the band at no hire, when the level expects that dimension: one clear gap is
 * not averaged away. A strong hire has no weak spot: an expected dimension at 2 makes it a hire.
 * `dimensions` names each score, in the same order.
 */
export function overallBand(
  scores: readonly RubricScore[],
  level: Level,
  dimensions: readonly string[] = [],
): Band {
  if (scores.length === 0) return "strong_no_hire";
  const average = scores.reduce<number>((sum, s) => sum + s, 0) / scores.length;
  const bar = hireBar[level];
  let band: Band =
    average >= bar + 0.5
      ? "strong_hire"
      : average >= bar
        ? "hire"
        : average >= bar - 0.75
          ? "no_hire"
          : "strong_no_hire";
  const expected = (i: number) => {
    const from = expectedFrom[dimensions[i] ?? ""];
    return !from || levelOrder.indexOf(level) >= levelOrder.indexOf(from);
  };
  const clearGap = scores.some((s, i) => s === 1 && expected(i));
  if (clearGap && (band === "hire" || band === "strong_hire")) band = "no_hire";
  if (band === "strong_hire" && scores.some((s, i) => s === 2 && expected(i))) band = "hire";
  return band;
}

/** Clamps a raw value onto the 1–4 scale. */
export function toRubricScore(value: number): RubricScore {
  if (!Number.isFinite(value) || value < 1.5) return 1;
  if (value < 2.5) return 2;
  if (value < 3.5) return 3;
  return 4;
}
