import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema.ts";
import { registerErrorHandler } from "../../http/error-handler.ts";
import { startTestApp, type TestApp } from "../../testing/start-test-app.ts";
import { createDiagnosticsRepository } from "./diagnostics-repository.ts";
import { recordServerError } from "./server-diagnostics.ts";

let t: TestApp;
let clock = new Date("2026-12-01T10:00:00Z");
beforeAll(async () => {
  t = await startTestApp({ now: () => clock, purgeEveryMs: 200 });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const report = (overrides: Record<string, unknown> = {}) =>
  t.app.inject({
    method: "POST",
    url: "/api/diagnostics",
    remoteAddress: String(overrides.from ?? "198.51.100.1"),
    payload: {
      source: "web",
      kind: "error",
      route: "/interview/:id",
      message: "TypeError: cannot read 'x' of ada@example.com",
      stack: "at run (https://mentara.test/assets/room.js?t=1:10:5)",
      appVersion: "1.2.3",
      os: "Android 15",
      browser: "Chrome 131",
      ...overrides,
      from: undefined,
    },
  });
const stored = () => t.database.db.select().from(schema.diagnostics);

describe("diagnostics", () => {
  it("keeps a crash report without an account, scrubbed again on the server", async () => {
    const response = await report({
      message:
        "failed for ada@example.com with Bearer abc.def and 0b6f3a52-6a7e-4a8e-9f59-6a1b2c3d4e5f",
    });
    expect(response.statusCode).toBe(204);
    const [row] = (await stored()).filter((r) => r.message.startsWith("failed"));
    expect(row).toMatchObject({
      source: "web",
      kind: "error",
      route: "/interview/:id",
      appVersion: "1.2.3",
      message: "failed for [email] with Bearer [secret] and [id]",
      stack: "at run (https://mentara.test/assets/room.js:10:5)",
    });
  });

  it("refuses what is too big (413), malformed (400) or too frequent (429), and says why", async () => {
    const big = await report({ stack: "x".repeat(20_000), from: "198.51.100.2" });
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toMatch(/too large/i);
    const bad = await report({ kind: "panic", from: "198.51.100.3" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain("kind is error, rejection or render");
    const answers: number[] = [];
    for (let i = 0; i < 22; i++) answers.push((await report({ from: "198.51.100.4" })).statusCode);
    expect(answers.slice(0, 20).every((s) => s === 204)).toBe(true);
    expect(answers.slice(20)).toEqual([429, 429]);
    // Another client is not held back by that one.
    expect((await report({ from: "198.51.100.5" })).statusCode).toBe(204);
  });

  it("records the server's own 5xx by route pattern, scrubbed", async () => {
    const repository = createDiagnosticsRepository(t.database.db);
    const app = Fastify();
    registerErrorHandler(app, { current: recordServerError(repository, () => clock, "9.9.9") });
    app.get("/api/things/:id", async () => {
      throw new Error("lookup failed for ada@example.com (user 12345678901)");
    });
    const answer = await app.inject({ method: "GET", url: "/api/things/42" });
    expect(answer.statusCode).toBe(500);
    await expect
      .poll(async () => (await stored()).find((r) => r.source === "server"), { timeout: 5_000 })
      .toMatchObject({
        kind: "server",
        route: "GET /api/things/:id",
        message: "Error: lookup failed for [email] (user [number])",
        appVersion: "9.9.9",
      });
    await app.close();
  });

  it("purges reports after 30 days", async () => {
    expect((await stored()).length).toBeGreaterThan(0);
    clock = new Date(clock.getTime() + 29 * 86_400_000);
    expect((await report({ from: "198.51.100.6", message: "recent one" })).statusCode).toBe(204);
    clock = new Date(clock.getTime() + 2 * 86_400_000);
    await expect
      .poll(async () => (await stored()).map((r) => r.message), { timeout: 10_000 })
      .toEqual(["recent one"]);
  });
});
