import type { PurchaseStore } from "./purchase-store.ts";

const periodOf = (unit: string | undefined) =>
  unit === "week" || unit === "month" || unit === "year" ? unit : null;

/**
 * RevenueCat Web Billing through `@revenuecat/purchases-js`, loaded only when the plans page
 * opens. Analytics and UTM collection are off: the SDK only lists offerings and buys.
 */
export async function openWebStore(settings: {
  apiKey: string;
  appUserId: string;
  proxyUrl: string | null;
}): Promise<PurchaseStore> {
  const { Purchases, ErrorCode, PurchasesError } = await import("@revenuecat/purchases-js");
  const purchases = Purchases.isConfigured()
    ? Purchases.getSharedInstance()
    : Purchases.configure({
        apiKey: settings.apiKey,
        appUserId: settings.appUserId,
        ...(settings.proxyUrl ? { httpConfig: { proxyURL: settings.proxyUrl } } : {}),
        flags: { collectAnalyticsEvents: false, autoCollectUTMAsMetadata: false },
      });
  if (purchases.getAppUserId() !== settings.appUserId)
    await purchases.changeUser(settings.appUserId);
  const packages = async () => {
    const offerings = await purchases.getOfferings();
    return offerings.current?.availablePackages ?? [];
  };
  return {
    kind: "web",
    async offers() {
      return (await packages()).map((pkg) => ({
        id: pkg.identifier,
        title: pkg.webBillingProduct.title,
        price: pkg.webBillingProduct.price.formattedPrice,
        period: periodOf(pkg.webBillingProduct.period?.unit),
      }));
    },
    async buy(offerId) {
      const chosen = (await packages()).find((pkg) => pkg.identifier === offerId);
      if (!chosen) throw new Error(`The plan ${offerId} is no longer offered.`);
      try {
        await purchases.purchase({ rcPackage: chosen });
        return "purchased";
      } catch (error: unknown) {
        if (error instanceof PurchasesError && error.errorCode === ErrorCode.UserCancelledError)
          return "cancelled";
        throw error;
      }
    },
    async restore() {
      // Web purchases belong to the signed-in account: the server reads them from RevenueCat.
    },
  };
}
