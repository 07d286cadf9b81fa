import type { SignUpBody } from "@mentara/contracts/auth";
import { DomainError } from "@mentara/domain/errors";
import { minimumAge } from "@mentara/domain/interview";
import { checkAge } from "./check-age.ts";
import { hashPassword } from "./password.ts";
import type { TokenService } from "./tokens.ts";
import type { UsersRepository } from "./users-repository.ts";

/**
 * Creates a local account; anyone under 16 is refused before anything is stored. The month of
 * birth, when asked, only settles the gate: the account keeps the year alone.
 */
export async function signUp(
  input: { email: string; password: string; birthYear: number } & SignUpBody,
  deps: { users: UsersRepository; tokens: TokenService; today: Date },
): Promise<{ token: string }> {
  if (checkAge(input, deps.today) === "too_young") {
    throw new DomainError(
      "UNDER_AGE",
      `Mentara is for people aged ${minimumAge} and over, so we can't create this account.`,
    );
  }
  const user = await deps.users.insert({
    email: input.email,
    passwordHash: await hashPassword(input.password),
    birthYear: input.birthYear,
  });
  if (!user)
    throw new DomainError(
      "CONFLICT",
      "An account with this email already exists; sign in instead.",
    );
  return { token: await deps.tokens.issue(user) };
}
