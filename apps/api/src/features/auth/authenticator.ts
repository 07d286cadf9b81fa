import type { ClerkTokenVerifier } from "../../integrations/verify-clerk-token.ts";
import type { TokenService } from "./tokens.ts";
import type { UsersRepository } from "./users-repository.ts";

/** How long a confirmed account is trusted without asking the database again. */
const confirmedForMs = 30_000;

export interface Authenticator extends TokenService {
  /**
   * Forgets a user at once (their account was deleted in this process). Their Clerk id is refused
   * for a while too: a Clerk session token outlives the account by up to a minute, and must not
   * bring an empty account back to life on "first sight".
   */
  forget(userId: string, clerkUserId?: string | null): void;
}

/** Longer than a Clerk session token lives (60 s), with room for clock skew. */
const refusedForMs = 10 * 60_000;

/**
 * One door for every bearer token: a local token (self-hosting) or, when Clerk is configured, a
 * Clerk session token verified offline, whose user is created here on first sight. Either way
 * the account must still exist: a deleted account's token is refused like any invalid one.
 * Existence is remembered for 30 s so the hot path (a candidate's turn) does not pay a query per
 * request; a deletion in this process forgets at once, one in another process within 30 s.
 */
export function createAuthenticator(deps: {
  local: TokenService;
  clerk: ClerkTokenVerifier | undefined;
  users: UsersRepository;
  now?: () => number;
}): Authenticator {
  const now = deps.now ?? Date.now;
  const confirmed = new Map<string, { userId: string; until: number }>();
  const deleted = new Map<string, number>();
  const remembered = (key: string) => {
    const entry = confirmed.get(key);
    if (entry && entry.until > now()) return entry.userId;
    confirmed.delete(key);
    return undefined;
  };
  const remember = (key: string, userId: string) => {
    if (confirmed.size > 50_000) confirmed.clear();
    confirmed.set(key, { userId, until: now() + confirmedForMs });
    return userId;
  };
  return {
    issue: (userId) => deps.local.issue(userId),
    forget(userId, clerkUserId) {
      for (const [key, entry] of confirmed) if (entry.userId === userId) confirmed.delete(key);
      if (clerkUserId) deleted.set(clerkUserId, now() + refusedForMs);
    },
    async verify(token) {
      const localUser = await deps.local.verify(token);
      if (localUser) {
        const known = remembered(localUser);
        if (known) return known;
        const user = await deps.users.findById(localUser);
        return user ? remember(localUser, user.id) : undefined;
      }
      const clerk = await deps.clerk?.verify(token);
      if (!clerk) return undefined;
      if ((deleted.get(clerk.clerkUserId) ?? 0) > now()) return undefined;
      const key = `clerk:${clerk.clerkUserId}`;
      const known = remembered(key);
      if (known) return known;
      const user =
        (await deps.users.findByClerkId(clerk.clerkUserId)) ??
        (await deps.users.upsertClerkUser(clerk.clerkUserId));
      return remember(key, user.id);
    },
  };
}
