import { DomainError } from "@mentara/domain/errors";
import { LRUCache } from "lru-cache";
import { type BillingRepository, toPlanRecord } from "./billing-repository.ts";
import { hasAccess } from "./plan-record.ts";
import type { SubscriptionSync } from "./subscription-sync.ts";

/** The plan an interview starts on; null when billing is off. */
export type StartingPlan = "free" | "pro" | null;

/** Where the web app explains the plans. */
export const plansPath = "/plans";

export const monthStartUtc = (at: Date) =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
export const nextMonthStartUtc = (at: Date) =>
  new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));

const longDate = (at: Date) =>
  at.toLocaleDateString("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/** The 402 a free user over the allowance gets: what was used, when it renews, how to upgrade. */
function overAllowance(used: number, perMonth: number, now: Date, doing: string): DomainError {
  const renewsAt = nextMonthStartUtc(now);
  const usedText =
    perMonth === 0
      ? "The free plan on this server includes no interviews."
      : `You have used ${used} of your ${perMonth} free interviews this month, so ${doing}. Your allowance renews on ${longDate(renewsAt)} (UTC).`;
  return new DomainError(
    "PAYMENT_REQUIRED",
    `${usedText} For unlimited interviews, upgrade to Pro on the Plans page (${plansPath}).`,
    { used, allowance: perMonth, renewsAt: renewsAt.toISOString(), upgradePath: plansPath },
  );
}

export interface AllowanceDeps {
  repository: BillingRepository;
  /** Absent when billing is off: everyone has every feature. */
  sync: SubscriptionSync | undefined;
  entitlement: string;
  perMonth: number;
  now: () => Date;
}

/**
 * The free plan's monthly allowance, decided by the server. An interview counts once it has a
 * candidate turn or run; empty ones never count. Pro users and interviews started on Pro are never
 * stopped, so a plan that lapses mid-interview lets that interview finish.
 */
export function createAllowance(deps: AllowanceDeps) {
  const { repository, entitlement, perMonth } = deps;
  // Interviews already counted, so later turns skip the database.
  const counted = new LRUCache<string, true>({ max: 20_000 });
  const isPro = async (userId: string, from: BillingRepository = repository) => {
    const row = await from.subscriptionOf(userId, entitlement);
    return row !== undefined && hasAccess(toPlanRecord(row), deps.now());
  };

  return {
    billingOn: deps.sync !== undefined,
    isPro,

    /** Before an interview starts: the plan it starts on, or a 402 over the allowance. */
    async beforeStart(userId: string): Promise<StartingPlan> {
      if (!deps.sync) return null;
      if (await isPro(userId)) return "pro";
      const now = deps.now();
      const used = await repository.usedSince(userId, monthStartUtc(now));
      if (used < perMonth) return "free";
      // A purchase whose webhook has not arrived yet still counts: ask RevenueCat before refusing.
      await deps.sync.reconcile(userId).catch(() => undefined);
      if (await isPro(userId)) return "pro";
      throw overAllowance(used, perMonth, now, "a new interview would go over it");
    },

    /**
     * At each candidate turn or run: answers 402 over the allowance, otherwise admits it and
     * counts the interview the first time. When nothing can refuse it (billing off, a Pro
     * interview) the count is stored alongside the caller's own writes: `recorded` settles once
     * it is, and the caller awaits it before answering.
     */
    async admitInterview(session: {
      id: string;
      userId: string;
      plan: string | null;
    }): Promise<{ recorded: Promise<void> }> {
      if (counted.has(session.id)) return { recorded: Promise.resolve() };
      const now = deps.now();
      const values = { userId: session.userId, sessionId: session.id, at: now };
      if (!deps.sync || session.plan === "pro") {
        // Nothing can refuse it, so there is no count to take and nothing to lock.
        const recorded = repository.recordInterview(values).then(() => {
          counted.set(session.id, true);
        });
        return { recorded };
      }
      await repository.countInterview(
        { ...values, since: monthStartUtc(now) },
        async (used, tx) => {
          if (used < perMonth) return;
          if (await isPro(session.userId, tx)) return;
          throw overAllowance(used, perMonth, now, "this interview cannot take answers");
        },
      );
      counted.set(session.id, true);
      return { recorded: Promise.resolve() };
    },
  };
}
export type Allowance = ReturnType<typeof createAllowance>;
