import type { RubricScore } from "@mentara/domain/rubric";
import type { DimensionScore } from "./dimension-score.ts";
import type { JudgedDimension } from "./judge-port.ts";

/**
 * A judge's scores under the objective ceilings (decision 006). For each dimension the offline
 * score is the anchor: the judge may lower it freely, but lift it only up to the anchor's ceiling
 * where objective evidence settles it (tests, measurements, an unreadable answer), otherwise by
 * one step at most, and only when both the anchor and the judge cite evidence that exists; cited
 * ids that do not exist are dropped. A dimension the judge skipped keeps its offline score. Every
 * capped score says so.
 */
export function applyCeilings(
  offline: DimensionScore[],
  judged: JudgedDimension[],
  knownIds: ReadonlySet<string>,
): DimensionScore[] {
  return offline.map((anchor) => {
    const verdict = judged.find((j) => j.dimension === anchor.dimension);
    if (!verdict) return anchor;
    const evidence = verdict.evidence.filter((id) => knownIds.has(id));
    const ceiling = (anchor.ceiling ??
      (evidence.length > 0 && anchor.evidence.length > 0
        ? Math.min(4, anchor.score + 1)
        : anchor.score)) as RubricScore;
    const score = Math.min(verdict.score, ceiling) as RubricScore;
    const reasons = verdict.reasons.slice(0, 4);
    if (score < verdict.score)
      reasons.push(
        evidence.length > 0
          ? `Capped at ${score}: the objective evidence supports no more (${anchor.reasons[0] ?? "tests, measurements and turns"}).`
          : `Capped at ${score}: the judge cited no turn of this interview for a higher score.`,
      );
    return {
      dimension: anchor.dimension,
      score,
      reasons,
      evidence: evidence.length > 0 ? evidence : anchor.evidence,
    };
  });
}
