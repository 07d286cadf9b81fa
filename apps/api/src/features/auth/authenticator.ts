import type { ClerkTokenVerifier } from "../../integrations/verify-clerk-token.ts";
import type { TokenService } from "./tokens.ts";
import type { UsersRepository } from "./users-repository.ts";

/**
 * One door for every bearer token: a local token (self-hosting) or, when Clerk is configured, a
 * Clerk session token verified offline, whose user is created here on first sight. Either way
 * the account must still exist: a deleted account's token is refused like any invalid one.
 */
export function createAuthenticator(deps: {
  local: TokenService;
  clerk: ClerkTokenVerifier | undefined;
  users: UsersRepository;
}): TokenService {
  return {
    issue: (userId) => deps.local.issue(userId),
    async verify(token) {
      const localUser = await deps.local.verify(token);
      if (localUser) return (await deps.users.findById(localUser))?.id;
      const clerk = await deps.clerk?.verify(token);
      if (!clerk) return undefined;
      const user =
        (await deps.users.findByClerkId(clerk.clerkUserId)) ??
        (await deps.users.upsertClerkUser(clerk.clerkUserId));
      return user.id;
    },
  };
}
