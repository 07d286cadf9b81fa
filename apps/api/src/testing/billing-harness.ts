import { type FakeRevenueCat, startFakeRevenueCat } from "@mentara/testing/fake-revenuecat";
import { afterAll, beforeAll } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "./start-test-app.ts";

export const webhookAuthorization = "Bearer whk_mentara_test_0123456789";

/**
 * The app with billing on, listening on 127.0.0.1 so the fake RevenueCat delivers webhooks over
 * real HTTP, and a clock the tests move (the fake RevenueCat reads the same clock).
 */
export function billingHarness(options: { env?: Record<string, string> } = {}) {
  const h = {
    clock: new Date("2026-12-10T12:00:00Z"),
  } as { clock: Date; t: TestApp; revenueCat: FakeRevenueCat };
  beforeAll(async () => {
    h.revenueCat = await startFakeRevenueCat({ now: () => h.clock });
    h.t = await startTestApp({
      now: () => h.clock,
      retryDelaySeconds: 1,
      env: {
        REVENUECAT_SECRET_KEY: h.revenueCat.secretKey,
        REVENUECAT_API_URL: h.revenueCat.url,
        REVENUECAT_WEBHOOK_AUTH: webhookAuthorization,
        ...options.env,
      },
    });
    const address = await h.t.app.listen({ port: 0, host: "127.0.0.1" });
    h.revenueCat.webhook = {
      url: `${address}/api/webhooks/revenuecat`,
      authorization: webhookAuthorization,
    };
  }, 60_000);
  afterAll(async () => {
    await h.t?.close();
    await h.revenueCat?.close();
  });
  return h;
}

/** A signed-up, onboarded user with the id RevenueCat knows them by. */
export async function billingUser(t: TestApp) {
  const user = await signUpUser(t.app);
  const me = await t.app.inject({
    method: "GET",
    url: "/api/me",
    headers: { authorization: user.authorization },
  });
  return { ...user, id: me.json().id as string };
}

/** GET /api/billing for the user. */
export async function billingOf(t: TestApp, authorization: string) {
  const response = await t.app.inject({
    method: "GET",
    url: "/api/billing",
    headers: { authorization },
  });
  if (response.statusCode !== 200) throw new Error(`GET /api/billing: ${response.body}`);
  return response.json();
}
