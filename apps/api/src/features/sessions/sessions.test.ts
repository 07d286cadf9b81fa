import type { AddressInfo } from "node:net";
import { readEventStream } from "@mentara/testing/read-event-stream";
import { count, eq, getTableColumns, getTableName, is } from "drizzle-orm";
import { type PgColumn, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema.ts";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  await t.app.listen({ port: 0, host: "127.0.0.1" });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await t?.close();
});

const solution =
  "function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];\n    seen.set(nums[i], i);\n  }\n}";

async function startSession(authorization: string) {
  const response = await t.app.inject({
    method: "POST",
    url: "/api/sessions",
    headers: { authorization },
    payload: { type: "coding", language: "javascript", problemId: "two-sum" },
  });
  expect(response.statusCode).toBe(201);
  return response.json();
}

describe("a coding interview", () => {
  it("starts with the problem, starter code and the interviewer's greeting, never the hidden tests", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization);
    expect(session).toMatchObject({
      status: "active",
      problemId: "two-sum",
      language: "javascript",
    });
    expect(session.problem.statement).toMatch(/target/);
    expect(session.code).toMatch(/function twoSum/);
    await t.app.drain();
    const greeted = (
      await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}`,
        headers: { authorization },
      })
    ).json();
    expect(greeted.turns).toHaveLength(1);
    expect(greeted.turns[0]).toMatchObject({ role: "interviewer", seq: 1 });
    // The start answers with the session as stored, greeting and phase included (it is built
    // from what was just written, not read back): the room shows it without asking again.
    expect({ ...session, serverTime: null }).toEqual({ ...greeted, serverTime: null });
    expect(JSON.stringify(session)).not.toMatch(/hiddenTests|referenceSolutions|interviewerNotes/);
    const list = await t.app.inject({
      method: "GET",
      url: "/api/sessions",
      headers: { authorization },
    });
    expect(list.json().sessions.map((s: { id: string }) => s.id)).toEqual([session.id]);
  });

  it("stores a turn before acknowledging it and streams the interviewer's reply", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization);
    const posted = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text: "I would use a hash map from value to index", code: solution },
    });
    expect(posted.statusCode).toBe(201);
    const stored = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers: { authorization },
    });
    expect(stored.json().turns.map((turn: { text: string }) => turn.text)).toContain(
      "I would use a hash map from value to index",
    );
    expect(stored.json().code).toBe(solution);

    const events = await readEventStream(
      `${base}/api/sessions/${session.id}/events`,
      { authorization },
      (all) =>
        all.some((e) => e.event === "interviewer.turn" && e.data.includes("Go ahead and code it")),
    );
    const reply = events.find(
      (e) => e.event === "interviewer.turn" && e.data.includes("Go ahead and code it"),
    );
    expect(reply).toBeDefined();
    expect(events.map((e) => e.event)).toContain("candidate.turn");
    const afterReply = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers: { authorization },
    });
    expect(afterReply.json().turns.map((turn: { role: string }) => turn.role)).toEqual([
      "interviewer",
      "candidate",
      "interviewer",
    ]);
  });

  it("runs code against the problem's tests and sends the result on the stream", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization);
    const failing = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/runs`,
      headers: { authorization },
      payload: { language: "javascript", code: "function twoSum(nums, target) { return [0, 1]; }" },
    });
    expect(failing.statusCode).toBe(201);
    const run = failing.json();
    expect(run.passed).toBeGreaterThan(0);
    expect(run.passed).toBeLessThan(run.total);
    const firstFailure = run.tests.find((test: { verdict: string }) => test.verdict === "failed");
    expect(firstFailure).toHaveProperty("expected");
    expect(firstFailure).toHaveProperty("args");

    const passing = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/runs`,
      headers: { authorization },
      payload: { language: "javascript", code: solution },
    });
    expect(passing.json()).toMatchObject({ verdict: "passed" });
    expect(passing.json().passed).toBe(passing.json().total);
    const events = await readEventStream(
      `${base}/api/sessions/${session.id}/events`,
      { authorization },
      (all) => all.filter((e) => e.event === "run.result").length >= 2,
    );
    expect(events.filter((e) => e.event === "run.result")).toHaveLength(2);
  });

  it("stores a turn or a run retried with the same Idempotency-Key once, and answers it the same", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization);
    await t.app.drain();
    const post = (key: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/sessions/${session.id}/turns`,
        headers: { authorization, "idempotency-key": key },
        payload: { text: "I would use a hash map from value to index." },
      });
    // The answer to the first was lost: the client sends it again, once later and twice at once.
    const first = await post("turn-key-0001");
    await t.app.drain();
    const again = await post("turn-key-0001");
    const [both1, both2] = await Promise.all([post("turn-key-0002"), post("turn-key-0002")]);
    await t.app.drain();
    expect([first.statusCode, again.statusCode, both1.statusCode, both2.statusCode]).toEqual([
      201, 201, 201, 201,
    ]);
    expect(again.json().id).toBe(first.json().id);
    expect(both2.json().id).toBe(both1.json().id);
    const detail = (
      await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}`,
        headers: { authorization },
      })
    ).json();
    const roles = detail.turns.map((turn: { role: string }) => turn.role);
    expect(roles).toEqual(["interviewer", "candidate", "interviewer", "candidate", "interviewer"]);

    const run = (key: string) =>
      t.app.inject({
        method: "POST",
        url: `/api/sessions/${session.id}/runs`,
        headers: { authorization, "idempotency-key": key },
        payload: { language: "javascript", code: solution },
      });
    const [run1, run2] = await Promise.all([run("run-key-0001"), run("run-key-0001")]);
    const run3 = await run("run-key-0001");
    expect(run2.json().id).toBe(run1.json().id);
    expect(run3.json().id).toBe(run1.json().id);
    await t.app.drain();
    const runs = (
      await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}`,
        headers: { authorization },
      })
    ).json().runs;
    expect(runs).toHaveLength(1);

    const bad = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization, "idempotency-key": "no spaces allowed!" },
      payload: { text: "Hello" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Idempotency-Key is 8 to 128 letters/);
  });

  it("says which setting turns a language on when its runner is off", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization);
    const python = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/runs`,
      headers: { authorization },
      payload: { language: "python", code: "def twoSum(nums, target):\n    return [0, 1]\n" },
    });
    expect(python.statusCode).toBe(503);
    expect(python.json().error).toMatchObject({
      code: "UNAVAILABLE",
      message: expect.stringMatching(/python runs are turned off.*SANDBOX_PYTHON_WORKERS above 0/),
    });
  });

  it("resumes the stream after Last-Event-ID without repeating or losing events", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization);
    const first = await readEventStream(
      `${base}/api/sessions/${session.id}/events`,
      { authorization },
      (all) => all.length >= 1,
    );
    const lastId = first.at(-1)?.id;
    expect(lastId).toBeTruthy();
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text: "What about negative numbers?" },
    });
    await t.app.drain();
    const resumed = await readEventStream(
      `${base}/api/sessions/${session.id}/events`,
      { authorization, "last-event-id": String(lastId) },
      (all) => all.some((e) => e.event === "interviewer.turn"),
    );
    const durable = resumed.filter((e) => e.id);
    expect(durable[0]?.event).toBe("candidate.turn");
    expect(durable.map((e) => e.event)).toContain("interviewer.turn");
    expect(new Set(durable.map((e) => e.id)).size).toBe(durable.length);
    expect(durable.every((e) => Number(e.id) > Number(lastId))).toBe(true);
    // Each turn's event is stored with the turn itself: what is replayed is the turn as stored,
    // its number included.
    const detail = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers: { authorization },
    });
    const told = durable.filter((e) => e.event?.endsWith(".turn")).map((e) => JSON.parse(e.data));
    expect(told.map((data) => data.turn)).toEqual(detail.json().turns.slice(1));
  });

  it("ends with a report, then refuses more turns", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization);
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/runs`,
      headers: { authorization },
      payload: { language: "javascript", code: solution },
    });
    await t.app.drain();
    const said = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text: "I use a hash map from value to index, so it is O(n) time and O(n) space." },
    });
    await t.app.drain();
    const live = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers: { authorization },
    });
    expect(JSON.stringify(live.json())).not.toMatch(/referenceSolution|reference/i);
    const ended = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/end`,
      headers: { authorization },
    });
    expect(ended.statusCode).toBe(200);
    expect(ended.json()).toMatchObject({ runs: 1 });
    // What the report says beyond scores: claimed vs measured complexity, the reference solution
    // (only now), quotes of the cited turns, three things to do, and a next session.
    expect(ended.json().coding).toMatchObject({
      claimedComplexity: "O(n)",
      optimalComplexity: "O(n)",
      hintTiers: [],
      referenceLanguage: "javascript",
    });
    expect(ended.json().coding.referenceSolution).toMatch(/function twoSum/);
    expect(ended.json().quotes[said.json().id]).toMatch(/^I use a hash map/);
    expect(ended.json().improvements).toHaveLength(3);
    expect(ended.json().next).toMatchObject({ type: "coding", topic: "arrays-and-hashing" });
    expect(ended.json().testsTotal).toBeGreaterThanOrEqual(15);
    expect(ended.json().testsPassed).toBe(ended.json().testsTotal);
    const dimensions = ended.json().dimensions as { dimension: string; score: number }[];
    expect(dimensions.map((d) => d.dimension).sort()).toEqual([
      "code_quality",
      "communication",
      "complexity_analysis",
      "problem_solving",
      "testing",
    ]);
    expect(dimensions.find((d) => d.dimension === "problem_solving")?.score).toBeGreaterThanOrEqual(
      3,
    );
    const idle = await startSession(authorization);
    const idleReport = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${idle.id}/end`,
      headers: { authorization },
    });
    expect(idleReport.json().score).toBeLessThan(ended.json().score);
    expect(idleReport.json().band).toBe("strong_no_hire");
    const report = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}/report`,
      headers: { authorization },
    });
    expect(report.json()).toEqual(ended.json());
    const again = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/end`,
      headers: { authorization },
    });
    expect(again.json()).toEqual(ended.json());
    const late = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text: "one more thing" },
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe("SESSION_ENDED");
    const list = await t.app.inject({
      method: "GET",
      url: "/api/sessions",
      headers: { authorization },
    });
    expect(list.json().sessions.find((s: { id: string }) => s.id === session.id)).toMatchObject({
      status: "ended",
      score: ended.json().score,
    });
  });
});

