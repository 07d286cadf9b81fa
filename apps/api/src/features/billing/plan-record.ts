/** Where a subscription stands, as the Profile shows it. */
export const subscriptionStatuses = [
  "active",
  "cancelled",
  "billing_issue",
  "paused",
  "temporary",
  "expired",
] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/** One entitlement's state, as a `subscriptions` row holds it. */
export interface PlanRecord {
  store: string;
  status: SubscriptionStatus;
  /** When access ends, grace period included; null for a lifetime purchase. */
  expiresAt: Date | null;
  productId: string | null;
  willRenew: boolean;
  managementUrl: string | null;
}

/** Whether the record gives access now: not expired, and its end (if any) still ahead. */
export function hasAccess(record: Pick<PlanRecord, "status" | "expiresAt">, now: Date): boolean {
  if (record.status === "expired") return false;
  return record.expiresAt === null || record.expiresAt.getTime() > now.getTime();
}

/** The store's own subscription page, for stores where RevenueCat gives no management URL. */
export function storeManagementUrl(store: string): string | null {
  if (store === "app_store" || store === "mac_app_store")
    return "https://apps.apple.com/account/subscriptions";
  if (store === "play_store") return "https://play.google.com/store/account/subscriptions";
  return null;
}
