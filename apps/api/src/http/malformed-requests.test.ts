import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../testing/start-test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 60_000);
afterAll(async () => {
  await t?.close();
});

interface Operation {
  method: string;
  path: string;
  /** The request body's top-level properties, from the API description. */
  properties: string[];
  query: string[];
}

/** Every operation the API description lists, with what its body and query take. */
async function operations(): Promise<Operation[]> {
  const doc = (await t.app.inject({ method: "GET", url: "/api/docs" })).json() as {
    paths: Record<string, Record<string, OpenApiOperation>>;
  };
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      properties: Object.keys(
        op.requestBody?.content?.["application/json"]?.schema?.properties ?? {},
      ),
      query: (op.parameters ?? []).filter((p) => p.in === "query").map((p) => p.name),
    })),
  );
}

interface OpenApiOperation {
  requestBody?: { content?: Record<string, { schema?: { properties?: object } }> };
  parameters?: { in: string; name: string }[];
}

/** Values of the wrong kind for any field: what a broken or hostile client sends. */
const wrongValues: unknown[] = [
  null,
  -1e308,
  [1, [2, [3]]],
  { $ne: "", nested: { deeper: [null] } },
  "\u0000\uFFFF<script>alert(1)</script>",
  "x".repeat(300_000),
];

/** Whole bodies that are not what any route takes. */
function hostileBodies(op: Operation): { body: string; type: string }[] {
  const json = (value: unknown) => ({ body: JSON.stringify(value), type: "application/json" });
  return [
    { body: '{"text": "unfinished', type: "application/json" },
    { body: "", type: "application/json" },
    json(null),
    json([]),
    json("a string"),
    json(42),
    json(JSON.parse('{"__proto__": {"isAdmin": true}, "constructor": {"prototype": {"x": 1}}}')),
    { body: "text=hello", type: "application/x-www-form-urlencoded" },
    { body: "<turn>hello</turn>", type: "application/xml" },
    ...wrongValues.map((value) =>
      json(Object.fromEntries(op.properties.map((property) => [property, value]))),
    ),
  ];
}

/** Ids that are not ids. */
const hostileIds = [
  "not-a-uuid",
  "00000000-0000-0000-0000-000000000000",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "'%20or%201%3D1--",
  "9".repeat(4_000),
];

const hostileQueryValues = ["zzz", "-1", "1e999", "2026-13-45", "%00", "a".repeat(5_000)];

/** What a user of the API must never see for bad input: a 500, or an error that says nothing. */
function problemWith(response: LightMyRequestResponse): string | undefined {
  if (response.statusCode < 400) return undefined;
  let error: { code?: string; message?: string } | undefined;
  try {
    error = (response.json() as { error?: { code?: string; message?: string } }).error;
  } catch {
    return `${response.statusCode} without a JSON error: ${response.body.slice(0, 120)}`;
  }
  if (!error?.message) return `${response.statusCode} without a message`;
  // 503 is allowed only for what needs configuring or is busy, and must say so.
  if (response.statusCode >= 500 && !(error.code === "UNAVAILABLE" || error.code === "BUSY"))
    return `${response.statusCode} ${error.code}: ${error.message}`;
  return undefined;
}

describe("malformed requests to every route", () => {
  it("get a 4xx that says what to fix, never a 500, and damage nothing stored", async () => {
    const owner = await signUpUser(t.app);
    const headers = { authorization: owner.authorization };
    const session = (
      await t.app.inject({
        method: "POST",
        url: "/api/sessions",
        headers,
        payload: { type: "coding", language: "javascript", problemId: "two-sum" },
      })
    ).json() as { id: string };
    const before = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers,
    });
    const all = await operations();
    expect(all.length).toBeGreaterThan(30);
    // Ending the interview comes last, so the routes of a live one meet their garbage live.
    const ordered = [
      ...all.filter((op) => !op.path.endsWith("/end")),
      ...all.filter((op) => op.path.endsWith("/end")),
    ];
    const problems: string[] = [];
    let client = 0;
    const send = async (
      method: string,
      url: string,
      body?: { body: string; type: string },
      extra: Record<string, string> = {},
    ) => {
      // A new address each time, so the per-address rate limits let every case reach its route.
      client += 1;
      const response = await t.app.inject({
        method: method as "POST",
        url,
        remoteAddress: `10.9.${client >> 8}.${client & 255}`,
        headers: { ...headers, ...extra, ...(body ? { "content-type": body.type } : {}) },
        ...(body ? { payload: body.body } : {}),
      });
      const problem = problemWith(response);
      const sent = body ? ` with ${body.type} ${body.body.slice(0, 60)}` : "";
      if (problem) problems.push(`${method} ${url.slice(0, 80)}${sent}: ${problem}`);
    };
    for (const op of ordered) {
      const url = op.path.replace("{id}", session.id);
      if (op.path.includes("{id}"))
        for (const id of hostileIds) await send(op.method, op.path.replace("{id}", id));
      // A valid id's event stream stays open and would never answer: its query is left out.
      const query = op.path.endsWith("/events") ? [] : op.query;
      for (const name of query)
        for (const value of hostileQueryValues)
          await send(op.method, `${url}?${name}=${encodeURIComponent(value)}&${name}=twice`);
      if (op.method === "GET" || op.method === "DELETE") continue;
      for (const body of hostileBodies(op)) await send(op.method, url, body);
      await send(
        op.method,
        url,
        { body: '{"text":"hi"}', type: "application/json" },
        {
          "idempotency-key": "k".repeat(10_000),
        },
      );
    }
    expect(problems).toEqual([]);

    // Nothing the owner had was changed by any of it.
    const account = await t.app.inject({ method: "GET", url: "/api/me", headers });
    expect(account.statusCode).toBe(200);
    expect(account.json().email).toBe(owner.email);
    const after = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers,
    });
    expect(after.statusCode).toBe(200);
    expect(after.json().turns[0]).toEqual(before.json().turns[0]);
  }, 120_000);
});

describe("a body or address the server cannot read", () => {
  it("is refused with what to fix, not the framework's words", async () => {
    const { authorization } = await signUpUser(t.app);
    const start = (type: string, payload: string) =>
      t.app.inject({
        method: "POST",
        url: "/api/sessions",
        headers: { authorization, "content-type": type },
        payload,
      });
    const cases = [
      [await start("application/json", '{"type": "coding'), 400, /not valid JSON.*brace/],
      [await start("application/json", ""), 400, /empty.*send a JSON object/],
      [
        await start("application/xml", "<type>coding</type>"),
        415,
        /Content-Type: application\/json/,
      ],
      [
        await start("application/json", JSON.stringify({ type: "x".repeat(600_000) })),
        413,
        /send less/,
      ],
      [
        await t.app.inject({
          method: "GET",
          url: `/api/sessions/${"9".repeat(200)}`,
          headers: { authorization },
        }),
        414,
        /too long.*Check the link/,
      ],
    ] as const;
    for (const [response, status, message] of cases) {
      expect(response.statusCode).toBe(status);
      expect(response.json().error).toMatchObject({ code: "VALIDATION", message });
    }
  });
});
