import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

let t: TestApp;
let clock = new Date("2026-11-01T09:00:00Z");
beforeAll(async () => {
  t = await startTestApp({ now: () => clock });
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const solution =
  "function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n}";

/** A finished interview started at `at`: a passing coding run, a wrong one, or a short behavioral answer. */
async function finish(
  authorization: string,
  at: string,
  kind: "strong coding" | "failing coding" | "behavioral",
) {
  clock = new Date(at);
  const created = await t.app.inject({
    method: "POST",
    url: "/api/sessions",
    headers: { authorization },
    payload:
      kind === "behavioral"
        ? { type: "behavioral" }
        : { type: "coding", language: "javascript", problemId: "two-sum" },
  });
  expect(created.statusCode).toBe(201);
  const id: string = created.json().id;
  if (kind !== "behavioral")
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${id}/runs`,
      headers: { authorization },
      payload: {
        language: "javascript",
        code: kind === "strong coding" ? solution : "function twoSum() { return []; }",
      },
    });
  await t.app.inject({
    method: "POST",
    url: `/api/sessions/${id}/turns`,
    headers: { authorization },
    payload: {
      text:
        kind === "strong coding"
          ? "I keep a hash map from value to index, one pass: O(n) time and O(n) space. I tested duplicates and negatives."
          : "not sure",
    },
  });
  await t.app.drain();
  const ended = await t.app.inject({
    method: "POST",
    url: `/api/sessions/${id}/end`,
    headers: { authorization },
  });
  expect(ended.statusCode).toBe(200);
  return { id, score: ended.json().score as number };
}

const list = async (authorization: string, query: string) => {
  const response = await t.app.inject({
    method: "GET",
    url: `/api/sessions${query}`,
    headers: { authorization },
  });
  return response;
};
const ids = async (authorization: string, query: string) =>
  (await list(authorization, query)).json().sessions.map((s: { id: string }) => s.id);

describe("history", () => {
  let user: { authorization: string };
  let strong: { id: string; score: number };
  let failing: { id: string; score: number };
  let behavioral: { id: string; score: number };
  beforeAll(async () => {
    user = await signUpUser(t.app);
    failing = await finish(user.authorization, "2026-11-01T09:00:00Z", "failing coding");
    behavioral = await finish(user.authorization, "2026-11-03T23:30:00Z", "behavioral");
    strong = await finish(user.authorization, "2026-11-05T08:00:00Z", "strong coding");
  }, 60_000);

  it("filters past sessions by type, start date and score, newest first", async () => {
    const { authorization } = user;
    expect(strong.score).toBeGreaterThan(failing.score);
    expect(await ids(authorization, "")).toEqual([strong.id, behavioral.id, failing.id]);
    expect(await ids(authorization, "?type=coding")).toEqual([strong.id, failing.id]);
    expect(await ids(authorization, "?type=behavioral")).toEqual([behavioral.id]);
    // Dates are whole UTC days and both ends count.
    expect(await ids(authorization, "?from=2026-11-03&to=2026-11-03")).toEqual([behavioral.id]);
    expect(await ids(authorization, "?from=2026-11-02")).toEqual([strong.id, behavioral.id]);
    expect(await ids(authorization, "?to=2026-11-01")).toEqual([failing.id]);
    expect(await ids(authorization, `?minScore=${strong.score}`)).toEqual([strong.id]);
    expect(await ids(authorization, `?type=coding&maxScore=${failing.score}`)).toEqual([
      failing.id,
    ]);
    expect(await ids(authorization, "?type=system_design")).toEqual([]);
    // Another user's history is their own.
    const other = await signUpUser(t.app);
    expect(await ids(other.authorization, "")).toEqual([]);
  });

  it("explains a filter it cannot use with a 400", async () => {
    const cases: [string, RegExp][] = [
      ["?type=poetry", /type/],
      ["?from=1st-of-May", /YYYY-MM-DD/],
      ["?from=2026-02-31", /does not exist/],
      ["?from=2026-11-05&to=2026-11-01", /'from' date must not be after/],
      ["?minScore=101", /0 to 100/],
      ["?minScore=80&maxScore=20", /minScore must not be above maxScore/],
    ];
    for (const [query, message] of cases) {
      const response = await list(user.authorization, query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.message, query).toMatch(message);
    }
  });

  it("compares two sessions of one type side by side, dimension by dimension", async () => {
    const response = await t.app.inject({
      method: "GET",
      url: `/api/sessions/compare?a=${failing.id}&b=${strong.id}`,
      headers: { authorization: user.authorization },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.type).toBe("coding");
    expect(body.sessions.map((s: { id: string }) => s.id)).toEqual([failing.id, strong.id]);
    expect(body.reports.map((r: { score: number }) => r.score)).toEqual([
      failing.score,
      strong.score,
    ]);
    const solving = body.dimensions.find(
      (d: { dimension: string }) => d.dimension === "problem_solving",
    );
    expect(solving.change).toBe(solving.b - solving.a);
    expect(solving.change).toBeGreaterThan(0);
  });

  it("refuses to compare across types, unfinished or foreign sessions, saying why", async () => {
    const { authorization } = user;
    const compare = (a: string, b: string, who = authorization) =>
      t.app.inject({
        method: "GET",
        url: `/api/sessions/compare?a=${a}&b=${b}`,
        headers: { authorization: who },
      });
    const mixed = await compare(strong.id, behavioral.id);
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.message).toMatch(/same interview type/);

    const unfinished = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { authorization },
      payload: { type: "coding", language: "javascript", problemId: "two-sum" },
    });
    const open = await compare(strong.id, unfinished.json().id);
    expect(open.statusCode).toBe(409);
    expect(open.json().error.message).toMatch(/no report yet/);

    const other = await signUpUser(t.app);
    expect((await compare(failing.id, strong.id, other.authorization)).statusCode).toBe(404);
    expect((await compare(strong.id, strong.id)).statusCode).toBe(400);
    expect((await compare("nope", strong.id)).statusCode).toBe(400);
  });

  it("recommends the failed problem again a day later, and moves on once it is passed well", async () => {
    const progress = async () =>
      (
        await t.app.inject({
          method: "GET",
          url: "/api/progress",
          headers: { authorization: other.authorization },
        })
      ).json().recommendations as {
        kind: string;
        problemId?: string;
        due: boolean;
        dueAt?: string;
      }[];
    const other = await signUpUser(t.app);
    await finish(other.authorization, "2026-11-10T10:00:00Z", "failing coding");
    clock = new Date("2026-11-10T12:00:00Z");
    const soon = (await progress()).find((r) => r.kind === "review");
    expect(soon).toMatchObject({
      problemId: "two-sum",
      due: false,
      dueAt: "2026-11-11T10:00:00.000Z",
    });
    clock = new Date("2026-11-11T10:30:00Z");
    expect((await progress())[0]).toMatchObject({
      kind: "review",
      problemId: "two-sum",
      due: true,
    });

    await finish(other.authorization, "2026-11-11T11:00:00Z", "strong coding");
    const after = await progress();
    expect(after.some((r) => r.kind === "review" && r.problemId === "two-sum")).toBe(false);
    expect(after.find((r) => r.kind === "next_problem")?.problemId).toBeTruthy();
  });
});
