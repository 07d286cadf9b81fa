import { DomainError } from "@mentara/domain/errors";
import type { UsersRepository } from "../auth/users-repository.ts";
import type { AccountRepository } from "./account-repository.ts";
import { toMe } from "./to-me.ts";

/**
 * Everything Mentara holds on the user, as one JSON document: the profile, every session with its
 * turns, code and whiteboard snapshots, runs, scores, report and stream events, push tokens, the subscription
 * (plan, store, status and dates: we hold no payment details) and the interviews counted against
 * the monthly allowance. Rows are exported as stored (column names in camelCase), minus the
 * password hash.
 */
export async function exportAccount(
  userId: string,
  deps: { users: UsersRepository; accounts: AccountRepository; now: () => Date },
) {
  const user = await deps.users.findById(userId);
  if (!user)
    throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
  const data = await deps.accounts.everythingOf(userId);
  const { passwordHash: _secret, ...stored } = user;
  const of = <T extends { sessionId: string }>(rows: T[], sessionId: string) =>
    rows.filter((r) => r.sessionId === sessionId);
  return {
    format: "mentara-export/1",
    exportedAt: deps.now().toISOString(),
    about:
      "Everything Mentara holds on you. Delete your account from Profile to remove it all; see /privacy.",
    profile: { ...toMe(user), stored: { ...stored, hasPassword: user.passwordHash !== null } },
    sessions: data.sessions.map((session) => ({
      ...session,
      turns: of(data.turns, session.id),
      codeSnapshots: of(data.codeSnapshots, session.id),
      whiteboardSnapshots: of(data.whiteboards, session.id),
      runs: of(data.runs, session.id),
      scores: of(data.scores, session.id),
      report: of(data.reports, session.id)[0] ?? null,
      events: of(data.events, session.id),
    })),
    // A device token is a credential for its push service: shown shortened, enough to recognise.
    pushTokens: data.pushTokens.map((row) => ({
      id: row.id,
      platform: row.platform,
      createdAt: row.createdAt,
      token: shortenToken(row.platform, row.token),
    })),
    subscriptions: data.subscriptions.map((row) => ({
      id: row.id,
      plan: row.entitlement,
      store: row.store,
      status: row.status,
      productId: row.productId,
      willRenew: row.willRenew,
      expiresAt: row.expiresAt,
      updatedAt: row.updatedAt,
    })),
    interviewsCounted: data.usage.map((row) => ({
      id: row.id,
      countedAt: row.countedAt,
      sessionId: row.sessionId,
    })),
  };
}

/** A device token cut to something recognisable: the push service's host for Web Push. */
function shortenToken(platform: string, token: string): string {
  if (platform === "web") {
    try {
      return `${new URL((JSON.parse(token) as { endpoint: string }).endpoint).host}/…`;
    } catch {
      return "…";
    }
  }
  return `${token.slice(0, 8)}…`;
}
