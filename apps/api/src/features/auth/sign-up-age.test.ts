import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../testing/start-test-app.ts";

// The issue's day: those born in 2010 turn 16 this year, those born in 2011 do not.
const firstOfDecember = new Date("2026-12-01T09:00:00Z");

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: () => firstOfDecember });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const signUp = (who: string, birth: { birthYear: number; birthMonth?: number }) =>
  t.app.inject({
    method: "POST",
    url: "/api/auth/local/sign-up",
    payload: { email: `${who}@example.com`, password: "a long enough password", ...birth },
  });
const accountExists = async (who: string) => {
  const signIn = await t.app.inject({
    method: "POST",
    url: "/api/auth/local/sign-in",
    payload: { email: `${who}@example.com`, password: "a long enough password" },
  });
  return signIn.statusCode === 200;
};

describe("the sign-up age gate, on 1 December 2026", () => {
  it("lets in someone born in December 2010 and keeps the year alone", async () => {
    const created = await signUp("december-2010", { birthYear: 2010, birthMonth: 12 });
    expect(created.statusCode).toBe(201);
    const me = await t.app.inject({
      method: "GET",
      url: "/api/me",
      headers: { authorization: `Bearer ${created.json().token}` },
    });
    expect(me.json().birthYear).toBe(2010);
    expect(me.body).not.toContain("birthMonth");
  });

  it("asks the month of someone born in 2010 who gave none, and keeps nothing", async () => {
    const asked = await signUp("year-only-2010", { birthYear: 2010 });
    expect(asked.statusCode).toBe(400);
    expect(asked.json().error).toMatchObject({
      code: "VALIDATION",
      details: { needed: "birthMonth", issues: [{ path: "body.birthMonth" }] },
    });
    expect(asked.json().error.message).toMatch(/^Enter your month of birth too: .*2010 turn 16/);
    expect(await accountExists("year-only-2010")).toBe(false);
  });

  it("refuses someone born in January 2011, a month short of 16, and keeps nothing", async () => {
    for (const birth of [{ birthYear: 2011, birthMonth: 1 }, { birthYear: 2011 }]) {
      const refused = await signUp(`january-2011-${birth.birthMonth ?? "none"}`, birth);
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error).toMatchObject({ code: "UNDER_AGE" });
      expect(refused.json().error.message).toMatch(/aged 16 and over/);
    }
    expect(await accountExists("january-2011-1")).toBe(false);
  });

  it("says what to fix in a month that is not one", async () => {
    for (const birthMonth of [0, 13, 5.5]) {
      const bad = await signUp(`bad-month-${birthMonth}`, { birthYear: 2010, birthMonth });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(
        /birthMonth: enter your month of birth as a number from 1 \(January\) to 12/,
      );
    }
  });
});
