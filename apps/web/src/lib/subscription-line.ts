import type { SubscriptionView } from "@mentara/contracts/billing";
import type { TFunction } from "i18next";
import { formatDay } from "./billing-api.ts";

const storeKeys = new Set([
  "app_store",
  "mac_app_store",
  "play_store",
  "rc_billing",
  "stripe",
  "test_store",
  "promotional",
]);

/** The store's name as the user knows it. */
export const storeName = (store: string, t: TFunction) =>
  storeKeys.has(store) ? t(`plans.stores.${store}`) : store;

/** Where the subscription stands and the date that matters: renewal, end or payment deadline. */
export function subscriptionLine(sub: SubscriptionView, t: TFunction, language: string): string {
  const date = sub.expiresAt ? formatDay(sub.expiresAt, language) : "";
  const store = storeName(sub.store, t);
  if (sub.status === "active") {
    if (!sub.expiresAt) return t("plans.status.lifetime", { store });
    return sub.willRenew
      ? t("plans.status.renews", { date, store })
      : t("plans.status.until", { date, store });
  }
  return t(`plans.status.${sub.status}`, { date, store });
}
