import { adultOnboardingAnswers } from "@mentara/testing/onboarding-answers";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ClerkTestKeys, createClerkTestKeys } from "../../testing/clerk-test-keys.ts";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

// The day: those born in 2010 turn 16 this year, those born in 2011 do not.
const firstOfDecember = new Date("2026-12-01T09:00:00Z");
let today = firstOfDecember;

let t: TestApp;
let keys: ClerkTestKeys;
beforeAll(async () => {
  keys = await createClerkTestKeys();
  t = await startTestApp({
    now: () => today,
    env: {
      CLERK_PUBLISHABLE_KEY: "pk_test_bWVudGFyYS5jbGVyay5hY2NvdW50cy5kZXYk",
      CLERK_JWT_KEY: keys.publicKeyPem,
      CLERK_AUTHORIZED_PARTIES: "http://localhost:3000",
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
});
beforeEach(() => {
  today = firstOfDecember;
});

const call = (
  method: "GET" | "PATCH" | "POST",
  url: string,
  authorization: string,
  payload?: object,
) => t.app.inject({ method, url, headers: { authorization }, ...(payload ? { payload } : {}) });
/** A Clerk user, who gives the year of birth at onboarding. */
const clerkUser = async (sub: string) => `Bearer ${await keys.mintSessionToken({ sub })}`;
const clerkUsers = async (sub: string) =>
  (
    await t.database.executeSql("select count(*)::int as n from users where clerk_user_id = $1", [
      sub,
    ])
  ).rows[0];
const onboard = (authorization: string, birth: object) =>
  call("POST", "/api/me/onboarding", authorization, { ...adultOnboardingAnswers, ...birth });

describe("the onboarding age gate, on 1 December 2026", () => {
  it("asks the month of someone born in 2010, then lets in December 2010", async () => {
    const authorization = await clerkUser("user_december_2010");
    const asked = await onboard(authorization, { birthYear: 2010 });
    expect(asked.statusCode).toBe(400);
    expect(asked.json().error).toMatchObject({
      code: "VALIDATION",
      details: { needed: "birthMonth" },
    });
    expect(asked.json().error.message).toMatch(/^Enter your month of birth too/);
    // Asking is not refusing: the account stays, not onboarded yet.
    expect((await call("GET", "/api/me", authorization)).json()).toMatchObject({
      onboarded: false,
      birthYear: null,
    });

    const done = await onboard(authorization, { birthYear: 2010, birthMonth: 12 });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ onboarded: true, birthYear: 2010 });
    expect(done.body).not.toContain("birthMonth");
  });

  it("refuses someone born in January 2011 and deletes the account", async () => {
    const authorization = await clerkUser("user_january_2011");
    const refused = await onboard(authorization, { birthYear: 2011, birthMonth: 1 });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: "UNDER_AGE" });
    expect(refused.json().error.message).toMatch(/aged 16 and over/);
    expect(await clerkUsers("user_january_2011")).toEqual({ n: 0 });
  });

  it("refuses, in July, someone born in August sixteen years before", async () => {
    today = new Date("2026-07-15T12:00:00Z");
    const refused = await onboard(await clerkUser("user_august_2010"), {
      birthYear: 2010,
      birthMonth: 8,
    });
    expect(refused.statusCode).toBe(403);
    expect(await clerkUsers("user_august_2010")).toEqual({ n: 0 });
    const july = await onboard(await clerkUser("user_july_2010"), {
      birthYear: 2010,
      birthMonth: 7,
    });
    expect(july.statusCode).toBe(200);
  });

  it("does not ask again for the month of a year that passed the gate at sign-up", async () => {
    const signUp = await t.app.inject({
      method: "POST",
      url: "/api/auth/local/sign-up",
      payload: {
        email: "november-2010@example.com",
        password: "a long enough password",
        birthYear: 2010,
        birthMonth: 11,
      },
    });
    expect(signUp.statusCode).toBe(201);
    const done = await onboard(`Bearer ${signUp.json().token}`, {});
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ onboarded: true, birthYear: 2010 });
  });

  it("wants the year with the month", async () => {
    const alone = await onboard(await clerkUser("user_month_alone"), { birthMonth: 12 });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.message).toMatch(
      /birthMonth: send birthMonth together with birthYear/,
    );
  });
});

describe("correcting the year of birth, on 1 December 2026", () => {
  it("goes through the same gate: the month when needed, and no year under 16", async () => {
    const { authorization } = await signUpUser(t.app);
    const stored = () => call("GET", "/api/me", authorization);
    expect((await stored()).json().birthYear).toBe(1995);

    const asked = await call("PATCH", "/api/me", authorization, { birthYear: 2010 });
    expect(asked.statusCode).toBe(400);
    expect(asked.json().error).toMatchObject({
      code: "VALIDATION",
      details: { needed: "birthMonth" },
    });
    expect(asked.json().error.message).toMatch(/^Enter your month of birth too/);

    // Too young: refused, and nothing in the request is applied; the account stays.
    const refused = await call("PATCH", "/api/me", authorization, {
      birthYear: 2011,
      birthMonth: 1,
      name: "Not Saved",
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: "UNDER_AGE" });
    expect(refused.json().error.message).toMatch(/aged 16 and over.*nothing was changed/);
    expect((await stored()).json()).toMatchObject({ birthYear: 1995, name: null, onboarded: true });

    const alone = await call("PATCH", "/api/me", authorization, { birthMonth: 3 });
    expect(alone.statusCode).toBe(400);
    expect(alone.json().error.message).toMatch(/send birthMonth together with birthYear/);

    const corrected = await call("PATCH", "/api/me", authorization, {
      birthYear: 2010,
      birthMonth: 12,
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json().birthYear).toBe(2010);
    expect(corrected.body).not.toContain("birthMonth");

    const older = await call("PATCH", "/api/me", authorization, { birthYear: 1980 });
    expect(older.statusCode).toBe(200);
    expect((await stored()).json().birthYear).toBe(1980);
  });
});
