import { rubricDimensions } from "@mentara/domain/rubric";

/** The candidate turn ids a judge request carries in its `<candidate_message turn="…">` blocks. */
export function citedTurns(body: Record<string, unknown>): string[] {
  return [...JSON.stringify(body).matchAll(/turn=\\"([^"\\]+)\\"/g)].flatMap((m) =>
    m[1] ? [m[1]] : [],
  );
}

/**
 * A judge's structured verdict as a fake provider returns it: every rubric dimension (of every
 * interview type) at `score`, citing `evidence` (by default, every turn the request carries).
 */
export function fakeVerdict(
  score: 1 | 2 | 3 | 4,
  body: Record<string, unknown>,
  evidence: string[] = citedTurns(body),
): string {
  return JSON.stringify({
    dimensions: [...new Set(Object.values(rubricDimensions).flat())].map((dimension) => ({
      dimension,
      score,
      reasons: ["Judged by the fake."],
      evidence,
    })),
  });
}
