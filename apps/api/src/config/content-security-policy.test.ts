import { describe, expect, it } from "vitest";
import { clerkFrontendApi, contentSecurityPolicy } from "./content-security-policy.ts";

describe("the content security policy", () => {
  it("allows only our own origin without Clerk", () => {
    const policy = contentSecurityPolicy({ clerkPublishableKey: undefined });
    expect(policy.scriptSrc).toEqual(["'self'"]);
    expect(policy.connectSrc).toEqual(["'self'"]);
    // No font CDN: the whiteboard's fonts come from our own origin.
    expect(policy.fontSrc).toEqual(["'self'", "data:"]);
  });

  it("adds Clerk's Frontend API read from the publishable key", () => {
    const key = `pk_test_${Buffer.from("clerk.mentara.example$").toString("base64")}`;
    expect(clerkFrontendApi(key)).toBe("clerk.mentara.example");
    const policy = contentSecurityPolicy({ clerkPublishableKey: key });
    expect(policy.scriptSrc).toContain("https://clerk.mentara.example");
    expect(policy.connectSrc).toContain("https://clerk.mentara.example");
    expect(clerkFrontendApi("pk_test_bm90IGEgaG9zdA==")).toBeUndefined();
  });

  it("lets the web purchase SDK reach RevenueCat or its proxy, and Stripe only for Web Billing", () => {
    const testStore = contentSecurityPolicy({
      clerkPublishableKey: undefined,
      webPurchases: { apiKey: "test_abc", proxyUrl: "http://127.0.0.1:4010/rc" },
    });
    expect(testStore.connectSrc).toEqual(["'self'", "http://127.0.0.1:4010"]);
    expect(testStore.scriptSrc).toEqual(["'self'"]);
    const webBilling = contentSecurityPolicy({
      clerkPublishableKey: undefined,
      webPurchases: { apiKey: "rcb_abc", proxyUrl: undefined },
    });
    expect(webBilling.connectSrc).toEqual([
      "'self'",
      "https://api.revenuecat.com",
      "https://api.stripe.com",
    ]);
    expect(webBilling.scriptSrc).toContain("https://js.stripe.com");
    expect(webBilling.frameSrc).toContain("https://hooks.stripe.com");
  });
});
