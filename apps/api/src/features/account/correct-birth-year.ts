import { DomainError } from "@mentara/domain/errors";
import { minimumAge } from "@mentara/domain/interview";
import { checkAge } from "../auth/check-age.ts";

/**
 * The right to correct the year of birth, through the same 16+ gate: a year that leaves it open
 * needs its month (a 400), and a year under 16 is refused with nothing changed. Unlike
 * onboarding, a refused correction keeps the account and its stored year. Answers the fields to
 * store: the year alone, never the month.
 */
export function correctBirthYear(
  birth: { birthYear: number; birthMonth?: number | undefined },
  today: Date,
): { birthYear: number } {
  if (checkAge(birth, today) === "too_young")
    throw new DomainError(
      "UNDER_AGE",
      `Mentara is for people aged ${minimumAge} and over, so this year of birth can't be saved; nothing was changed.`,
    );
  return { birthYear: birth.birthYear };
}
