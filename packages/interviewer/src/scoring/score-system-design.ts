import { toRubricScore } from "@mentara/domain/rubric";
import { type ConceptSignals, meetsSignals } from "./concept-signals.ts";
import { designBasics } from "./design-basics.ts";
import type { CandidateTurn, DimensionScore } from "./dimension-score.ts";
import { withoutEchoes, withoutLists } from "./own-words.ts";
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
  /** The concepts that show it was met, in English and Russian (the question bank's signals). */
  signals?: ConceptSignals | undefined;
}

const dependsOnDesign: SystemDesignDimension[] = [
  "deep_dives_and_scalability",
  "trade_offs",
  "operability",
];

const stagesOf: Record<SystemDesignDimension, string[]> = {
  requirements: ["requirements"],
  api_and_data_model: ["api-and-data-model"],
  high_level_design: ["high-level-design"],
  deep_dives_and_scalability: ["deep-dives", "scalability-and-reliability"],
  trade_offs: ["trade-offs"],
  operability: ["scalability-and-reliability"],
};

/**
 * The candidate's readable turns in their own words: instructions to the scorer removed, and
 * sentences that repeat the interviewer or the prompt (`echoSources`) or only list names dropped
 * (except drawn flows, whose arrows already say how the names connect).
 */
function ownTurns(turns: CandidateTurn[], echoSources: readonly string[]): CandidateTurn[] {
  return turns
    .map((t) => {
      const own = withoutEchoes(withoutScorerInstructions(t.text).text, echoSources);
      return { id: t.id, text: t.drawn ? own : withoutLists(own) };
    })
    .filter((t) => t.text.length > 0 && wordLikeShare(t.text) >= 0.7);
}

/**
 * The ids of the candidate turns that meet a checkpoint: one turn that shows enough of its
 * concepts (the checkpoint's signals); a checkpoint without signals needs a third of its words.
 */
export function checkpointMatcher(turns: CandidateTurn[], echoSources: readonly string[] = []) {
  const own = ownTurns(turns, echoSources);
  return (checkpoint: DesignCheckpoint): string[] =>
    own
      .filter((t) =>
        checkpoint.signals
          ? meetsSignals(t.text, checkpoint.signals)
          : overlap(t.text, [checkpoint.text]) >= 1 / 3,
      )
      .map((t) => t.id);
}

/**
 * Scores a design conversation against the prompt's rubric checkpoints: a checkpoint counts as met
 * when one of the candidate's turns shows its concepts in the candidate's own words. Each dimension
 * is the share of its stages' checkpoints met, mapped onto 1–4, with the turns that met them as
 * evidence; the basics of a stage said in one message (design-basics.ts) earn at least 2. Lists of
 * technology names are not counted, so a list of buzzwords earns nothing.
 */
export function scoreSystemDesign(
  checkpoints: DesignCheckpoint[],
  turns: CandidateTurn[],
  echoSources: readonly string[] = [],
): DimensionScore<SystemDesignDimension>[] {
  const own = ownTurns(turns, echoSources);
  const metBy = checkpointMatcher(turns, echoSources);
  const hasDesign =
    checkpoints.some((c) => stagesOf.high_level_design.includes(c.stage) && metBy(c).length > 0) ||
    own.some(
      (t) => designBasics.high_level_design && meetsSignals(t.text, designBasics.high_level_design),
    );

  return (Object.keys(stagesOf) as SystemDesignDimension[]).map((dimension) => {
    const relevant = checkpoints.filter((c) => stagesOf[dimension].includes(c.stage));
    const met = relevant.filter((c) => metBy(c).length > 0);
    const basics = designBasics[dimension];
    const basicTurns = basics ? own.filter((t) => meetsSignals(t.text, basics)) : [];
    let share = relevant.length ? met.length / relevant.length : 0;
    // Weighing options and running the system earn a little more where checkpoints were met.
    if (
      (dimension === "trade_offs" || dimension === "operability") &&
      met.length > 0 &&
      basicTurns.length
    )
      share = Math.min(1, share + 0.25);
    const value = Math.max(1 + share * 3, basicTurns.length > 0 ? 2 : 1);
    // Depth, trade-offs and operations are of a design: without one they cannot be shown.
    const capped = dependsOnDesign.includes(dimension) && !hasDesign && value > 2;
    return {
      dimension,
      score: toRubricScore(capped ? 2 : value),
      reasons: [
        `Met ${met.length} of ${relevant.length} checkpoint(s) for this stage.`,
        ...(basicTurns.length > 0 && met.length === 0
          ? ["Covers the basics of this stage, not yet what this problem needs."]
          : []),
        ...(capped
          ? [
              "Describe the components and how a request flows first: there is no design here to go deeper on.",
            ]
          : []),
        ...relevant
          .filter((c) => !met.includes(c))
          .slice(0, 2)
          .map((c) => `Not covered: ${c.text}`),
      ],
      evidence: [...new Set([...met.flatMap(metBy), ...basicTurns.map((t) => t.id)])],
    };
  });
}
