/** One way to pay for Pro, as the store lists it (prices come from the store, in its currency). */
export interface PlanOffer {
  id: string;
  title: string;
  /** The store's own price text, such as "$12.99". */
  price: string;
  /** How often it renews: "month", "year", or null for a one-time purchase. */
  period: "week" | "month" | "year" | null;
}

export type PurchaseOutcome = "purchased" | "cancelled";

/**
 * Buying Pro through RevenueCat: RevenueCat Web Billing in the browser, the App Store or Google
 * Play in the apps. Card details go to the store, never to us; afterwards the server reads the
 * result from RevenueCat.
 */
export interface PurchaseStore {
  /** Where the purchase is made, for the labels. */
  kind: "web" | "app_store" | "play_store";
  offers(): Promise<PlanOffer[]>;
  buy(offerId: string): Promise<PurchaseOutcome>;
  /** Asks the store for purchases made with this store account (native); web has nothing to ask. */
  restore(): Promise<void>;
}
