import { adultOnboardingAnswers } from "@mentara/testing/onboarding-answers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ClerkTestKeys,
  createClerkTestKeys,
  createWebhookSecret,
  signClerkWebhook,
} from "../../testing/clerk-test-keys.ts";
import { startTestApp, type TestApp } from "../../testing/start-test-app.ts";

let t: TestApp;
let keys: ClerkTestKeys;
const secret = createWebhookSecret();
beforeAll(async () => {
  keys = await createClerkTestKeys();
  t = await startTestApp({
    env: {
      CLERK_PUBLISHABLE_KEY: "pk_test_bWVudGFyYS5jbGVyay5hY2NvdW50cy5kZXYk",
      CLERK_JWT_KEY: keys.publicKeyPem,
      CLERK_AUTHORIZED_PARTIES: "http://localhost:3000,https://mentara.ai",
      CLERK_WEBHOOK_SIGNING_SECRET: secret,
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const me = async (token: string) =>
  t.app.inject({ method: "GET", url: "/api/me", headers: { authorization: `Bearer ${token}` } });
const deliver = (signed: { body: string; headers: Record<string, string> }) =>
  t.app.inject({
    method: "POST",
    url: "/api/webhooks/clerk",
    headers: signed.headers,
    payload: signed.body,
  });
const userEvent = (type: string, id: string, email: string) => ({
  type,
  object: "event",
  data: {
    id,
    object: "user",
    first_name: "Grace",
    last_name: "Hopper",
    primary_email_address_id: "idn_1",
    email_addresses: [{ id: "idn_1", email_address: email }],
  },
});

describe("Clerk sign-in", () => {
  it("accepts a Clerk session token offline and creates the user on first sight", async () => {
    const token = await keys.mintSessionToken({ sub: "user_first_sight" });
    const first = await me(token);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ signInMethod: "clerk", onboarded: false, email: null });
    const again = await me(await keys.mintSessionToken({ sub: "user_first_sight" }));
    expect(again.json().id).toBe(first.json().id);
    // Onboarding asks a Clerk user's year of birth (Clerk does not collect it).
    const noAge = await t.app.inject({
      method: "POST",
      url: "/api/me/onboarding",
      headers: { authorization: `Bearer ${token}` },
      payload: adultOnboardingAnswers,
    });
    expect(noAge.statusCode).toBe(400);
    expect(noAge.json().error.message).toMatch(/year of birth/);
  });

  it("refuses tokens for another site, expired, or signed by another key", async () => {
    const stranger = await createClerkTestKeys();
    for (const token of [
      await keys.mintSessionToken({ sub: "user_x", azp: "https://evil.example" }),
      await keys.mintSessionToken({ sub: "user_x", expiresInSec: -60 }),
      await stranger.mintSessionToken({ sub: "user_x" }),
    ]) {
      const response = await me(token);
      expect(response.statusCode).toBe(401);
      expect(response.json().error.message).toMatch(/sign in again/);
    }
  });

  it("turns away someone under 16 in onboarding and keeps nothing of them", async () => {
    const token = await keys.mintSessionToken({ sub: "user_too_young" });
    const headers = { authorization: `Bearer ${token}` };
    const thisYear = new Date().getUTCFullYear();
    const refused = await t.app.inject({
      method: "POST",
      url: "/api/me/onboarding",
      headers,
      payload: { ...adultOnboardingAnswers, birthYear: thisYear - 13 },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/16 and over/);
    const users = await t.database.executeSql(
      "select count(*)::int as n from users where clerk_user_id = $1",
      ["user_too_young"],
    );
    expect(users.rows[0]).toEqual({ n: 0 });
  });
});

describe("deleting a Clerk account", () => {
  it("keeps the still-valid session token from bringing back an empty account", async () => {
    const token = await keys.mintSessionToken({ sub: "user_deleting_self" });
    const headers = { authorization: `Bearer ${token}` };
    expect((await me(token)).statusCode).toBe(200);
    const deleted = await t.app.inject({ method: "DELETE", url: "/api/me", headers });
    expect(deleted.json()).toMatchObject({ deleted: true, clerk: "not_configured" });
    const after = await me(token);
    expect(after.statusCode).toBe(401);
    const users = await t.database.executeSql(
      "select count(*)::int as n from users where clerk_user_id = $1",
      ["user_deleting_self"],
    );
    expect(users.rows[0]).toEqual({ n: 0 });
  });
});

describe("Clerk webhooks", () => {
  it("creates and updates the user from signed events, once per delivery", async () => {
    const created = signClerkWebhook(
      secret,
      userEvent("user.created", "user_hooked", "Grace@Example.com"),
      "msg_1",
    );
    const first = await deliver(created);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ received: true, duplicate: false });
    expect((await deliver(created)).json()).toEqual({ received: true, duplicate: true });

    const token = await keys.mintSessionToken({ sub: "user_hooked" });
    expect((await me(token)).json()).toMatchObject({
      email: "grace@example.com",
      name: "Grace Hopper",
    });
    await deliver(
      signClerkWebhook(secret, userEvent("user.updated", "user_hooked", "grace@navy.mil"), "msg_2"),
    );
    expect((await me(token)).json().email).toBe("grace@navy.mil");
  });

  it("deletes the account when Clerk deletes the user", async () => {
    await deliver(
      signClerkWebhook(secret, userEvent("user.created", "user_leaving", "leaving@example.com")),
    );
    const token = await keys.mintSessionToken({ sub: "user_leaving" });
    const id = (await me(token)).json().id;
    const gone = await deliver(
      signClerkWebhook(secret, {
        type: "user.deleted",
        object: "event",
        data: { id: "user_leaving", deleted: true, object: "user" },
      }),
    );
    expect(gone.statusCode).toBe(200);
    const rows = await t.database.executeSql("select count(*)::int as n from users where id = $1", [
      id,
    ]);
    expect(rows.rows[0]).toEqual({ n: 0 });
  });

  it("refuses a body whose signature does not verify, and changes nothing", async () => {
    const signed = signClerkWebhook(
      secret,
      userEvent("user.updated", "user_hooked", "attacker@example.com"),
    );
    const tampered = { ...signed, body: signed.body.replace("attacker", "mallory") };
    const response = await deliver(tampered);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/Svix signature does not verify/);
    const forged = signClerkWebhook(
      createWebhookSecret(),
      userEvent("user.updated", "user_hooked", "x@example.com"),
    );
    expect((await deliver(forged)).statusCode).toBe(400);
    const unsigned = await t.app.inject({
      method: "POST",
      url: "/api/webhooks/clerk",
      payload: userEvent("user.updated", "user_hooked", "x@example.com"),
    });
    expect(unsigned.statusCode).toBe(400);
    const token = await keys.mintSessionToken({ sub: "user_hooked" });
    expect((await me(token)).json().email).toBe("grace@navy.mil");
  });
});
