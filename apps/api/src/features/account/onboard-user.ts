import type { Me, OnboardingBody } from "@mentara/contracts/account";
import { DomainError } from "@mentara/domain/errors";
import { checkMinimumAge, minimumAge } from "@mentara/domain/interview";
import { checkAge } from "../auth/check-age.ts";
import type { UsersRepository } from "../auth/users-repository.ts";
import type { AccountDeletion } from "./delete-account.ts";
import { toMe } from "./to-me.ts";

/**
 * Finishes onboarding. The age gate comes first: someone under 16 is refused and their account
 * is deleted at once (with its Clerk identity), so no data is kept. A year stored at sign-up or
 * by a correction passed the gate then, with its month when one was needed; the month is never
 * stored, so it is not asked again for that year.
 */
export async function onboardUser(
  userId: string,
  input: OnboardingBody,
  deps: { users: UsersRepository; deletion: AccountDeletion; now: () => Date },
): Promise<Me> {
  const user = await deps.users.findById(userId);
  if (!user)
    throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
  const birthYear = input.birthYear ?? user.birthYear;
  if (birthYear === null || birthYear === undefined)
    throw new DomainError(
      "VALIDATION",
      `Enter your year of birth: Mentara is for people aged ${minimumAge} and over.`,
    );
  const verdict =
    input.birthYear === undefined
      ? checkMinimumAge({ year: birthYear }, deps.now())
      : checkAge({ birthYear, birthMonth: input.birthMonth }, deps.now());
  if (verdict === "too_young") {
    await deps.deletion.deleteAccount(userId);
    throw new DomainError(
      "UNDER_AGE",
      `Mentara is for people aged ${minimumAge} and over, so we can't keep this account; nothing you entered was kept.`,
    );
  }
  const now = deps.now();
  const updated = await deps.users.update(userId, {
    birthYear,
    aiConsentAt: user.aiConsentAt ?? now,
    onboardedAt: user.onboardedAt ?? now,
    targetRole: input.targetRole,
    level: input.level,
    locale: input.locale,
  });
  if (!updated)
    throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
  return toMe(updated);
}
