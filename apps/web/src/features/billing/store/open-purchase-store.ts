import type { PurchaseSettings } from "@mentara/contracts/billing";
import { isNativeApp } from "../../../lib/native-platform.ts";
import type { PurchaseStore } from "./purchase-store.ts";

/** Which store this device buys through, or the setting the server lacks for it. */
export type StoreAccess =
  | { store: PurchaseStore }
  | {
      missing: "REVENUECAT_WEB_API_KEY" | "REVENUECAT_IOS_API_KEY" | "REVENUECAT_ANDROID_API_KEY";
    };

/** The store for this device: Web Billing in a browser, the App Store or Google Play in the apps. */
export async function openPurchaseStore(
  settings: PurchaseSettings,
  appUserId: string,
): Promise<StoreAccess> {
  if (isNativeApp()) {
    const platform = window.Capacitor?.getPlatform?.() === "ios" ? "ios" : "android";
    const apiKey = platform === "ios" ? settings.iosApiKey : settings.androidApiKey;
    if (!apiKey)
      return {
        missing: platform === "ios" ? "REVENUECAT_IOS_API_KEY" : "REVENUECAT_ANDROID_API_KEY",
      };
    const { openNativeStore } = await import("./native-store.ts");
    return { store: await openNativeStore({ apiKey, appUserId, platform }) };
  }
  if (!settings.webApiKey) return { missing: "REVENUECAT_WEB_API_KEY" };
  const { openWebStore } = await import("./web-store.ts");
  return {
    store: await openWebStore({
      apiKey: settings.webApiKey,
      appUserId,
      proxyUrl: settings.webProxyUrl,
    }),
  };
}
