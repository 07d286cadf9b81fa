/**
 * Finds ideas in a candidate's words by the phrases people use for them, in English and Russian
 * (the phrase grammar is in docs/content-format.md): words in order, `word*` for any ending,
 * `#` for a number, `...` for up to six words between.
 */

/** One idea, as people say it; any one phrase shows it. */
export interface Concept {
  en: readonly string[];
  ru: readonly string[];
}

/** What shows a design checkpoint was met: `need` different concepts (default 2). */
export interface ConceptSignals {
  concepts: readonly Concept[];
  need?: number | undefined;
}

const numberWords =
  "one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|trillion|half|double|twice|десят\\p{L}*|сто|сотн\\p{L}*|тысяч\\p{L}*|миллион\\p{L}*|миллиард\\p{L}*|триллион\\p{L}*|вдвое|втрое|половин\\p{L}*";
const numberToken = `(?:\\d+(?:[.,]\\d+)*(?:k|m|b|bn|kb|mb|gb|tb|pb|ms|s|x|×|%)?|${numberWords})`;

/**
 * Lower case, one kind of е, dashes and slashes as spaces, ratios written together (10 : 1 →
 * 10:1), and nothing else but letters, digits and `:.%^'×` inside words. `keep` adds the phrase
 * grammar's own characters.
 */
function simplify(text: string, keep = ""): string {
  return text
    .toLowerCase()
    .replaceAll("ё", "е")
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[‐-―\-/]/g, " ")
    .replace(/(?<=\d)\s*:\s*(?=\d)/g, ":")
    .replace(new RegExp(`[^\\p{L}\\p{N}:.%^'×${keep}]+`, "gu"), " ")
    .replace(/[.:']+(?=\s|$)/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text as phrases are matched against it. */
export function normalizeForSignals(text: string): string {
  return ` ${simplify(text)} `;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function tokenPattern(token: string): string {
  if (token === "...") return "(?:\\S+ ){0,6}";
  const open = token.endsWith("*");
  const body = (open ? token.slice(0, -1) : token)
    .split("#")
    .map((part) => escapeRegExp(part))
    .join(numberToken);
  return `${body}${open ? "\\S*" : ""} `;
}

const compiled = new Map<string, RegExp>();

/** The regular expression for one phrase, on text made by `normalizeForSignals`. */
export function phraseRegExp(phrase: string): RegExp {
  const cached = compiled.get(phrase);
  if (cached) return cached;
  const tokens = simplify(phrase.replaceAll("...", " \u0001 "), "*#\u0001")
    .split(" ")
    .map((token) => (token === "\u0001" ? "..." : token));
  const pattern = new RegExp(` ${tokens.map(tokenPattern).join("")}`, "u");
  compiled.set(phrase, pattern);
  return pattern;
}

/** Whether the concept is shown in the (normalized) text, in either language. */
export function showsConcept(normalized: string, concept: Concept): boolean {
  return [...concept.en, ...concept.ru].some((phrase) => phraseRegExp(phrase).test(normalized));
}

/** How many different concepts of the signals the text shows. */
export function conceptsShown(text: string, signals: ConceptSignals): number {
  const normalized = normalizeForSignals(text);
  return signals.concepts.filter((concept) => showsConcept(normalized, concept)).length;
}

/** Whether the text shows enough different concepts to meet the signals. */
export function meetsSignals(text: string, signals: ConceptSignals): boolean {
  return conceptsShown(text, signals) >= (signals.need ?? 2);
}
