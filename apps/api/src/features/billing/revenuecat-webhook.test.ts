import { describe, expect, it } from "vitest";
import {
  billingHarness,
  billingOf,
  billingUser,
  webhookAuthorization,
} from "../../testing/billing-harness.ts";
import { startTestApp } from "../../testing/start-test-app.ts";

const h = billingHarness();
const day = 86_400_000;
const monthly = "mentara_pro_monthly";
const later = (ms: number) => new Date(h.clock.getTime() + ms);

/** The REST reads of one subscriber so far (the server re-reads after each event). */
const readsOf = (id: string) =>
  h.revenueCat.requests.filter((r) => r.method === "GET" && r.path === `/v1/subscribers/${id}`)
    .length;

describe("the RevenueCat webhook", () => {
  it("refuses a wrong or missing Authorization header with 401 and changes nothing", async () => {
    const user = await billingUser(h.t);
    h.revenueCat.grant(user.id, monthly);
    const event = h.revenueCat.event("INITIAL_PURCHASE", user.id);
    const wrong = await h.revenueCat.deliver(event, "Bearer not-the-configured-value");
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.body)).toContain("REVENUECAT_WEBHOOK_AUTH");
    const missing = await h.t.app.inject({
      method: "POST",
      url: "/api/webhooks/revenuecat",
      payload: { api_version: "1.0", event },
    });
    expect(missing.statusCode).toBe(401);
    expect(await billingOf(h.t, user.authorization)).toMatchObject({ plan: "free" });
    // The same event, properly authorized, was not used up by the refusals.
    expect((await h.revenueCat.deliver(event)).status).toBe(200);
    expect(await billingOf(h.t, user.authorization)).toMatchObject({ plan: "pro" });
  });

  it("answers 400 saying what is wrong with a body that is not an event", async () => {
    const hostile = { id: "evt_hostile", type: "RENEWAL", app_user_id: "x" };
    for (const payload of [
      {},
      { event: { type: "RENEWAL" } },
      { event: "RENEWAL" },
      { event: { ...hostile, event_timestamp_ms: 1e20 } },
      { event: { ...hostile, expiration_at_ms: -5 } },
      { event: { ...hostile, aliases: "not-a-list" } },
    ]) {
      const response = await h.t.app.inject({
        method: "POST",
        url: "/api/webhooks/revenuecat",
        headers: { authorization: webhookAuthorization },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/event/);
    }
  });

  it("makes a purchase Pro at once, exactly once for a redelivered event", async () => {
    const user = await billingUser(h.t);
    h.revenueCat.grant(user.id, monthly);
    const event = h.revenueCat.event("INITIAL_PURCHASE", user.id);
    const first = await h.revenueCat.deliver(event);
    expect(first).toEqual({ status: 200, body: { received: true, outcome: "applied" } });
    const billing = await billingOf(h.t, user.authorization);
    expect(billing).toMatchObject({
      billing: "on",
      plan: "pro",
      remaining: null,
      subscription: {
        store: "app_store",
        status: "active",
        productId: monthly,
        willRenew: true,
        expiresAt: "2027-01-10T12:00:00.000Z",
        managementUrl: "https://apps.apple.com/account/subscriptions",
      },
    });
    const reads = readsOf(user.id);
    const again = await h.revenueCat.deliver(event);
    expect(again).toEqual({ status: 200, body: { received: true, outcome: "redelivery" } });
    expect(readsOf(user.id)).toBe(reads);
    expect(await billingOf(h.t, user.authorization)).toEqual(billing);
  });

  it("ends up as RevenueCat says whichever order EXPIRATION and RENEWAL arrive in", async () => {
    const first = await billingUser(h.t);
    const second = await billingUser(h.t);
    for (const user of [first, second]) {
      // The first month ran out, then the subscription renewed: RevenueCat holds the renewal.
      h.revenueCat.grant(user.id, monthly, { purchasedAt: later(-31 * day) });
      await h.revenueCat.deliver(h.revenueCat.event("INITIAL_PURCHASE", user.id));
    }
    const expirations = new Map<string, ReturnType<typeof h.revenueCat.event>>();
    for (const user of [first, second]) {
      expirations.set(
        user.id,
        h.revenueCat.event("EXPIRATION", user.id, {
          event_timestamp_ms: later(-day).getTime(),
          expiration_at_ms: later(-day).getTime(),
          expiration_reason: "BILLING_ERROR",
        }),
      );
      h.revenueCat.grant(user.id, monthly, { purchasedAt: h.clock });
    }
    const renewal = (id: string) => h.revenueCat.event("RENEWAL", id);

    // EXPIRATION delivered before RENEWAL.
    await h.revenueCat.deliver(expirations.get(first.id) as never);
    await h.revenueCat.deliver(renewal(first.id));
    // RENEWAL delivered before a late EXPIRATION, and RevenueCat down when the EXPIRATION comes:
    // the older event still cannot undo the newer one.
    await h.revenueCat.deliver(renewal(second.id));
    h.revenueCat.failNext(503);
    expect((await h.revenueCat.deliver(expirations.get(second.id) as never)).status).toBe(200);

    for (const user of [first, second])
      expect(await billingOf(h.t, user.authorization)).toMatchObject({
        plan: "pro",
        subscription: { status: "active", expiresAt: "2027-01-10T12:00:00.000Z" },
      });
  });

  it("moves Pro from one account to another on TRANSFER, which names no app_user_id", async () => {
    const from = await billingUser(h.t);
    const to = await billingUser(h.t);
    h.revenueCat.grant(from.id, monthly);
    await h.revenueCat.deliver(h.revenueCat.event("INITIAL_PURCHASE", from.id));
    h.revenueCat.transfer(from.id, to.id);
    const transfer = h.revenueCat.event("TRANSFER", null, {
      transferred_from: [from.id],
      transferred_to: [to.id],
    });
    expect(transfer).not.toHaveProperty("app_user_id");
    expect((await h.revenueCat.deliver(transfer)).body).toMatchObject({ outcome: "applied" });
    expect(await billingOf(h.t, from.authorization)).toMatchObject({
      plan: "free",
      subscription: { status: "expired" },
    });
    expect(await billingOf(h.t, to.authorization)).toMatchObject({
      plan: "pro",
      subscription: { status: "active", productId: monthly },
    });
  });

  it("keeps access through a pause until the period ends, then EXPIRATION ends it", async () => {
    const user = await billingUser(h.t);
    h.revenueCat.grant(user.id, monthly, { store: "play_store" });
    await h.revenueCat.deliver(h.revenueCat.event("INITIAL_PURCHASE", user.id));
    h.revenueCat.update(user.id, monthly, { autoResumeAt: later(60 * day) });
    await h.revenueCat.deliver(
      h.revenueCat.event("SUBSCRIPTION_PAUSED", user.id, {
        auto_resume_at_ms: later(60 * day).getTime(),
      }),
    );
    expect(await billingOf(h.t, user.authorization)).toMatchObject({
      plan: "pro",
      subscription: {
        store: "play_store",
        status: "paused",
        willRenew: false,
        managementUrl: "https://play.google.com/store/account/subscriptions",
      },
    });
    const saved = h.clock;
    try {
      h.clock = later(31 * day);
      await h.revenueCat.deliver(h.revenueCat.event("EXPIRATION", user.id));
      expect(await billingOf(h.t, user.authorization)).toMatchObject({
        plan: "free",
        subscription: { status: "expired" },
      });
    } finally {
      h.clock = saved;
    }
  });

  it("keeps Pro through a billing issue's grace period, and not after it", async () => {
    const user = await billingUser(h.t);
    h.revenueCat.grant(user.id, monthly, { purchasedAt: later(-25 * day) });
    await h.revenueCat.deliver(h.revenueCat.event("INITIAL_PURCHASE", user.id));
    const expires = later(6 * day);
    const graceEnds = later(22 * day);
    h.revenueCat.update(user.id, monthly, {
      billingIssuesDetectedAt: h.clock,
      gracePeriodExpiresAt: graceEnds,
    });
    await h.revenueCat.deliver(
      h.revenueCat.event("BILLING_ISSUE", user.id, {
        grace_period_expiration_at_ms: graceEnds.getTime(),
      }),
    );
    const saved = h.clock;
    try {
      h.clock = new Date(expires.getTime() + day);
      expect(await billingOf(h.t, user.authorization)).toMatchObject({
        plan: "pro",
        subscription: { status: "billing_issue", expiresAt: graceEnds.toISOString() },
      });
      h.clock = new Date(graceEnds.getTime() + 1000);
      expect(await billingOf(h.t, user.authorization)).toMatchObject({ plan: "free" });
    } finally {
      h.clock = saved;
    }
  });

  it("keeps a cancelled subscription's access until its period ends", async () => {
    const user = await billingUser(h.t);
    h.revenueCat.grant(user.id, monthly);
    await h.revenueCat.deliver(h.revenueCat.event("INITIAL_PURCHASE", user.id));
    h.revenueCat.update(user.id, monthly, { unsubscribeDetectedAt: h.clock });
    await h.revenueCat.deliver(
      h.revenueCat.event("CANCELLATION", user.id, { cancel_reason: "UNSUBSCRIBE" }),
    );
    expect(await billingOf(h.t, user.authorization)).toMatchObject({
      plan: "pro",
      subscription: {
        status: "cancelled",
        willRenew: false,
        expiresAt: "2027-01-10T12:00:00.000Z",
      },
    });
  });

  it("acknowledges TEST, unknown types and unknown or deleted users with 200 and changes nothing", async () => {
    const user = await billingUser(h.t);
    const test = await h.revenueCat.deliver(h.revenueCat.event("TEST", user.id));
    expect(test).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    const unknown = await h.revenueCat.deliver(
      h.revenueCat.event("SOMETHING_NEW_FROM_REVENUECAT", user.id),
    );
    expect(unknown).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    const stranger = await h.revenueCat.deliver(
      h.revenueCat.event("INITIAL_PURCHASE", "$RCAnonymousID:8f1d2c3b4a"),
    );
    expect(stranger).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(await billingOf(h.t, user.authorization)).toMatchObject({
      plan: "free",
      subscription: null,
    });
    expect(readsOf(user.id)).toBe(0);

    const deleted = await billingUser(h.t);
    const gone = await h.t.app.inject({
      method: "DELETE",
      url: "/api/me",
      headers: { authorization: deleted.authorization },
    });
    expect(gone.statusCode).toBe(200);
    h.revenueCat.grant(deleted.id, monthly);
    const late = await h.revenueCat.deliver(h.revenueCat.event("RENEWAL", deleted.id));
    expect(late).toEqual({ status: 200, body: { received: true, outcome: "ignored" } });
    expect(readsOf(deleted.id)).toBe(0);
  });

  it("finds the user by original_app_user_id or an alias", async () => {
    const byOriginal = await billingUser(h.t);
    const byAlias = await billingUser(h.t);
    h.revenueCat.grant(byOriginal.id, monthly);
    h.revenueCat.grant(byAlias.id, monthly);
    await h.revenueCat.deliver(
      h.revenueCat.event("INITIAL_PURCHASE", byOriginal.id, {
        app_user_id: "$RCAnonymousID:aa11",
        aliases: ["$RCAnonymousID:aa11"],
      }),
    );
    await h.revenueCat.deliver(
      h.revenueCat.event("INITIAL_PURCHASE", byAlias.id, {
        app_user_id: "$RCAnonymousID:bb22",
        original_app_user_id: "$RCAnonymousID:bb22",
        aliases: ["$RCAnonymousID:bb22", byAlias.id],
      }),
    );
    for (const user of [byOriginal, byAlias])
      expect(await billingOf(h.t, user.authorization)).toMatchObject({ plan: "pro" });
  });

  it("reads the subscriber again by a job when RevenueCat was down for the webhook", async () => {
    const user = await billingUser(h.t);
    // RevenueCat holds a renewal that was since cancelled; the RENEWAL event says nothing of that.
    h.revenueCat.grant(user.id, monthly, { unsubscribeDetectedAt: h.clock });
    h.revenueCat.failNext(503, 1);
    expect((await h.revenueCat.deliver(h.revenueCat.event("RENEWAL", user.id))).status).toBe(200);
    // Only the job reads RevenueCat from here on (GET /api/billing reads our own table).
    await expect
      .poll(async () => (await billingOf(h.t, user.authorization)).subscription.status, {
        timeout: 30_000,
        interval: 200,
      })
      .toBe("cancelled");
  });

  it("applies each event by its meaning while RevenueCat cannot be read", async () => {
    const cases = [
      ["INITIAL_PURCHASE", "active", true],
      ["RENEWAL", "active", true],
      ["NON_RENEWING_PURCHASE", "active", true],
      ["PRODUCT_CHANGE", "active", true],
      ["UNCANCELLATION", "active", true],
      ["SUBSCRIPTION_EXTENDED", "active", true],
      ["TEMPORARY_ENTITLEMENT_GRANT", "temporary", true],
      ["CANCELLATION", "cancelled", true],
      ["BILLING_ISSUE", "billing_issue", true],
      ["SUBSCRIPTION_PAUSED", "paused", true],
      ["EXPIRATION", "expired", false],
    ] as const;
    // RevenueCat stays down for the whole loop, so neither the webhook nor the job can read it.
    h.revenueCat.failNext(503, 10_000);
    const subject = await billingUser(h.t);
    for (const [type, status, pro] of cases) {
      const event = h.revenueCat.event(type, subject.id, {
        product_id: monthly,
        entitlement_ids: ["pro"],
        expiration_at_ms: later(type === "EXPIRATION" ? -1000 : 30 * day).getTime(),
      });
      expect((await h.revenueCat.deliver(event)).status).toBe(200);
      expect(await billingOf(h.t, subject.authorization), type).toMatchObject({
        plan: pro ? "pro" : "free",
        subscription: { status },
      });
    }
    h.revenueCat.failNext(503, 0);
  });

  it("limits a temporary entitlement to 24 hours when RevenueCat does not list it", async () => {
    const user = await billingUser(h.t);
    await h.revenueCat.deliver(
      h.revenueCat.event("TEMPORARY_ENTITLEMENT_GRANT", user.id, {
        product_id: monthly,
        entitlement_ids: ["pro"],
        expiration_at_ms: later(30 * day).getTime(),
      }),
    );
    expect(await billingOf(h.t, user.authorization)).toMatchObject({
      plan: "pro",
      subscription: { status: "temporary", expiresAt: later(day).toISOString() },
    });
    const saved = h.clock;
    try {
      h.clock = later(day + 1000);
      expect(await billingOf(h.t, user.authorization)).toMatchObject({ plan: "free" });
    } finally {
      h.clock = saved;
    }
  });
});

describe("a server without the webhook's setting", () => {
  it("answers 503 naming REVENUECAT_WEBHOOK_AUTH", async () => {
    const t = await startTestApp({ env: { REVENUECAT_SECRET_KEY: "sk_test_only" } });
    try {
      const response = await t.app.inject({
        method: "POST",
        url: "/api/webhooks/revenuecat",
        headers: { authorization: webhookAuthorization },
        payload: { api_version: "1.0", event: { id: "evt_1", type: "TEST" } },
      });
      expect(response.statusCode).toBe(503);
      expect(response.json().error.message).toContain("REVENUECAT_WEBHOOK_AUTH");
    } finally {
      await t.close();
    }
  });
});
