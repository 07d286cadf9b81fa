import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../testing/start-test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

type Method = "GET" | "POST" | "PUT" | "DELETE";
/** Every route that takes an id, with a body that would be valid for the owner. */
const matrix: { method: Method; path: string; payload?: object }[] = [
  { method: "GET", path: "/api/sessions/{id}" },
  { method: "DELETE", path: "/api/sessions/{id}" },
  { method: "GET", path: "/api/sessions/{id}/replay" },
  { method: "GET", path: "/api/sessions/{id}/report" },
  { method: "GET", path: "/api/sessions/{id}/events" },
  { method: "POST", path: "/api/sessions/{id}/turns", payload: { text: "hello" } },
  {
    method: "POST",
    path: "/api/sessions/{id}/runs",
    payload: { language: "javascript", code: "function twoSum() {}" },
  },
  { method: "POST", path: "/api/sessions/{id}/hints" },
  { method: "POST", path: "/api/sessions/{id}/end" },
  { method: "GET", path: "/api/sessions/{id}/whiteboard" },
  {
    method: "PUT",
    path: "/api/sessions/{id}/whiteboard",
    payload: { elements: [] },
  },
  { method: "DELETE", path: "/api/me/push-tokens/{id}" },
];

describe("authorization", () => {
  it("covers every route that takes an id (read from the API description)", async () => {
    const paths = (await t.app.inject({ method: "GET", url: "/api/docs" })).json().paths as Record<
      string,
      Record<string, unknown>
    >;
    const withId = Object.entries(paths).flatMap(([path, methods]) =>
      path.includes("{id}") ? Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`) : [],
    );
    expect(withId.sort()).toEqual(matrix.map((r) => `${r.method} ${r.path}`).sort());
  });

  it("answers another user exactly as for an id that does not exist: 404, same message", async () => {
    const owner = await signUpUser(t.app);
    const intruder = await signUpUser(t.app);
    const session = (
      await t.app.inject({
        method: "POST",
        url: "/api/sessions",
        headers: { authorization: owner.authorization },
        payload: { type: "coding", language: "javascript", problemId: "two-sum" },
      })
    ).json();
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/end`,
      headers: { authorization: owner.authorization },
    });
    await t.app.inject({
      method: "PATCH",
      url: "/api/me",
      headers: { authorization: owner.authorization },
      payload: { notifications: { reportReady: true, reminders: false } },
    });
    const device = (
      await t.app.inject({
        method: "POST",
        url: "/api/me/push-tokens",
        headers: { authorization: owner.authorization },
        payload: { platform: "android", token: `fcm-${Date.now()}:APA91b${"x".repeat(40)}` },
      })
    ).json();
    const nobody = "00000000-0000-4000-8000-000000000000";
    for (const route of matrix) {
      const id = route.path.includes("push-tokens") ? device.id : session.id;
      const ask = (resourceId: string) =>
        t.app.inject({
          method: route.method,
          url: route.path.replace("{id}", resourceId),
          headers: { authorization: intruder.authorization },
          ...(route.payload ? { payload: route.payload } : {}),
        });
      const foreign = await ask(id);
      const missing = await ask(nobody);
      expect(foreign.statusCode, `${route.method} ${route.path}`).toBe(404);
      expect(foreign.json(), `${route.method} ${route.path}`).toEqual(missing.json());
    }
    // The owner's data is untouched by all of that.
    const still = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers: { authorization: owner.authorization },
    });
    expect(still.statusCode).toBe(200);
    const devices = await t.app.inject({
      method: "GET",
      url: "/api/me/push-tokens",
      headers: { authorization: owner.authorization },
    });
    expect(devices.json().tokens.map((d: { id: string }) => d.id)).toEqual([device.id]);
  });
});
