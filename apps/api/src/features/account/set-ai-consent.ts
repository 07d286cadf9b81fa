import type { Me } from "@mentara/contracts/account";
import { DomainError } from "@mentara/domain/errors";
import type { UsersRepository } from "../auth/users-repository.ts";
import { toMe } from "./to-me.ts";

/**
 * Gives or withdraws consent to sending session content to AI providers. Withdrawing keeps the
 * user onboarded: interviews that would reach a provider are refused until consent is given again
 * (sessions/live/assert-ai-consent.ts), and the offline interviewer goes on without it.
 */
export async function setAiConsent(
  userId: string,
  given: boolean,
  deps: { users: UsersRepository; now: () => Date },
): Promise<Me> {
  const user = await deps.users.findById(userId);
  if (!user)
    throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
  // Giving consent again while it stands keeps the time it was first given.
  const aiConsentAt = given ? (user.aiConsentAt ?? deps.now()) : null;
  const updated = await deps.users.update(userId, { aiConsentAt });
  if (!updated)
    throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
  return toMe(updated);
}
