import { functionWordShare, sentences, words } from "./text-features.ts";

/** How many words in a row a sentence may share with what it was shown before it counts as a copy. */
const echoRun = 8;

function shingles(text: string): Set<string> {
  const list = words(text);
  const out = new Set<string>();
  for (let i = 0; i + echoRun <= list.length; i++) out.add(list.slice(i, i + echoRun).join(" "));
  return out;
}

/**
 * The text without the sentences that repeat what the candidate was shown — the interviewer's
 * turns, the prompt — eight words or more in a row: only the candidate's own words count.
 */
export function withoutEchoes(text: string, sources: readonly string[]): string {
  if (sources.length === 0) return text;
  const seen = new Set(sources.flatMap((source) => [...shingles(source)]));
  return sentences(text)
    .filter((sentence) => ![...shingles(sentence)].some((s) => seen.has(s)))
    .join(" ");
}

/**
 * A sentence that only drops names: a fragment of under five words with no figure in it
 * ("Freshness and coverage."), or a list of four or more items, most of them a few words long,
 * with few of the small words that hold a real sentence together.
 */
function isNameDropping(sentence: string): boolean {
  if (words(sentence).length < 5 && !/\d/.test(sentence)) return true;
  const items = sentence
    .split(/,|;|(?<![\p{L}])(?:and|or|и|или)(?![\p{L}])/iu)
    .map((item) => words(item).length)
    .filter((count) => count > 0);
  const short = items.filter((count) => count <= 3).length;
  return items.length >= 4 && short / items.length >= 0.6 && functionWordShare(sentence) < 0.35;
}

/**
 * The text without sentences that only drop names ("Kafka, Redis, sharding, consistent hashing,
 * CAP theorem"): naming a mechanism is not designing with it.
 */
export function withoutLists(text: string): string {
  return sentences(text)
    .filter((sentence) => !isNameDropping(sentence))
    .join(" ");
}
