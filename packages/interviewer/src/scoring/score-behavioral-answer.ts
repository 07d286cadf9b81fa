import type { Level } from "@mentara/domain/interview";
import { toRubricScore } from "@mentara/domain/rubric";
import { competencySignals } from "./competency-signals.ts";
import { normalizeForSignals, showsConcept } from "./concept-signals.ts";
import type { CandidateTurn, DimensionScore } from "./dimension-score.ts";
import {
  ownershipRatio,
  type StarPart,
  specifics,
  starParts,
  workTermCount,
} from "./story-features.ts";
import {
  contentWords,
  overlap,
  sentences,
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

const dimensions: BehavioralDimension[] = [
  "star_completeness",
  "ownership_and_impact",
  "depth",
  "competency",
  "communication",
];

const scopeVocabulary =
  /(?<![\p{L}])(teams|organi[sz]ation|org-wide|company|cross-team|departments?|several teams|multiple teams|other teams|leadership|executives?|roadmap|команд[ыам]|других команд|компани\p{L}*|отдел\p{L}*|руководств\p{L}*)(?![\p{L}])/iu;

export interface BehavioralAnswerInput {
  question: string;
  competency: string;
  level: Level;
  turns: CandidateTurn[];
}

/** How many of the competency's behaviours the answer shows (competency-signals.ts). */
function competencyShown(text: string, competency: string): number {
  const normalized = normalizeForSignals(text);
  return (competencySignals[competency] ?? []).filter((c) => showsConcept(normalized, c)).length;
}

/**
 * Scores a behavioral answer on the five behavioral dimensions from features a reader can check:
 * which STAR parts appear, what the candidate did themselves, how specific it is (numbers in any
 * form), whether it shows the competency asked about. Sentences that address the scorer are
 * removed first; unreadable, empty or off-topic answers score 1 everywhere. A short answer loses
 * depth and completeness, not everything; generic virtues without a story earn next to nothing.
 */
export function scoreBehavioralAnswer(
  input: BehavioralAnswerInput,
): DimensionScore<BehavioralDimension>[] {
  const cleaned = input.turns.map((turn) => ({
    id: turn.id,
    text: withoutScorerInstructions(turn.text).text,
  }));
  const full = cleaned.map((t) => t.text).join("\n");
  const idsContaining = (fragment: string | undefined) =>
    fragment ? cleaned.filter((t) => t.text.includes(fragment)).map((t) => t.id) : [];
  const allIds = cleaned.filter((t) => t.text.length > 0).map((t) => t.id);

  const wordCount = words(full).length;
  const readable = wordLikeShare(full) >= 0.7;
  const shown = competencyShown(full, input.competency);
  const aboutQuestion = overlap(full, [input.question]);
  const workTalk = workTermCount(full);
  const onTopic = workTalk >= 2 || aboutQuestion >= 0.1 || (workTalk >= 1 && shown >= 1);
  if (!readable || contentWords(full).length < 6 || !onTopic) {
    const reason = !readable
      ? "The answer is not readable text."
      : contentWords(full).length < 6
        ? "The answer is too short to show anything."
        : "The answer does not talk about work or the question asked.";
    return dimensions.map((dimension) => ({
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
  const acted = parts.action !== undefined;
  const star: DimensionScore<BehavioralDimension> = {
    dimension: "star_completeness",
    score: toRubricScore(Math.max(1, found.length)),
    reasons: [
      found.length
        ? `Shows ${found.join(", ")}.`
        : "No situation, task, action or result can be found: a story is missing.",
      ...(missing.length ? [`Missing: ${missing.join(", ")}.`] : []),
    ],
    evidence: [...new Set(found.flatMap((p) => idsContaining(parts[p])))],
  };

  const ownership = ownershipRatio(full);
  const numbers = specifics(full);
  const seniorScope = input.level === "senior" || input.level === "staff";
  const wideScope = scopeVocabulary.test(full);
  let impact =
    1 +
    (ownership >= 0.4 && acted ? 1 : 0) +
    (parts.result ? 1 : 0) +
    (numbers > 0 && ownership >= 0.3 && acted ? 1 : 0);
  if (!acted) impact = Math.min(impact, 2);
  if (seniorScope && !wideScope) impact = Math.min(impact, 3);
  const ownershipScore: DimensionScore<BehavioralDimension> = {
    dimension: "ownership_and_impact",
    score: toRubricScore(impact),
    reasons: [
      acted
        ? `${Math.round(ownership * 100)}% of the first-person words are "I" rather than "we".`
        : "Says what should happen or what usually happens, not what the candidate did.",
      parts.result ? "States a result." : "Does not say what came of it.",
      ...(seniorScope && !wideScope
        ? ["At this level the impact should reach beyond one team."]
        : []),
    ],
    evidence: [...new Set([...idsContaining(parts.action), ...idsContaining(parts.result)])],
  };

  let depthValue = wordCount < 40 ? 1 : wordCount < 80 ? 2 : wordCount < 130 ? 3 : 4;
  if (numbers >= 2) depthValue = Math.min(4, depthValue + 1);
  if (numbers === 0) depthValue = Math.min(depthValue, 2);
  if (numbers === 0 && !acted) depthValue = 1;
  const depth: DimensionScore<BehavioralDimension> = {
    dimension: "depth",
    score: toRubricScore(depthValue),
    reasons: [
      `${wordCount} words with ${numbers} specific figure${numbers === 1 ? "" : "s"} (numbers, durations, percentages, before and after).`,
    ],
    evidence: cleaned.filter((t) => specifics(t.text) > 0).map((t) => t.id),
  };

  // Naming the competency is not showing it: on the question earns 2, the candidate's own actions
  // 3, and actions with a result backed by figures or several of its behaviours 4.
  const relevant = shown >= 1 || aboutQuestion >= 0.1;
  const shownValue = relevant
    ? 2 + (acted ? 1 : 0) + (acted && parts.result && (numbers > 0 || shown >= 2) ? 1 : 0)
    : acted && workTalk >= 2
      ? 2
      : 1;
  const competency: DimensionScore<BehavioralDimension> = {
    dimension: "competency",
    score: toRubricScore(shownValue),
    reasons: [
      relevant
        ? "Answers the question asked."
        : acted
          ? "A work story, but it does not clearly show what the question asks about."
          : "Does not answer the question asked.",
      acted ? "Shows what the candidate did." : "Says what happened, not what the candidate did.",
    ],
    evidence: cleaned
      .filter(
        (t) =>
          competencyShown(t.text, input.competency) > 0 || overlap(t.text, [input.question]) > 0,
      )
      .map((t) => t.id),
  };

  const count = sentences(full).length;
  const averageSentence = wordCount / Math.max(1, count);
  const structured = averageSentence >= 6 && averageSentence <= 35;
  const communication: DimensionScore<BehavioralDimension> = {
    dimension: "communication",
    score: toRubricScore(
      1 +
        (structured && found.length >= 1 ? 1 : 0) +
        (found.length >= 3 ? 1 : 0) +
        (wordCount >= 60 && wordCount <= 600 && found.length >= 2 ? 1 : 0),
    ),
    reasons: [
      `${count} sentences averaging ${Math.round(averageSentence)} words.`,
      found.length < 2
        ? "Tell it as a story: what happened, what you did, what came of it."
        : wordCount > 600
          ? "Long: a tighter story would land better."
          : "Length suits a spoken answer.",
    ],
    evidence: allIds,
  };

  return [star, ownershipScore, depth, competency, communication];
}
