import type { ClerkTokenVerifier } from "../../integrations/verify-clerk-token.ts";
import type { LocalTokens, TokenService } from "./tokens.ts";
import type { UsersRepository } from "./users-repository.ts";

/** How long a confirmed account is trusted without asking the database again. */
const confirmedForMs = 30_000;

export interface Authenticator extends TokenService {
  /**
   * Forgets a user at once (their account was deleted, or their password changed, in this
   * process). With a Clerk id, that id is refused for a while too: a Clerk session token outlives
   * the account by up to a minute, and must not bring an empty account back to life on "first
   * sight".
   */
  forget(userId: string, clerkUserId?: string | null): void;
}

/** Longer than a Clerk session token lives (60 s), with room for clock skew. */
const refusedForMs = 10 * 60_000;

/**
 * One door for every bearer token: a local token (self-hosting) or, when Clerk is configured, a
 * Clerk session token verified offline, whose user is created here on first sight. Either way
 * the account must still exist: a deleted account's token is refused like any invalid one.
 * A local token must also carry the user's current token version: changing the password raises
 * it, and every token issued before is refused.
 * Existence (and the token version) is remembered for 30 s so the hot path (a candidate's turn)
 * does not pay a query per request; a deletion or password change in this process forgets at
 * once, one in another process within 30 s.
 */
export function createAuthenticator(deps: {
  local: LocalTokens;
  clerk: ClerkTokenVerifier | undefined;
  users: UsersRepository;
  now?: () => number;
}): Authenticator {
  const now = deps.now ?? Date.now;
  const confirmed = new Map<string, { userId: string; version: number; until: number }>();
  const deleted = new Map<string, number>();
  const remembered = (key: string) => {
    const entry = confirmed.get(key);
    if (entry && entry.until > now()) return entry;
    confirmed.delete(key);
    return undefined;
  };
  const remember = (key: string, userId: string, version = 0) => {
    if (confirmed.size > 50_000) confirmed.clear();
    confirmed.set(key, { userId, version, until: now() + confirmedForMs });
    return userId;
  };
  return {
    issue: (user) => deps.local.issue(user),
    forget(userId, clerkUserId) {
      for (const [key, entry] of confirmed) if (entry.userId === userId) confirmed.delete(key);
      if (clerkUserId) deleted.set(clerkUserId, now() + refusedForMs);
    },
    async verify(token) {
      const claims = await deps.local.read(token);
      if (claims) {
        const known = remembered(claims.userId);
        // A newer version than remembered was issued elsewhere since: read the user again.
        if (known && known.version >= claims.version)
          return known.version === claims.version ? known.userId : undefined;
        const user = await deps.users.findById(claims.userId);
        if (!user) return undefined;
        remember(claims.userId, user.id, user.tokenVersion);
        return user.tokenVersion === claims.version ? user.id : undefined;
      }
      const clerk = await deps.clerk?.verify(token);
      if (!clerk) return undefined;
      if ((deleted.get(clerk.clerkUserId) ?? 0) > now()) return undefined;
      const key = `clerk:${clerk.clerkUserId}`;
      const known = remembered(key);
      if (known) return known.userId;
      const user =
        (await deps.users.findByClerkId(clerk.clerkUserId)) ??
        (await deps.users.upsertClerkUser(clerk.clerkUserId));
      return remember(key, user.id);
    },
  };
}
