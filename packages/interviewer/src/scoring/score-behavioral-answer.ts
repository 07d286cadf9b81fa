import type { Level } from "@mentara/domain/interview";
import { toRubricScore } from "@mentara/domain/rubric";
import type { CandidateTurn, DimensionScore } from "./dimension-score.ts";
import {
  contentWords,
  overlap,
  ownershipRatio,
  type StarPart,
  sentences,
  specifics,
  starParts,
  withoutScorerInstructions,
  wordLikeShare,
  words,
} from "./text-features.ts";

export type BehavioralDimension =
  | "star_completeness"
  | "ownership_and_impact"
  | "depth"
  | "competency"
  | "communication";

/** Words that show an answer is about work at all; an answer with none of them is off topic. */
const workVocabulary = [
  "team project code deploy release production customer user manager deadline bug incident feature engineer review design",
  "service system migration stakeholder product meeting sprint launch outage test database api colleague lead company",
];

/** Words that show the competency the question probes. */
export const competencyVocabulary: Record<string, string[]> = {
  motivation: [
    "motivated excited enjoy energy interest passion curious meaningful why chose career goal",
  ],
  "proactivity-and-ownership": [
    "owned ownership noticed initiative proactively volunteered responsibility fixed risk nobody asked",
  ],
  "handling-ambiguity": [
    "unclear ambiguous uncertain assumptions requirements clarified unknown decided data options",
  ],
  perseverance: [
    "setback failed again persisted kept difficult hard months blocker gave up retried",
  ],
  "conflict-resolution": [
    "disagreed conflict disagreement compromise perspective aligned tension argument resolved trade-off",
  ],
  "empathy-and-collaboration": [
    "helped listened understood perspective collaborated support paired colleague feelings trust",
  ],
  "growth-and-learning": [
    "learned feedback improved mistake changed grew skill lesson reflected mentor",
  ],
  communication: [
    "explained wrote document presented stakeholders clarified audience message updated aligned",
  ],
  "leadership-and-impact": [
    "led mentored influenced organization teams strategy impact initiative vision adopted scaled",
  ],
};

const scopeVocabulary =
  /\b(teams|organi[sz]ation|org-wide|company|cross-team|departments?|several teams|multiple teams|leadership|executives?|roadmap)\b/i;

export interface BehavioralAnswerInput {
  question: string;
  competency: string;
  level: Level;
  turns: CandidateTurn[];
}

/**
 * Scores a behavioral answer on the five behavioral dimensions from features a reader can check:
 * which STAR parts appear, how much is "I", how specific it is, whether it is about the question.
 * Sentences that address the scorer are removed first; unreadable, one-line or off-topic answers
 * score 1 everywhere.
 */
