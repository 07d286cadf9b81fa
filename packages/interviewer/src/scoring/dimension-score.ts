import type { RubricScore } from "@mentara/domain/rubric";

/** One rubric dimension's score with the reasons and the turns that justify it. */
export interface DimensionScore<D extends string = string> {
  dimension: D;
  score: RubricScore;
  reasons: string[];
  /** Ids of the candidate turns (or runs) the score rests on; empty when nothing supports it. */
  evidence: string[];
  /**
   * The most a judge model may give this dimension, when objective evidence settles it (tests,
   * measurements, an unreadable answer). Without it a judge may go one step above the score.
   */
  ceiling?: RubricScore;
}

export interface CandidateTurn {
  id: string;
  text: string;
  /**
   * Read off the whiteboard's arrows ("Service → Cache (reads)"): a drawn flow is a design,
   * so its short lines are not dropped as lists of names.
   */
  drawn?: boolean | undefined;
}