describe("choosing a problem", () => {
  it("picks a random problem matching the topic and difficulty, and says when none matches", async () => {
    const { authorization } = await signUpUser(t.app);
    const start = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: "POST",
        url: "/api/sessions",
        headers: { authorization },
        payload: { type: "coding", ...payload },
      });
    const catalog = (
      await t.app.inject({ method: "GET", url: "/api/catalog", headers: { authorization } })
    ).json();
    const easyHashing = catalog.problems.filter(
      (p: { topics: string[]; difficulty: string }) =>
        p.topics.includes("arrays-and-hashing") && p.difficulty === "easy",
    );
    expect(easyHashing.length).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) {
      const session = (await start({ topic: "arrays-and-hashing", difficulty: "easy" })).json();
      expect(easyHashing.map((p: { id: string }) => p.id)).toContain(session.problemId);
    }
    const none = await start({ topic: "no-such-topic" });
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toMatch(/No problem matches/);
    const unknown = await start({ problemId: "no-such-problem" });
    expect(unknown.json().error.message).toBe('There is no problem called "no-such-problem".');
  });

  it("lists the catalog without hidden tests, solutions or interviewer notes", async () => {
    const { authorization } = await signUpUser(t.app);
    const response = await t.app.inject({
      method: "GET",
      url: "/api/catalog",
      headers: { authorization },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().problems.length).toBeGreaterThan(0);
    expect(response.body).not.toMatch(
      /hiddenTests|referenceSolutions|slowerSolution|interviewerNotes|hints/,
    );
    expect((await t.app.inject({ method: "GET", url: "/api/catalog" })).statusCode).toBe(401);
  });
});

