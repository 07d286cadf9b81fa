import type { Me } from "@mentara/contracts/account";
import { DomainError } from "@mentara/domain/errors";
import type { UsersRepository } from "../auth/users-repository.ts";
import { confirmLocalPassword } from "./confirm-local-password.ts";
import { toMe } from "./to-me.ts";

/**
 * A local account's new email, confirmed with its password. A Clerk account's email lives in
 * Clerk, which tells us of changes by webhook.
 */
export async function changeEmail(
  userId: string,
  input: { email: string; password: string },
  deps: { users: UsersRepository },
): Promise<Me> {
  const user = await confirmLocalPassword(userId, input.password, deps, "email");
  if (input.email === user.email) return toMe(user);
  const updated = await deps.users.changeEmail(user.id, input.email);
  if (updated === "taken")
    throw new DomainError(
      "CONFLICT",
      "Another account already uses this email; choose a different one.",
    );
  if (!updated)
    throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
  return toMe(updated);
}
