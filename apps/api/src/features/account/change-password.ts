import { DomainError } from "@mentara/domain/errors";
import type { Authenticator } from "../auth/authenticator.ts";
import { hashPassword } from "../auth/password.ts";
import type { UsersRepository } from "../auth/users-repository.ts";
import { confirmLocalPassword } from "./confirm-local-password.ts";

/**
 * A local account's new password, confirmed with the current one. Every other device is signed
 * out (the token version moves on); this one gets a fresh token.
 */
export async function changePassword(
  userId: string,
  input: { currentPassword: string; newPassword: string },
  deps: { users: UsersRepository; tokens: Authenticator },
): Promise<{ token: string }> {
  const user = await confirmLocalPassword(userId, input.currentPassword, deps, "password");
  const updated = await deps.users.changePassword(user.id, await hashPassword(input.newPassword));
  if (!updated)
    throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
  deps.tokens.forget(user.id);
  return { token: await deps.tokens.issue(updated) };
}
