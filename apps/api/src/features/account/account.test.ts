import { type FakeRevenueCat, startFakeRevenueCat } from "@mentara/testing/fake-revenuecat";
import { count, eq, getTableColumns, getTableName, is } from "drizzle-orm";
import { type PgColumn, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema.ts";
import { type FakeClerk, startFakeClerk } from "../../testing/fake-account-services.ts";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

let t: TestApp;
let clerk: FakeClerk;
let revenueCat: FakeRevenueCat;
beforeAll(async () => {
  clerk = await startFakeClerk({ secretKey: "sk_test_mentara" });
  revenueCat = await startFakeRevenueCat({ secretKey: "rc_secret" });
  t = await startTestApp({
    env: {
      CLERK_SECRET_KEY: "sk_test_mentara",
      CLERK_API_URL: clerk.url,
      REVENUECAT_SECRET_KEY: "rc_secret",
      REVENUECAT_API_URL: revenueCat.url,
    },
    retryDelaySeconds: 1,
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await clerk?.close();
  await revenueCat?.close();
});

/** Every table with a user_id column, read from the schema: a new one joins these tests by itself. */
const userTables = Object.values(schema).flatMap((table) => {
  if (!is(table, PgTable)) return [];
  const column = (getTableColumns(table) as Record<string, PgColumn>).userId;
  return column ? [{ table, column, name: getTableName(table) }] : [];
});
const rowsOf = async (userId: string) => {
  const counts: Record<string, number> = {};
  for (const { table, column, name } of userTables) {
    const [row] = await t.database.db.select({ n: count() }).from(table).where(eq(column, userId));
    counts[name] = row?.n ?? 0;
  }
  const [own] = await t.database.db
    .select({ n: count() })
    .from(schema.users)
    .where(eq(schema.users.id, userId));
  counts.users = own?.n ?? 0;
  return counts;
};
const idsOf = async (userId: string) => {
  const ids: string[] = [];
  for (const { table, column } of userTables) {
    const rows = (await t.database.db.select().from(table).where(eq(column, userId))) as {
      id: string | number;
    }[];
    ids.push(...rows.map((r) => String(r.id)));
  }
  return ids;
};
/**
 * Every "schema.table.column" in the database whose text holds one of `values`: all schemas but
 * the system's, and every column that can hold text (text, uuid, json, arrays…).
 */
async function placesNaming(values: string[]): Promise<string[]> {
  const { rows } = await t.database.executeSql(
    `SELECT table_schema, table_name, column_name FROM information_schema.columns
       JOIN information_schema.tables USING (table_schema, table_name)
      WHERE table_type = 'BASE TABLE'
        AND table_schema NOT IN ('pg_catalog', 'information_schema')
        AND data_type IN ('text', 'character varying', 'uuid', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED')`,
  );
  const found: string[] = [];
  for (const row of rows as { table_schema: string; table_name: string; column_name: string }[]) {
    const place = `"${row.table_schema}"."${row.table_name}"`;
    const { rows: hits } = await t.database.executeSql(
      `SELECT count(*)::int AS n FROM ${place} WHERE "${row.column_name}"::text LIKE ANY($1::text[])`,
      [values.map((v) => `%${v}%`)],
    );
    if ((hits[0] as { n: number }).n > 0)
      found.push(`${row.table_schema}.${row.table_name}.${row.column_name}`);
  }
  return found;
}

const call = (
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  authorization?: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url,
    ...(authorization ? { headers: { authorization } } : {}),
    ...(payload ? { payload } : {}),
  });
const userIdOf = async (authorization: string) =>
  (await call("GET", "/api/me", authorization)).json().id as string;

/** A user with something in every table: a finished coding interview, a device and a subscription. */
async function userWithEverything() {
  const user = await signUpUser(t.app);
  const id = await userIdOf(user.authorization);
  const session = (
    await call("POST", "/api/sessions", user.authorization, {
      type: "coding",
      language: "javascript",
      problemId: "two-sum",
    })
  ).json();
  await call("POST", `/api/sessions/${session.id}/turns`, user.authorization, {
    text: "A hash map from value to index, O(n).",
    code: "function twoSum() { return []; }",
  });
  await call("POST", `/api/sessions/${session.id}/runs`, user.authorization, {
    language: "javascript",
    code: "function twoSum() { return []; }",
  });
  await call("PUT", `/api/sessions/${session.id}/whiteboard`, user.authorization, {
    elements: [{ id: "note", type: "text", text: "value → index" }],
  });
  await t.app.drain();
  expect(
    (await call("POST", `/api/sessions/${session.id}/end`, user.authorization)).statusCode,
  ).toBe(200);
  await call("PATCH", "/api/me", user.authorization, {
    notifications: { reportReady: true, reminders: false },
  });
  const device = await call("POST", "/api/me/push-tokens", user.authorization, {
    platform: "ios",
    token: id.replace(/-/g, "").padEnd(64, "0"),
  });
  expect(device.statusCode).toBe(201);
  // Subscription status arrives from RevenueCat; stored here as it would be.
  await t.database.db
    .insert(schema.subscriptions)
    .values({ userId: id, entitlement: "pro", store: "app_store", status: "active" });
  revenueCat.ensureCustomer(id);
  return { ...user, id, sessionId: session.id as string };
}

describe("onboarding", () => {
  it("is needed before an interview, and explains each missing answer", async () => {
    const signUp = await call("POST", "/api/auth/local/sign-up", undefined, {
      email: `new-${Date.now()}@example.com`,
      password: "a long enough password",
      birthYear: 1994,
    });
    const authorization = `Bearer ${signUp.json().token}`;
    expect((await call("GET", "/api/me", authorization)).json()).toMatchObject({
      onboarded: false,
      aiConsentAt: null,
    });
    const early = await call("POST", "/api/sessions", authorization, { type: "behavioral" });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toMatch(/consent to AI processing/);

    const refused = await call("POST", "/api/me/onboarding", authorization, {
      aiConsent: false,
      targetRole: "backend",
      level: "senior",
      locale: "ru",
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/agree to AI processing/);
    const badRole = await call("POST", "/api/me/onboarding", authorization, {
      aiConsent: true,
      targetRole: "astronaut",
      level: "senior",
      locale: "ru",
    });
    expect(badRole.statusCode).toBe(400);
    expect(badRole.json().error.message).toMatch(/targetRole/);

    const done = await call("POST", "/api/me/onboarding", authorization, {
      aiConsent: true,
      targetRole: "backend",
      level: "senior",
      locale: "ru",
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({
      onboarded: true,
      targetRole: "backend",
      level: "senior",
      locale: "ru",
    });
    expect(done.json().aiConsentAt).toEqual(expect.any(String));
    expect(
      (await call("POST", "/api/sessions", authorization, { type: "behavioral" })).statusCode,
    ).toBe(201);
  });
});

describe("the profile", () => {
  it("edits name, role, level, language and notification choices, and refuses bad values", async () => {
    const { authorization } = await signUpUser(t.app);
    const edited = await call("PATCH", "/api/me", authorization, {
      name: "  Ada Lovelace ",
      targetRole: "fullstack",
      level: "staff",
      locale: "ru",
      notifications: { reportReady: true },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({
      name: "Ada Lovelace",
      targetRole: "fullstack",
      level: "staff",
      locale: "ru",
      notifications: { reportReady: true, reminders: false },
    });
    for (const [payload, message] of [
      [{ locale: "fr" }, /English \(en\) or Russian \(ru\)/],
      [{}, /at least one field/],
      [{ name: "x".repeat(101) }, /under 100 characters/],
    ] as const) {
      const bad = await call("PATCH", "/api/me", authorization, payload);
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(message);
    }
    expect((await call("GET", "/api/me", authorization)).json()).toMatchObject(edited.json());
  });
});

describe("export", () => {
  it("holds every row of every table with the user's data, and nothing secret", async () => {
    const user = await userWithEverything();
    const rows = await rowsOf(user.id);
    // Each user table has rows, so a table missing from the export cannot pass unnoticed.
    expect(Object.entries(rows).filter(([, n]) => n === 0)).toEqual([]);
    const response = await call("GET", "/api/me/export", user.authorization);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="mentara-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const text = response.body;
    const exported = new Set<string>();
    JSON.parse(text, (key, value) => {
      if (key === "id") exported.add(String(value));
      return value;
    });
    const missing = (await idsOf(user.id)).filter((id) => !exported.has(id));
    expect(missing).toEqual([]);
    const body = JSON.parse(text);
    expect(body.profile.email).toBe(user.email);
    expect(body.sessions[0].turns.length).toBeGreaterThan(0);
    expect(body.sessions[0].report).not.toBeNull();
    // The device is listed by platform and date; its token only shortened.
    expect(body.pushTokens[0]).toEqual({
      id: expect.any(String),
      platform: "ios",
      createdAt: expect.any(String),
      token: expect.stringMatching(/^.{4,12}…$/),
    });
    expect(body.subscriptions[0]).toEqual({
      id: expect.any(String),
      plan: "pro",
      store: "app_store",
      status: "active",
      productId: null,
      willRenew: false,
      expiresAt: null,
      updatedAt: expect.any(String),
    });
    expect(body.interviewsCounted).toEqual([
      { id: expect.any(String), countedAt: expect.any(String), sessionId: user.sessionId },
    ]);
    expect(text).not.toMatch(/passwordHash|scrypt|\$argon/);
    // Someone else's export holds none of it.
    const other = await signUpUser(t.app);
    const theirs = (await call("GET", "/api/me/export", other.authorization)).body;
    expect(theirs).not.toContain(user.sessionId);
  });
});

describe("deleting an account", () => {
  it("removes every row of the user, the Clerk user and RevenueCat subscriber, and signs them out", async () => {
    const user = await userWithEverything();
    const bystander = await userWithEverything();
    const bystanderRows = await rowsOf(bystander.id);
    const clerkUserId = `user_${user.id.slice(0, 8)}`;
    await t.database.db
      .update(schema.users)
      .set({ clerkUserId })
      .where(eq(schema.users.id, user.id));
    clerk.users.add(clerkUserId);
    // Both services fail twice first: the durable job must retry, never forget.
    clerk.failNext(503, 2);
    revenueCat.failNext(502, 2);

    const deleted = await call("DELETE", "/api/me", user.authorization);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual({ deleted: true, clerk: "queued", revenueCat: "queued" });
    expect(Object.values(await rowsOf(user.id)).every((n) => n === 0)).toBe(true);
    expect(await rowsOf(bystander.id)).toEqual(bystanderRows);

    await expect
      .poll(() => clerk.users.has(clerkUserId), { timeout: 30_000, interval: 200 })
      .toBe(false);
    await expect
      .poll(() => revenueCat.customers.has(user.id), { timeout: 30_000, interval: 200 })
      .toBe(false);
    expect(
      clerk.requests.filter((r) => r.path === `/v1/users/${clerkUserId}`).length,
    ).toBeGreaterThanOrEqual(3);
    expect(revenueCat.customers.has(bystander.id)).toBe(true);
    // Nothing in any table of any schema (the job queue's included) still names them.
    await expect
      .poll(() => placesNaming([user.id, user.email, clerkUserId]), {
        timeout: 30_000,
        interval: 200,
      })
      .toEqual([]);
    expect((await placesNaming([bystander.id, bystander.email])).length).toBeGreaterThan(0);

    // The old token and the password no longer get in.
    expect((await call("GET", "/api/me", user.authorization)).statusCode).toBe(401);
    expect(
      (await call("GET", `/api/sessions/${user.sessionId}`, user.authorization)).statusCode,
    ).toBe(401);
    const signIn = await call("POST", "/api/auth/local/sign-in", undefined, {
      email: user.email,
      password: "a long enough password",
    });
    expect(signIn.statusCode).toBe(401);
  }, 60_000);
});

describe("an account deleted by another server process", () => {
  it("is answered with a 4xx that says so, never a 500, while this process still trusts the token", async () => {
    const user = await signUpUser(t.app);
    const session = (
      await call("POST", "/api/sessions", user.authorization, { type: "behavioral" })
    ).json();
    expect(
      (
        await call("POST", `/api/sessions/${session.id}/turns`, user.authorization, {
          text: "First answer.",
        })
      ).statusCode,
    ).toBe(201);
    await t.app.drain();
    // Another instance deleted the account: this process has not heard of it.
    await t.database.db
      .delete(schema.users)
      .where(eq(schema.users.id, await idOfSession(session.id)));
    const turn = await call("POST", `/api/sessions/${session.id}/turns`, user.authorization, {
      text: "Second answer.",
    });
    expect(turn.statusCode).toBeGreaterThanOrEqual(400);
    expect(turn.statusCode).toBeLessThan(500);
    expect((await call("GET", "/api/me", user.authorization)).statusCode).toBe(401);
    await t.app.drain();
  });
});

async function idOfSession(sessionId: string): Promise<string> {
  const [row] = await t.database.db
    .select({ userId: schema.interviewSessions.userId })
    .from(schema.interviewSessions)
    .where(eq(schema.interviewSessions.id, sessionId));
  if (!row) throw new Error("no such session");
  return row.userId;
}
