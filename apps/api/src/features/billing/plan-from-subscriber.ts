import type { RevenueCatSubscriber } from "../../integrations/revenuecat-api.ts";
import { type PlanRecord, storeManagementUrl } from "./plan-record.ts";

const dateOf = (value: string | null | undefined): Date | null => {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};

const later = (a: Date | null, b: Date | null): Date | null =>
  a === null || b === null ? (a ?? b) : a > b ? a : b;

/**
 * The entitlement's state from RevenueCat's subscriber (the source of truth), or undefined when the
 * customer does not have the entitlement at all (never bought it, or it was transferred away).
 */
export function planFromSubscriber(
  subscriber: RevenueCatSubscriber,
  entitlement: string,
  now: Date,
): PlanRecord | undefined {
  const granted = subscriber.entitlements[entitlement];
  if (!granted) return undefined;
  const productId = granted.product_identifier;
  const subscription = subscriber.subscriptions[productId];
  const purchase = subscriber.non_subscriptions?.[productId]?.at(-1);
  const store = subscription?.store ?? purchase?.store ?? "unknown";
  const expires = dateOf(granted.expires_date);
  const grace = dateOf(
    granted.grace_period_expires_date ?? subscription?.grace_period_expires_date,
  );
  // A null expiry is a lifetime purchase; a grace period extends access past the expiry.
  const expiresAt = expires === null ? null : later(expires, grace);
  const managementUrl =
    subscription?.management_url ?? subscriber.management_url ?? storeManagementUrl(store);
  const base = { store, expiresAt, productId, managementUrl };

  if (expiresAt !== null && expiresAt.getTime() <= now.getTime())
    return { ...base, status: "expired", willRenew: false };
  if (!subscription) return { ...base, status: "active", willRenew: false };
  if (subscription.billing_issues_detected_at)
    return { ...base, status: "billing_issue", willRenew: false };
  if (subscription.auto_resume_date) return { ...base, status: "paused", willRenew: false };
  if (subscription.unsubscribe_detected_at)
    return { ...base, status: "cancelled", willRenew: false };
  return { ...base, status: "active", willRenew: expires !== null };
}
