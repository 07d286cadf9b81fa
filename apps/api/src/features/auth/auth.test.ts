import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const signUp = (payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/auth/local/sign-up", payload });
const signIn = (payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/auth/local/sign-in", payload });

describe("local accounts", () => {
  it("signs up, signs in and reads the profile with the token", async () => {
    const created = await signUp({
      email: "  Ada@Example.com ",
      password: "correct horse",
      birthYear: 1990,
    });
    expect(created.statusCode).toBe(201);
    const signedIn = await signIn({ email: "ada@example.com", password: "correct horse" });
    expect(signedIn.statusCode).toBe(200);
    const me = await t.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { authorization: `Bearer ${signedIn.json().token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ email: "ada@example.com", birthYear: 1990, locale: "en" });
    expect(me.body).not.toContain("password");
  });

  it("refuses anyone under 16 with a clear message and keeps nothing", async () => {
    const thisYear = new Date().getUTCFullYear();
    const response = await signUp({
      email: "young@example.com",
      password: "long enough",
      birthYear: thisYear - 15,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: "UNDER_AGE" });
    expect(response.json().error.message).toMatch(/16 and over/);
    const later = await signIn({ email: "young@example.com", password: "long enough" });
    expect(later.json().error.message).toMatch(/No account uses this email/);
  });

  it("explains each bad input with a 4xx", async () => {
    const short = await signUp({
      email: "short@example.com",
      password: "seven77",
      birthYear: 1990,
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/password.*at least 8 characters/);
    const badEmail = await signUp({
      email: "not-an-email",
      password: "long enough",
      birthYear: 1990,
    });
    expect(badEmail.json().error.message).toMatch(/email.*valid email/);

    await signUp({ email: "twice@example.com", password: "long enough", birthYear: 1990 });
    const duplicate = await signUp({
      email: "TWICE@example.com",
      password: "another one",
      birthYear: 1991,
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.message).toMatch(/already exists/);

    const wrong = await signIn({ email: "twice@example.com", password: "not the password" });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.message).toMatch(/password is not right/);
    const unknown = await signIn({ email: "nobody@example.com", password: "whatever" });
    expect(unknown.statusCode).toBe(401);
  });

  it("refuses requests without a valid token", async () => {
    const none = await t.app.inject({ method: "GET", url: "/api/me" });
    expect(none.statusCode).toBe(401);
    expect(none.json().error.message).toMatch(/no bearer token/);
    const forged = await t.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { authorization: "Bearer abc.def.ghi" },
    });
    expect(forged.statusCode).toBe(401);
    const { authorization } = await signUpUser(t.app);
    expect(
      (await t.app.inject({ method: "GET", url: "/api/me", headers: { authorization } }))
        .statusCode,
    ).toBe(200);
  });
});
