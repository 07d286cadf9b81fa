import { z } from "zod";
import { type PlanRecord, storeManagementUrl } from "./plan-record.ts";

/** A time in milliseconds that a Date can hold (RevenueCat sends Unix milliseconds). */
const millis = z
  .number()
  .int("times are whole Unix milliseconds")
  .min(0, "times are Unix milliseconds after 1970")
  .max(8_640_000_000_000_000, "this time is beyond what a date can hold")
  .nullish();
const id = z.string().max(1000, "ids are at most 1000 characters");
const ids = z.array(id).max(1000, "at most 1000 ids").nullish();

/**
 * A RevenueCat webhook delivery, as RevenueCat documents it: `{ api_version, event }`. Only the
 * fields that decide a plan or find a user are read; the rest (prices, countries…) are ignored.
 */
export const revenueCatWebhookBody = z.object({
  api_version: z.string().optional(),
  event: z.object(
    {
      id: z.string({ error: "event.id is missing" }).min(1).max(200),
      type: z.string({ error: "event.type is missing" }).min(1).max(100),
      event_timestamp_ms: millis,
      app_user_id: id.nullish(),
      original_app_user_id: id.nullish(),
      aliases: ids,
      transferred_from: ids,
      transferred_to: ids,
      entitlement_ids: ids,
      entitlement_id: id.nullish(),
      product_id: id.nullish(),
      store: z.string().max(100).nullish(),
      expiration_at_ms: millis,
      grace_period_expiration_at_ms: millis,
    },
    { error: "the body must be a RevenueCat webhook: { api_version, event: { id, type, … } }" },
  ),
});
export type RevenueCatEvent = z.infer<typeof revenueCatWebhookBody>["event"];

/** Every app user id the event names: the customer's ids, or both sides of a transfer. */
export function appUserIdsOf(event: RevenueCatEvent): string[] {
  const named = [
    event.app_user_id,
    event.original_app_user_id,
    ...(event.aliases ?? []),
    ...(event.transferred_from ?? []),
    ...(event.transferred_to ?? []),
  ];
  return [...new Set(named.filter((id): id is string => typeof id === "string" && id !== ""))];
}

/** Events that grant or keep the entitlement until `expiration_at_ms`. */
export const grantingTypes = new Set([
  "INITIAL_PURCHASE",
  "RENEWAL",
  "NON_RENEWING_PURCHASE",
  "PRODUCT_CHANGE",
  "UNCANCELLATION",
  "SUBSCRIPTION_EXTENDED",
]);

/** The longest a temporary entitlement lasts (RevenueCat grants it while a store is down). */
const temporaryGrantMs = 24 * 60 * 60 * 1000;

const dateOf = (ms: number | null | undefined): Date | null =>
  typeof ms === "number" ? new Date(ms) : null;

/**
 * What the event says about the entitlement, applied on top of what we hold; undefined when it
 * changes nothing (another entitlement, TRANSFER, TEST, an unknown type). The subscriber read back
 * from RevenueCat afterwards has the last word; this is what holds when that read fails.
 */
export function planFromEvent(
  event: RevenueCatEvent,
  entitlement: string,
  current: PlanRecord | undefined,
  now: Date,
): PlanRecord | undefined {
  const concerns =
    event.entitlement_ids?.includes(entitlement) ?? event.entitlement_id === entitlement;
  if (!concerns) return undefined;
  const store = event.store ? event.store.toLowerCase() : (current?.store ?? "unknown");
  const expiresAt = dateOf(event.expiration_at_ms);
  const base: PlanRecord = {
    store,
    status: "active",
    expiresAt,
    productId: event.product_id ?? current?.productId ?? null,
    willRenew: false,
    managementUrl: current?.managementUrl ?? storeManagementUrl(store),
  };
  if (grantingTypes.has(event.type)) {
    const renews = event.type !== "NON_RENEWING_PURCHASE" && expiresAt !== null;
    return { ...base, willRenew: renews };
  }
  switch (event.type) {
    case "TEMPORARY_ENTITLEMENT_GRANT": {
      const from = event.event_timestamp_ms ?? now.getTime();
      const cap = from + temporaryGrantMs;
      const end = Math.min(event.expiration_at_ms ?? cap, cap);
      return { ...base, status: "temporary", expiresAt: new Date(end) };
    }
    case "CANCELLATION":
      // Access continues until the period ends (a refund moves expiration_at_ms to its time).
      return { ...base, status: "cancelled" };
    case "BILLING_ISSUE": {
      const grace = dateOf(event.grace_period_expiration_at_ms);
      const end = grace && (!expiresAt || grace > expiresAt) ? grace : expiresAt;
      return { ...base, status: "billing_issue", expiresAt: end };
    }
    case "SUBSCRIPTION_PAUSED":
      // The pause starts when the period ends; EXPIRATION follows then.
      return { ...base, status: "paused" };
    case "EXPIRATION":
      return {
        ...base,
        status: "expired",
        expiresAt: expiresAt ?? dateOf(event.event_timestamp_ms) ?? now,
      };
    default:
      return undefined;
  }
}
