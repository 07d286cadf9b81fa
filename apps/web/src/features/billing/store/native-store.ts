import type { PlanOffer, PurchaseStore } from "./purchase-store.ts";

/** ISO 8601 period (P1M, P1Y, P1W) as the word the labels use. */
const periodOf = (iso: string | null): PlanOffer["period"] => {
  if (iso === "P1W" || iso === "P7D") return "week";
  if (iso === "P1M") return "month";
  if (iso === "P1Y" || iso === "P12M") return "year";
  return null;
};

/**
 * The App Store or Google Play through `@revenuecat/purchases-capacitor`, inside the apps only.
 * RevenueCat knows the user by our user id (never the email), so a purchase reaches the server's
 * plan whichever device made it.
 */
export async function openNativeStore(settings: {
  apiKey: string;
  appUserId: string;
  platform: "ios" | "android";
}): Promise<PurchaseStore> {
  const { Purchases, PURCHASES_ERROR_CODE } = await import("@revenuecat/purchases-capacitor");
  const { isConfigured } = await Purchases.isConfigured();
  if (!isConfigured)
    await Purchases.configure({ apiKey: settings.apiKey, appUserID: settings.appUserId });
  else if ((await Purchases.getAppUserID()).appUserID !== settings.appUserId)
    await Purchases.logIn({ appUserID: settings.appUserId });
  const packages = async () => (await Purchases.getOfferings()).current?.availablePackages ?? [];
  return {
    kind: settings.platform === "ios" ? "app_store" : "play_store",
    async offers() {
      return (await packages()).map((pkg) => ({
        id: pkg.identifier,
        title: pkg.product.title,
        price: pkg.product.priceString,
        period: periodOf(pkg.product.subscriptionPeriod),
      }));
    },
    async buy(offerId) {
      const chosen = (await packages()).find((pkg) => pkg.identifier === offerId);
      if (!chosen) throw new Error(`The plan ${offerId} is no longer offered.`);
      try {
        await Purchases.purchasePackage({ aPackage: chosen });
        return "purchased";
      } catch (error: unknown) {
        const code = (error as { code?: unknown }).code;
        if (code === PURCHASES_ERROR_CODE.PURCHASE_CANCELLED_ERROR) return "cancelled";
        throw error;
      }
    },
    async restore() {
      await Purchases.restorePurchases();
    },
  };
}
