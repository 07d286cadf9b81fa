/**
 * The product's vocabulary of interviews: every list is declared here once, and the contracts,
 * the question bank, the engines and the web app build on it.
 */
export const interviewTypes = ["coding", "system_design", "behavioral"] as const;
export type InterviewType = (typeof interviewTypes)[number];

/** Practice shows live scores and gives hints; assessment does neither and keeps a strict clock. */
export const interviewModes = ["practice", "assessment"] as const;
export type InterviewMode = (typeof interviewModes)[number];

/** The level a candidate is measured against; the hire bar rises with it. */
export const levels = ["junior", "mid", "senior", "staff"] as const;
export type Level = (typeof levels)[number];

export const codingLanguages = ["javascript", "typescript", "python"] as const;
export type CodingLanguage = (typeof codingLanguages)[number];

export const difficulties = ["easy", "medium", "hard"] as const;
export type Difficulty = (typeof difficulties)[number];

/** The roles a candidate can aim for (onboarding and profile). */
export const targetRoles = [
  "software_engineer",
  "frontend",
  "backend",
  "fullstack",
  "mobile",
  "data",
  "ml",
  "devops",
  "engineering_manager",
] as const;
export type TargetRole = (typeof targetRoles)[number];

/** The languages the product speaks. */
export const locales = ["en", "ru"] as const;
export type Locale = (typeof locales)[number];

/** A value read from storage or a request as one of a list, or the fallback when it is not. */
export function oneOf<const T extends string>(list: readonly T[], value: unknown, fallback: T): T {
  return list.find((item) => item === value) ?? fallback;
}

export const minimumAge = 16;

/** The age gate's answer: let in, refuse, or ask the month of birth before deciding. */
export type AgeVerdict = "old_enough" | "too_young" | "month_needed";

/**
 * The 16+ gate, on today's UTC date. The year decides unless the person turns 16 this calendar
 * year; then the month (1–12) does. The day is never asked, so someone born in this very month
 * counts as 16 already: the only case let in who may still be 15 for a few days. A month given
 * when the year decides changes nothing.
 */
export function checkMinimumAge(
  birth: { year: number; month?: number | undefined },
  today: Date,
): AgeVerdict {
  const yearsAgo = today.getUTCFullYear() - birth.year;
  if (yearsAgo > minimumAge) return "old_enough";
  if (yearsAgo < minimumAge) return "too_young";
  if (birth.month === undefined) return "month_needed";
  return birth.month <= today.getUTCMonth() + 1 ? "old_enough" : "too_young";
}
