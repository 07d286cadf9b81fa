import { toRubricScore } from "@mentara/domain/rubric";
import type { CandidateTurn, DimensionScore } from "./dimension-score.ts";
import { overlap, withoutScorerInstructions, wordLikeShare } from "./text-features.ts";

export type SystemDesignDimension =
  | "requirements"
  | "api_and_data_model"
  | "high_level_design"
  | "deep_dives_and_scalability"
  | "trade_offs"
  | "operability";

export interface DesignCheckpoint {
  stage: string;
  text: string;
}

const stagesOf: Record<SystemDesignDimension, string[]> = {
  requirements: ["requirements"],
  api_and_data_model: ["api-and-data-model"],
  high_level_design: ["high-level-design"],
  deep_dives_and_scalability: ["deep-dives", "scalability-and-reliability"],
  trade_offs: ["trade-offs"],
  operability: ["scalability-and-reliability"],
};

const operabilityWords =
  /\b(monitor\w*|alert\w*|metrics?|dashboards?|slos?|slas?|on-call|logging|logs|tracing|rollback|runbook|health checks?|canary)\b/i;
const tradeOffWords =
  /\b(trade-?offs?|instead of|versus|vs\.?|at the cost of|downside|on the other hand|because)\b/i;

function readableTurns(turns: CandidateTurn[]): CandidateTurn[] {
  return turns
    .map((t) => ({ id: t.id, text: withoutScorerInstructions(t.text).text }))
    .filter((t) => wordLikeShare(t.text) >= 0.7);
}

/** The ids of the candidate turns that cover a checkpoint (a third of its content words). */
export function checkpointMatcher(turns: CandidateTurn[]) {
  const cleaned = readableTurns(turns);
  return (checkpoint: DesignCheckpoint): string[] =>
    cleaned.filter((t) => overlap(t.text, [checkpoint.text]) >= 1 / 3).map((t) => t.id);
}

/**
 * Scores a design conversation against the prompt's rubric checkpoints: a checkpoint counts as met
 * when one candidate turn covers at least a third of its content words. Each dimension is the share
 * of its stages' checkpoints met, mapped onto 1–4, with the turns that met them as evidence.
 */
export function scoreSystemDesign(
  checkpoints: DesignCheckpoint[],
  turns: CandidateTurn[],
): DimensionScore<SystemDesignDimension>[] {
  const cleaned = readableTurns(turns);
  const metBy = checkpointMatcher(turns);

  return (Object.keys(stagesOf) as SystemDesignDimension[]).map((dimension) => {
    const relevant = checkpoints.filter((c) => stagesOf[dimension].includes(c.stage));
    const met = relevant.filter((c) => metBy(c).length > 0);
    let share = relevant.length ? met.length / relevant.length : 0;
    const extra =
      dimension === "operability"
        ? cleaned.filter((t) => operabilityWords.test(t.text))
        : dimension === "trade_offs"
          ? cleaned.filter((t) => tradeOffWords.test(t.text))
          : [];
    if (extra.length) share = Math.min(1, share + 0.25);
    return {
      dimension,
      score: toRubricScore(1 + share * 3),
      reasons: [
        `Met ${met.length} of ${relevant.length} checkpoint(s) for this stage.`,
        ...relevant
          .filter((c) => !met.includes(c))
          .slice(0, 2)
          .map((c) => `Not covered: ${c.text}`),
      ],
      evidence: [...new Set([...met.flatMap(metBy), ...extra.map((t) => t.id)])],
    };
  });
}
