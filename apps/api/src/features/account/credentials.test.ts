import { adultOnboardingAnswers } from "@mentara/testing/onboarding-answers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ClerkTestKeys, createClerkTestKeys } from "../../testing/clerk-test-keys.ts";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

let t: TestApp;
let keys: ClerkTestKeys;
beforeAll(async () => {
  keys = await createClerkTestKeys();
  // Clerk configured: local accounts and Clerk accounts side by side.
  t = await startTestApp({
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

const password = "a long enough password";
const call = (method: string, url: string, authorization?: string, payload?: object) =>
  t.app.inject({
    method: method as "GET",
    url,
    headers: authorization ? { authorization } : {},
    ...(payload ? { payload } : {}),
  });
const signIn = (email: string, pass: string) =>
  call("POST", "/api/auth/local/sign-in", undefined, { email, password: pass });
const fresh = (who: string) =>
  `${who}-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;

async function clerkUser(sub: string): Promise<string> {
  const authorization = `Bearer ${await keys.mintSessionToken({ sub })}`;
  const onboarded = await call("POST", "/api/me/onboarding", authorization, {
    ...adultOnboardingAnswers,
    birthYear: 1990,
  });
  expect(onboarded.statusCode).toBe(200);
  return authorization;
}

describe("changing a local account's email", () => {
  it("changes it with the right password; the new email signs in, the old one no longer", async () => {
    const { email, authorization } = await signUpUser(t.app);
    const next = fresh("moved");
    const changed = await call("POST", "/api/me/email", authorization, {
      email: `  ${next.toUpperCase()} `,
      password,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().email).toBe(next);
    expect((await call("GET", "/api/me", authorization)).json().email).toBe(next);
    expect((await signIn(next, password)).statusCode).toBe(200);
    expect((await signIn(email, password)).json().error.message).toMatch(/No account uses this/);
  });

  it("refuses a wrong password with 403 and keeps the email", async () => {
    const { email, authorization } = await signUpUser(t.app);
    const refused = await call("POST", "/api/me/email", authorization, {
      email: fresh("never"),
      password: "not the password",
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: "FORBIDDEN" });
    expect(refused.json().error.message).toMatch(/password is not right.*email was not changed/);
    expect((await call("GET", "/api/me", authorization)).json().email).toBe(email);
  });

  it("refuses an email another account uses with 409, and a malformed one with 400", async () => {
    const other = await signUpUser(t.app);
    const { authorization } = await signUpUser(t.app);
    const taken = await call("POST", "/api/me/email", authorization, {
      email: other.email.toUpperCase(),
      password,
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error.message).toMatch(/Another account already uses this email/);
    const malformed = await call("POST", "/api/me/email", authorization, {
      email: "not-an-email",
      password,
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toMatch(/email.*valid email/);
  });

  it("sends a Clerk account to Clerk with 409", async () => {
    const authorization = await clerkUser("user_email_elsewhere");
    const refused = await call("POST", "/api/me/email", authorization, {
      email: fresh("clerk"),
      password: "anything at all",
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/email is managed in your Clerk account/);
  });
});

describe("changing a local account's password", () => {
  it("signs every earlier token out, gives this device a working token, and the new password signs in", async () => {
    const { email, authorization } = await signUpUser(t.app);
    const otherDevice = `Bearer ${(await signIn(email, password)).json().token}`;
    expect((await call("GET", "/api/me", otherDevice)).statusCode).toBe(200);

    const changed = await call("POST", "/api/me/password", authorization, {
      currentPassword: password,
      newPassword: "a brand new passphrase",
    });
    expect(changed.statusCode).toBe(200);
    const token = changed.json().token as string;
    expect(changed.body).not.toContain("passphrase");

    for (const old of [authorization, otherDevice]) {
      const refused = await call("GET", "/api/me", old);
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.message).toMatch(/sign in again/);
    }
    expect((await call("GET", "/api/me", `Bearer ${token}`)).statusCode).toBe(200);
    expect((await signIn(email, password)).statusCode).toBe(401);
    const signedIn = await signIn(email, "a brand new passphrase");
    expect(signedIn.statusCode).toBe(200);
    expect((await call("GET", "/api/me", `Bearer ${signedIn.json().token}`)).statusCode).toBe(200);
  });

  it("refuses a wrong current password with 403 and a short new one with 400, changing nothing", async () => {
    const { email, authorization } = await signUpUser(t.app);
    const wrong = await call("POST", "/api/me/password", authorization, {
      currentPassword: "not the password",
      newPassword: "another long passphrase",
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.message).toMatch(/current password is not right/);
    const short = await call("POST", "/api/me/password", authorization, {
      currentPassword: password,
      newPassword: "seven77",
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.message).toMatch(/newPassword: the password needs at least 8/);
    expect((await call("GET", "/api/me", authorization)).statusCode).toBe(200);
    expect((await signIn(email, password)).statusCode).toBe(200);
  });

  it("sends a Clerk account to Clerk with 409", async () => {
    const authorization = await clerkUser("user_password_elsewhere");
    const refused = await call("POST", "/api/me/password", authorization, {
      currentPassword: "anything at all",
      newPassword: "another long passphrase",
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/password is managed in your Clerk account/);
    expect((await call("GET", "/api/me", authorization)).statusCode).toBe(200);
  });

  it("is rate-limited like sign-in", async () => {
    const { authorization } = await signUpUser(t.app);
    const guess = () =>
      call("POST", "/api/me/password", authorization, {
        currentPassword: "a wrong guess",
        newPassword: "another long passphrase",
      });
    // 20 a minute from one address, earlier tests' attempts included.
    let answer = await guess();
    for (let i = 0; i < 20 && answer.statusCode === 403; i++) answer = await guess();
    expect(answer.statusCode).toBe(429);
    expect(answer.json().error.message).toMatch(/Too many requests/);
  });
});
