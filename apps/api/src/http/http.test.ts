import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../testing/start-test-app.ts";
import { logOptions } from "./log-options.ts";

const logLines: string[] = [];
const logStream = new Writable({
  write(chunk, _encoding, done) {
    logLines.push(String(chunk));
    done();
  },
});

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    logger: logOptions("trace", logStream),
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

describe("the HTTP surface", () => {
  it("reports health with the database, AI engine and billing in use", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: "ok",
      db: process.env.DATABASE_URL ? "postgres" : "pglite",
      ai: "offline",
      judge: "offline",
      billing: "off",
      // Web Push needs no account (its keys are made here); the stores' services need settings.
      push: { web: true, ios: false, android: false },
    });
  });

  it("publishes an OpenAPI document generated from the contracts", async () => {
    const docs = (await t.app.inject({ method: "GET", url: "/api/docs" })).json();
    expect(docs.openapi).toMatch(/^3\./);
    expect(Object.keys(docs.paths)).toEqual(
      expect.arrayContaining([
        "/api/health",
        "/api/auth/local/sign-up",
        "/api/sessions",
        "/api/sessions/{id}/turns",
      ]),
    );
    expect(JSON.stringify(docs.paths["/api/auth/local/sign-up"])).toContain("birthYear");
  });

  it("answers unknown API routes with a JSON 404", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toMatchObject({ code: "NOT_FOUND" });
  });

  it("never writes tokens, passwords, candidate text, addresses or user agents to the logs", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = (
      await t.app.inject({
        method: "POST",
        url: "/api/sessions",
        headers: { authorization, "user-agent": "SecretBrowser/1.0" },
        remoteAddress: "203.0.113.77",
        payload: { type: "coding" },
      })
    ).json();
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text: "my secret approach uses a trie", code: "function secretCode() {}" },
    });
    await t.app.drain();
    const logs = logLines.join("");
    expect(logs).toContain("/api/sessions");
    for (const secret of [
      authorization.slice(7),
      "a long enough password",
      "my secret approach",
      "secretCode",
      "203.0.113.77",
      "SecretBrowser",
      session.id,
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
