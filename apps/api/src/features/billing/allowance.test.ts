import { describe, expect, it } from "vitest";
import { billingHarness, billingOf, billingUser } from "../../testing/billing-harness.ts";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

const h = billingHarness();
const monthly = "mentara_pro_monthly";

const post = (t: TestApp, url: string, authorization: string, payload: object = {}) =>
  t.app.inject({ method: "POST", url, headers: { authorization }, payload });

const start = (t: TestApp, authorization: string) =>
  post(t, "/api/sessions", authorization, { type: "behavioral" });

/** Starts an interview and answers once, so it counts. */
async function interviewWithAnswer(t: TestApp, authorization: string) {
  const started = await start(t, authorization);
  expect(started.statusCode).toBe(201);
  const id = started.json().id as string;
  const answered = await post(t, `/api/sessions/${id}/turns`, authorization, {
    text: "I led the move of our billing jobs to a queue and cut failed charges from 2% to 0.1%.",
  });
  expect(answered.statusCode).toBe(201);
  await t.app.drain();
  return id;
}

async function withClock<T>(at: string, work: () => Promise<T>): Promise<T> {
  const saved = h.clock;
  h.clock = new Date(at);
  try {
    return await work();
  } finally {
    h.clock = saved;
  }
}

describe("the free plan's monthly allowance", () => {
  it("shows what is left, refuses the fourth interview with 402, and renews on the 1st (UTC)", async () => {
    const user = await billingUser(h.t);
    expect(await billingOf(h.t, user.authorization)).toMatchObject({
      billing: "on",
      plan: "free",
      allowance: 3,
      used: 0,
      remaining: 3,
      renewsAt: "2027-01-01T00:00:00.000Z",
      subscription: null,
      purchases: { entitlement: "pro" },
    });
    for (let i = 0; i < 3; i++) await interviewWithAnswer(h.t, user.authorization);
    expect(await billingOf(h.t, user.authorization)).toMatchObject({ used: 3, remaining: 0 });

    const refused = await start(h.t, user.authorization);
    expect(refused.statusCode).toBe(402);
    const error = refused.json().error;
    expect(error.code).toBe("PAYMENT_REQUIRED");
    expect(error.message).toContain("3 of your 3 free interviews");
    expect(error.message).toContain("1 January 2027");
    expect(error.message).toContain("/plans");
    expect(error.details).toEqual({
      used: 3,
      allowance: 3,
      renewsAt: "2027-01-01T00:00:00.000Z",
      upgradePath: "/plans",
    });

    // One second before midnight UTC on 31 December it is still December.
    await withClock("2026-12-31T23:59:59Z", async () => {
      expect((await start(h.t, user.authorization)).statusCode).toBe(402);
    });
    await withClock("2027-01-01T00:00:00Z", async () => {
      expect(await billingOf(h.t, user.authorization)).toMatchObject({ used: 0, remaining: 3 });
      expect((await start(h.t, user.authorization)).statusCode).toBe(201);
    });
  });

  it("does not count interviews nobody answered in, nor give one back when it is deleted", async () => {
    const user = await billingUser(h.t);
    for (let i = 0; i < 4; i++) expect((await start(h.t, user.authorization)).statusCode).toBe(201);
    expect(await billingOf(h.t, user.authorization)).toMatchObject({ used: 0, remaining: 3 });
    const counted = await interviewWithAnswer(h.t, user.authorization);
    const deleted = await h.t.app.inject({
      method: "DELETE",
      url: `/api/sessions/${counted}`,
      headers: { authorization: user.authorization },
    });
    expect(deleted.statusCode).toBe(204);
    expect(await billingOf(h.t, user.authorization)).toMatchObject({ used: 1, remaining: 2 });
  });

  it("counts an interview at its first answer, so interviews opened ahead cannot go over", async () => {
    const user = await billingUser(h.t);
    await interviewWithAnswer(h.t, user.authorization);
    await interviewWithAnswer(h.t, user.authorization);
    // Two opened while one was left: the first to get an answer takes it.
    const a = (await start(h.t, user.authorization)).json().id;
    const b = (await start(h.t, user.authorization)).json().id;
    const answers = await Promise.all(
      [a, b].map((id) =>
        post(h.t, `/api/sessions/${id}/turns`, user.authorization, { text: "Hi" }),
      ),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 402]);
    const refused = answers.find((r) => r.statusCode === 402);
    expect(refused?.json().error.message).toContain("this interview cannot take answers");
    await h.t.app.drain();
    expect(await billingOf(h.t, user.authorization)).toMatchObject({ used: 3, remaining: 0 });
  });

  it("lets a user start at once after a purchase event", async () => {
    const user = await billingUser(h.t);
    for (let i = 0; i < 3; i++) await interviewWithAnswer(h.t, user.authorization);
    expect((await start(h.t, user.authorization)).statusCode).toBe(402);
    h.revenueCat.grant(user.id, monthly);
    expect(
      (await h.revenueCat.deliver(h.revenueCat.event("INITIAL_PURCHASE", user.id))).status,
    ).toBe(200);
    expect(await billingOf(h.t, user.authorization)).toMatchObject({
      plan: "pro",
      used: 3,
      remaining: null,
    });
    await interviewWithAnswer(h.t, user.authorization);
  });

  it("asks RevenueCat before refusing, so a purchase whose webhook is late still counts", async () => {
    const user = await billingUser(h.t);
    for (let i = 0; i < 3; i++) await interviewWithAnswer(h.t, user.authorization);
    h.revenueCat.grant(user.id, monthly, { store: "play_store" });
    expect((await start(h.t, user.authorization)).statusCode).toBe(201);
    expect(await billingOf(h.t, user.authorization)).toMatchObject({
      plan: "pro",
      subscription: { store: "play_store" },
    });
  });

  it("lets a lapsed Pro user finish the interview in progress, and no new one", async () => {
    const user = await billingUser(h.t);
    for (let i = 0; i < 3; i++) await interviewWithAnswer(h.t, user.authorization);
    h.revenueCat.grant(user.id, monthly, { purchasedAt: new Date("2026-11-11T12:00:00Z") });
    await h.revenueCat.deliver(h.revenueCat.event("INITIAL_PURCHASE", user.id));
    // Started on Pro a minute before the plan runs out, answered after.
    const id = await withClock("2026-12-11T11:59:00Z", async () => {
      const started = await start(h.t, user.authorization);
      expect(started.statusCode).toBe(201);
      return started.json().id as string;
    });
    await withClock("2026-12-11T12:01:00Z", async () => {
      await h.revenueCat.deliver(h.revenueCat.event("EXPIRATION", user.id));
      expect(await billingOf(h.t, user.authorization)).toMatchObject({ plan: "free" });
      const answer = await post(h.t, `/api/sessions/${id}/turns`, user.authorization, {
        text: "Still here: the interview goes on.",
      });
      expect(answer.statusCode).toBe(201);
      await h.t.app.drain();
      expect((await start(h.t, user.authorization)).statusCode).toBe(402);
    });
  });

  it("answers what changed after a purchase on POST /api/billing/refresh", async () => {
    const user = await billingUser(h.t);
    h.revenueCat.grant(user.id, monthly, { store: "test_store" });
    expect(await billingOf(h.t, user.authorization)).toMatchObject({ plan: "free" });
    const refreshed = await post(h.t, "/api/billing/refresh", user.authorization);
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.json()).toMatchObject({ plan: "pro", subscription: { store: "test_store" } });
    h.revenueCat.failNext(503);
    const down = await post(h.t, "/api/billing/refresh", user.authorization);
    expect(down.statusCode).toBe(503);
    expect(down.json().error.message).toContain("not lost");
  });
});

describe("a server without RevenueCat", () => {
  it("has no allowance, no plans and says billing is off", async () => {
    const t = await startTestApp();
    try {
      const { authorization } = await signUpUser(t.app);
      for (let i = 0; i < 5; i++) await interviewWithAnswer(t, authorization);
      expect(await billingOf(t, authorization)).toEqual({ billing: "off" });
      const health = await t.app.inject({ method: "GET", url: "/api/health" });
      expect(health.json().billing).toBe("off");
    } finally {
      await t.close();
    }
  });
});