describe("bad requests", () => {
  it("answers another user's session with 404, as if it did not exist", async () => {
    const owner = await signUpUser(t.app);
    const other = await signUpUser(t.app);
    const session = await startSession(owner.authorization);
    for (const [method, url] of [
      ["GET", `/api/sessions/${session.id}`],
      ["POST", `/api/sessions/${session.id}/end`],
      ["GET", `/api/sessions/${session.id}/report`],
      ["GET", `/api/sessions/${session.id}/events`],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        headers: { authorization: other.authorization },
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const missing = await t.app.inject({
      method: "GET",
      url: "/api/sessions/00000000-0000-4000-8000-000000000000",
      headers: { authorization: owner.authorization },
    });
    expect(missing.json().error.message).toBe("No interview with this id belongs to you.");
  });

  it("explains malformed ids and bodies with a 400 and leaves stored data alone", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization);
    const badId = await t.app.inject({
      method: "GET",
      url: "/api/sessions/not-a-uuid",
      headers: { authorization },
    });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.message).toMatch(/not a valid id/);
    const empty = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text: "   " },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toMatch(/write a message first/);
    const badLanguage = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/runs`,
      headers: { authorization },
      payload: { language: "cobol", code: "x" },
    });
    expect(badLanguage.statusCode).toBe(400);
    const notJson = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization, "content-type": "application/json" },
      payload: "{ this is not json",
    });
    expect(notJson.statusCode).toBe(400);
    const after = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers: { authorization },
    });
    expect(after.json().turns).toHaveLength(1);
  });
});

describe("deleting a session", () => {
  /** Every table of the schema with a session_id column, read from the schema itself. */
  const sessionTables = Object.values(schema).flatMap((table) => {
    if (!is(table, PgTable)) return [];
    const column = (getTableColumns(table) as Record<string, PgColumn>).sessionId;
    return column ? [{ table, column }] : [];
  });
  const rowsOf = async (sessionId: string) => {
    const counts: Record<string, number> = {};
    for (const { table, column } of sessionTables) {
      const [row] = await t.database.db
        .select({ n: count() })
        .from(table)
        .where(eq(column, sessionId));
      counts[getTableName(table)] = row?.n ?? 0;
    }
    const [own] = await t.database.db
      .select({ n: count() })
      .from(schema.interviewSessions)
      .where(eq(schema.interviewSessions.id, sessionId));
    counts.interview_sessions = own?.n ?? 0;
    return counts;
  };

  it("removes every row that belongs to it, and only for its owner", async () => {
    const { authorization } = await signUpUser(t.app);
    const other = await signUpUser(t.app);
    const session = await startSession(authorization);
    const kept = await startSession(authorization);
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text: "A hash map from value to index.", code: solution },
    });
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/runs`,
      headers: { authorization },
      payload: { language: "javascript", code: solution },
    });
    const drawn = await t.app.inject({
      method: "PUT",
      url: `/api/sessions/${session.id}/whiteboard`,
      headers: { authorization },
      payload: { elements: [{ id: "note", type: "text", text: "index map" }] },
    });
    expect(drawn.statusCode).toBe(200);
    await t.app.drain();
    const ended = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/end`,
      headers: { authorization },
    });
    expect(ended.statusCode).toBe(200);
    // interview_usage keeps the count without the session (deleting must not reset the allowance).
    expect(sessionTables.map(({ table }) => getTableName(table)).sort()).toEqual([
      "code_snapshots",
      "interview_usage",
      "reports",
      "runs",
      "scores",
      "session_events",
      "turns",
      "whiteboard_snapshots",
    ]);
    const replay = (
      await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}/replay`,
        headers: { authorization },
      })
    ).json();
    expect(replay.snapshots.map((s: { code: string }) => s.code)).toEqual([solution, solution]);
    expect(replay.runs).toHaveLength(1);
    expect(replay.turns.map((turn: { text: string }) => turn.text)).toContain(
      "A hash map from value to index.",
    );
    const before = await rowsOf(session.id);
    expect(Object.entries(before).filter(([, n]) => n === 0)).toEqual([]);

    const foreign = await t.app.inject({
      method: "DELETE",
      url: `/api/sessions/${session.id}`,
      headers: { authorization: other.authorization },
    });
    expect(foreign.statusCode).toBe(404);
    expect(await rowsOf(session.id)).toEqual(before);

    const deleted = await t.app.inject({
      method: "DELETE",
      url: `/api/sessions/${session.id}`,
      headers: { authorization },
    });
    expect(deleted.statusCode).toBe(204);
    expect(Object.values(await rowsOf(session.id)).every((n) => n === 0)).toBe(true);
    const gone = await t.app.inject({
      method: "GET",
      url: `/api/sessions/${session.id}`,
      headers: { authorization },
    });
    expect(gone.statusCode).toBe(404);
    const list = await t.app.inject({
      method: "GET",
      url: "/api/sessions",
      headers: { authorization },
    });
    expect(list.json().sessions.map((s: { id: string }) => s.id)).toEqual([kept.id]);
  });
});
