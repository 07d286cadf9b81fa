import { DomainError } from "@mentara/domain/errors";
import { verifyPassword } from "./password.ts";
import type { TokenService } from "./tokens.ts";
import type { UsersRepository } from "./users-repository.ts";

export async function signIn(
  input: { email: string; password: string },
  deps: { users: UsersRepository; tokens: TokenService },
): Promise<{ token: string }> {
  const user = await deps.users.findByEmail(input.email);
  if (!user?.passwordHash) {
    throw new DomainError(
      "UNAUTHENTICATED",
      "No account uses this email. Check it, or create an account.",
    );
  }
  if (!(await verifyPassword(input.password, user.passwordHash))) {
    throw new DomainError("UNAUTHENTICATED", "The password is not right for this email.");
  }
  return { token: await deps.tokens.issue(user) };
}
