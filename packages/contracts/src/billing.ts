import { z } from "zod";

/** The user's subscription, as the Profile shows it: plan, store, status and dates only. */
export const subscriptionView = z.object({
  /** app_store, play_store, rc_billing, stripe, promotional… */
  store: z.string(),
  status: z.enum(["active", "cancelled", "billing_issue", "paused", "temporary", "expired"]),
  productId: z.string().nullable(),
  /** When access ends, grace included; null for a lifetime purchase. */
  expiresAt: z.string().nullable(),
  willRenew: z.boolean(),
  /** Where to manage or cancel it: the store's page or RevenueCat's customer portal. */
  managementUrl: z.string().nullable(),
});
export type SubscriptionView = z.infer<typeof subscriptionView>;

/** The public RevenueCat SDK keys the apps use to show offerings and buy. */
export const purchaseSettings = z.object({
  entitlement: z.string(),
  webApiKey: z.string().nullable(),
  iosApiKey: z.string().nullable(),
  androidApiKey: z.string().nullable(),
  /** Where the web SDK sends its requests instead of RevenueCat's API (a proxy). */
  webProxyUrl: z.string().nullable(),
});
export type PurchaseSettings = z.infer<typeof purchaseSettings>;

/** The plan and the monthly allowance; `billing: "off"` when this server has no billing. */
export const billingStatus = z.discriminatedUnion("billing", [
  z.object({ billing: z.literal("off") }),
  z.object({
    billing: z.literal("on"),
    plan: z.enum(["free", "pro"]),
    /** Free interviews a month. */
    allowance: z.number().int(),
    /** Interviews counted this calendar month (UTC). */
    used: z.number().int(),
    /** Free interviews left this month; null on Pro (unlimited). */
    remaining: z.number().int().nullable(),
    /** When the allowance starts again: the first of next month, 00:00 UTC. */
    renewsAt: z.string(),
    subscription: subscriptionView.nullable(),
    purchases: purchaseSettings,
  }),
]);
export type BillingStatus = z.infer<typeof billingStatus>;

/** RevenueCat's webhook acknowledgement: always 200 for an accepted event. */
export const webhookAck = z.object({
  received: z.literal(true),
  outcome: z.enum(["applied", "redelivery", "ignored"]),
});
