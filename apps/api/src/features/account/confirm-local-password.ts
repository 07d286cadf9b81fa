import { DomainError } from "@mentara/domain/errors";
import { verifyPassword } from "../auth/password.ts";
import type { UserRow, UsersRepository } from "../auth/users-repository.ts";

const refusals = {
  email: {
    clerk:
      "Your email is managed in your Clerk account (how you sign in): change it there, and Mentara follows.",
    wrongPassword: "The password is not right, so your email was not changed.",
  },
  password: {
    clerk: "Your password is managed in your Clerk account (how you sign in): change it there.",
    wrongPassword: "The current password is not right, so your password was not changed.",
  },
};

/**
 * A local account whose owner has just confirmed its password, before a credential changes.
 * A Clerk account's credentials live in Clerk (409); a wrong password changes nothing (403).
 */
export async function confirmLocalPassword(
  userId: string,
  password: string,
  deps: { users: UsersRepository },
  what: "email" | "password",
): Promise<UserRow> {
  const user = await deps.users.findById(userId);
  if (!user)
    throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
  if (user.clerkUserId || !user.passwordHash)
    throw new DomainError("CONFLICT", refusals[what].clerk);
  if (!(await verifyPassword(password, user.passwordHash)))
    throw new DomainError("FORBIDDEN", refusals[what].wrongPassword);
  return user;
}