export function scoreBehavioralAnswer(
  input: BehavioralAnswerInput,
): DimensionScore<BehavioralDimension>[] {
  const cleaned = input.turns.map((turn) => ({
    id: turn.id,
    text: withoutScorerInstructions(turn.text).text,
  }));
  const full = cleaned.map((t) => t.text).join("\n");
  const vocabulary = [input.question, ...(competencyVocabulary[input.competency] ?? [])];
  const idsContaining = (fragment: string | undefined) =>
    fragment ? cleaned.filter((t) => t.text.includes(fragment)).map((t) => t.id) : [];
  const allIds = cleaned.filter((t) => t.text.length > 0).map((t) => t.id);

  const wordCount = words(full).length;
  const readable = wordLikeShare(full) >= 0.7;
  const onTopic = overlap(full, workVocabulary) > 0 || overlap(full, vocabulary) >= 0.1;
  if (!readable || contentWords(full).length < 8 || !onTopic) {
    const reason = !readable
      ? "The answer is not readable text."
      : !onTopic
        ? "The answer does not talk about work or the question asked."
        : "The answer is too short to show anything.";
    return (
      ["star_completeness", "ownership_and_impact", "depth", "competency", "communication"] as const
    ).map((dimension) => ({
      dimension,
      score: 1,
      reasons: [reason],
      evidence: allIds,
      ceiling: 1,
    }));
  }

  const parts = starParts(full);
  const found = (Object.keys(parts) as StarPart[]).sort();
  const missing = (["situation", "task", "action", "result"] as const).filter((p) => !parts[p]);
  const star: DimensionScore<BehavioralDimension> = {
    dimension: "star_completeness",
    score: toRubricScore(Math.max(1, found.length)),
    reasons: [
      found.length
        ? `Shows ${found.join(", ")}.`
        : "No situation, task, action or result can be found.",
      ...(missing.length ? [`Missing: ${missing.join(", ")}.`] : []),
    ],
    evidence: [...new Set(found.flatMap((p) => idsContaining(parts[p])))],
  };

  const ownership = ownershipRatio(full);
  const numbers = specifics(full);
  const seniorScope = input.level === "senior" || input.level === "staff";
  let impact =
    1 +
    (ownership >= 0.4 ? 1 : 0) +
    (parts.result ? 1 : 0) +
    (numbers > 0 && ownership >= 0.3 ? 1 : 0);
  if (seniorScope && !scopeVocabulary.test(full)) impact = Math.min(impact, 3);
  const ownershipScore: DimensionScore<BehavioralDimension> = {
    dimension: "ownership_and_impact",
    score: toRubricScore(impact),
    reasons: [
      `${Math.round(ownership * 100)}% of the first-person words are "I" rather than "we".`,
      parts.result ? "States a result." : "Does not say what came of it.",
      ...(seniorScope && !scopeVocabulary.test(full)
        ? ["At this level the impact should reach beyond one team."]
        : []),
    ],
    evidence: [...new Set([...idsContaining(parts.action), ...idsContaining(parts.result)])],
  };

  const depthValue =
    wordCount >= 120 && numbers >= 2
      ? 4
      : wordCount >= 80 && numbers >= 1
        ? 3
        : wordCount >= 40
          ? 2
          : 1;
  const depth: DimensionScore<BehavioralDimension> = {
    dimension: "depth",
    score: toRubricScore(depthValue),
    reasons: [
      `${wordCount} words with ${numbers} specific figure${numbers === 1 ? "" : "s"} (numbers, durations, percentages).`,
    ],
    evidence: cleaned.filter((t) => specifics(t.text) > 0).map((t) => t.id),
  };

  // Naming the competency is not showing it: on topic earns 2, described actions 3, and a
  // result with specifics 4, however many of the question's words the answer repeats.
  const relevance = overlap(full, vocabulary);
  const shown =
    relevance < 0.05
      ? 1
      : 2 + (parts.action ? 1 : 0) + (parts.action && parts.result && numbers > 0 ? 1 : 0);
  const competency: DimensionScore<BehavioralDimension> = {
    dimension: "competency",
    score: toRubricScore(shown),
    reasons: [
      relevance < 0.05 ? "Does not answer the question asked." : "Answers the question asked.",
      parts.action
        ? "Shows what the candidate did."
        : "Says what happened, not what the candidate did.",
    ],
    evidence: cleaned.filter((t) => overlap(t.text, vocabulary) > 0).map((t) => t.id),
  };

  const count = sentences(full).length;
  const averageSentence = wordCount / Math.max(1, count);
  const structured = count >= 3 && averageSentence >= 6 && averageSentence <= 35;
  const communication: DimensionScore<BehavioralDimension> = {
    dimension: "communication",
    score: toRubricScore(
      1 +
        (structured ? 1 : 0) +
        (found.length >= 3 ? 1 : 0) +
        (wordCount >= 60 && wordCount <= 600 ? 1 : 0),
    ),
    reasons: [
      `${count} sentences averaging ${Math.round(averageSentence)} words.`,
      wordCount > 600
        ? "Long: a tighter story would land better."
        : "Length suits a spoken answer.",
    ],
    evidence: allIds,
  };

  return [star, ownershipScore, depth, competency, communication];
}
