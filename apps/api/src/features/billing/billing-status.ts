import type { BillingStatus, PurchaseSettings } from "@mentara/contracts/billing";
import type { Allowance } from "./allowance.ts";
import { monthStartUtc, nextMonthStartUtc } from "./allowance.ts";
import { type BillingRepository, toPlanRecord } from "./billing-repository.ts";
import { hasAccess } from "./plan-record.ts";

/** The user's plan, this month's count and the subscription, as the apps show them. */
export async function billingStatusOf(
  userId: string,
  deps: {
    allowance: Allowance;
    repository: BillingRepository;
    entitlement: string;
    perMonth: number;
    purchases: PurchaseSettings;
    now: () => Date;
  },
): Promise<BillingStatus> {
  if (!deps.allowance.billingOn) return { billing: "off" };
  const now = deps.now();
  const [row, used] = await Promise.all([
    deps.repository.subscriptionOf(userId, deps.entitlement),
    deps.repository.usedSince(userId, monthStartUtc(now)),
  ]);
  const record = row && toPlanRecord(row);
  const pro = record !== undefined && hasAccess(record, now);
  return {
    billing: "on",
    plan: pro ? "pro" : "free",
    allowance: deps.perMonth,
    used,
    remaining: pro ? null : Math.max(0, deps.perMonth - used),
    renewsAt: nextMonthStartUtc(now).toISOString(),
    subscription: record
      ? {
          store: record.store,
          status: record.status,
          productId: record.productId,
          expiresAt: record.expiresAt?.toISOString() ?? null,
          willRenew: record.willRenew,
          managementUrl: record.managementUrl,
        }
      : null,
    purchases: deps.purchases,
  };
}
