import type { MonthNeededDetails } from "@mentara/contracts/age-gate";
import { DomainError } from "@mentara/domain/errors";
import { checkMinimumAge, minimumAge } from "@mentara/domain/interview";

/**
 * The 16+ gate for a year of birth someone has just entered (sign-up, onboarding, a correction).
 * When the year leaves it open and no month came with it, the request is refused with a 400
 * whose details ask for the month; the caller decides what "too young" means for it.
 */
export function checkAge(
  birth: { birthYear: number; birthMonth?: number | undefined },
  today: Date,
): "old_enough" | "too_young" {
  const verdict = checkMinimumAge({ year: birth.birthYear, month: birth.birthMonth }, today);
  if (verdict !== "month_needed") return verdict;
  const reason = `people born in ${birth.birthYear} turn ${minimumAge} this year, so the year alone does not show whether you are ${minimumAge} yet`;
  const details: MonthNeededDetails = {
    needed: "birthMonth",
    issues: [{ path: "body.birthMonth", message: `enter your month of birth too: ${reason}` }],
  };
  throw new DomainError("VALIDATION", `Enter your month of birth too: ${reason}.`, details);
}
