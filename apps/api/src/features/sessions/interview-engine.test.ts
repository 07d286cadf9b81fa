import { createProviderJudge } from "@mentara/interviewer/model/provider-judge";
import { createProviderModel } from "@mentara/interviewer/model/provider-model";
import {
  type FakeModelServer,
  startFakeAnthropic,
  startFakeOpenAi,
} from "@mentara/interviewer/testing/fake-model-servers";
import { fakeVerdict } from "@mentara/interviewer/testing/fake-verdict";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

const minute = 60_000;

/** Ends an interview and returns the answer: its report, or where writing it has got to. */
const endInterview = async (app: TestApp["app"], authorization: string, id: string) =>
  (
    await app.inject({ method: "POST", url: `/api/sessions/${id}/end`, headers: { authorization } })
  ).json();

describe("interviews with the offline engine", () => {
  let clock = Date.now();
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ now: () => new Date(clock), sweepEveryMs: 50 });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const start = async (authorization: string, payload: Record<string, unknown>) => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/sessions",
      headers: { authorization },
      payload,
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  };
  /** Sends a turn, waits for the reply and returns the session; `app` plays another process. */
  const say = async (authorization: string, id: string, text: string, app = t.app) => {
    await app.inject({
      method: "POST",
      url: `/api/sessions/${id}/turns`,
      headers: { authorization },
      payload: { text },
    });
    await app.drain();
    return (
      await app.inject({ method: "GET", url: `/api/sessions/${id}`, headers: { authorization } })
    ).json();
  };

  it("runs a behavioral interview with STAR probes and live scores in practice mode", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await start(authorization, {
      type: "behavioral",
      competency: "conflict-resolution",
    });
    expect(session).toMatchObject({
      type: "behavioral",
      mode: "practice",
      phase: "questions",
      problem: null,
    });
    await t.app.drain();
    const greeted = (
      await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}`,
        headers: { authorization },
      })
    ).json();
    expect(greeted.turns[0].text).toMatch(/^Hi, thanks for joining/);
    const after = await say(
      authorization,
      session.id,
      "Last year our team argued about code review rules and it slowed releases.",
    );
    expect(after.turns.at(-1).role).toBe("interviewer");
    expect(after.scores.map((s: { dimension: string }) => s.dimension)).toContain(
      "star_completeness",
    );
    expect(
      after.scores.find((s: { dimension: string }) => s.dimension === "star_completeness").evidence
        .length,
    ).toBeGreaterThan(0);
  });

  it("carries on where it left off after a restart: nothing asked twice, nothing skipped", async () => {
    // Short answers on one question: the interviewer probes for what each leaves out, once each.
    const answers = [
      "There was a disagreement on my team.",
      "It was about our release process.",
      "It got resolved in the end.",
      "Things were better afterwards.",
    ];
    const restartAfter = 2;
    const { authorization } = await signUpUser(t.app);
    const session = await start(authorization, {
      type: "behavioral",
      competency: "conflict-resolution",
    });
    for (const answer of answers.slice(0, restartAfter))
      await say(authorization, session.id, answer);
    const second = await startTestApp({ database: t.database, now: () => new Date(clock) });
    try {
      let detail = session;
      for (const answer of answers.slice(restartAfter))
        detail = await say(authorization, session.id, answer, second.app);
      const replies = detail.turns
        .filter((turn: { role: string }) => turn.role === "interviewer")
        .map((turn: { text: string }) => turn.text);
      expect(replies).toHaveLength(answers.length + 1);
      expect(new Set(replies).size).toBe(replies.length);
    } finally {
      await second.close();
    }
  });

  it("keeps scores hidden in assessment mode and declines hints there", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await start(authorization, {
      type: "coding",
      mode: "assessment",
      problemId: "two-sum",
    });
    const after = await say(
      authorization,
      session.id,
      "I would use a hash map from value to index.",
    );
    expect(after.scores).toEqual([]);
    const hint = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/hints`,
      headers: { authorization },
    });
    expect(hint.json()).toEqual({ hintsTaken: 0 });
    await t.app.drain();
    const latest = (
      await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}`,
        headers: { authorization },
      })
    ).json();
    expect(latest.turns.at(-1).text).toMatch(/off in assessment mode/);
  });

  it("gives tiered hints in practice mode and records them", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await start(authorization, { type: "coding", problemId: "two-sum" });
    const hint = await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/hints`,
      headers: { authorization },
    });
    expect(hint.json()).toEqual({ hintsTaken: 1 });
    await t.app.drain();
    const latest = (
      await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}`,
        headers: { authorization },
      })
    ).json();
    expect(latest.turns.at(-1).text).toMatch(/^Hint 1 of 3: /);
    expect(latest.hintsTaken).toBe(1);
  });

  it("walks a system design interview from requirements onwards", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await start(authorization, {
      type: "system_design",
      promptId: "url-shortener",
      level: "senior",
    });
    expect(session.prompt.title).toBeTruthy();
    const after = await say(
      authorization,
      session.id,
      "The core entities are a Link and a User; the API has POST /links and GET /{code}.",
    );
    expect(after.phase).toBe("entities_and_api");
    expect(after.scores.map((s: { dimension: string }) => s.dimension)).toContain(
      "api_and_data_model",
    );
    await say(
      authorization,
      session.id,
      "I model a Link keyed by its code with an expiry field, in a key-value store because lookups are by key.",
    );
    const report = await endInterview(t.app, authorization, session.id);
    expect(report.design.met.length).toBeGreaterThan(0);
    expect(report.design.missed.length).toBeGreaterThan(report.design.met.length);
    expect(report.next).toMatchObject({ type: "system_design" });
  });

  it("hires a sound design answer at mid level, but not at staff level without failure, regions or cost", async () => {
    const answer = [
      "How many links are created a day, and what is the read to write ratio?",
      "Let's assume 100M new links a day and reads dominate at about 10:1, so roughly 1.2k writes a second and 12k redirects a second, more at peak.",
      "API: POST /links takes the long URL and returns the code, 201, or 409 if the alias is taken; GET /{code} answers 302 to the long URL, 404 if unknown, 410 once expired. The entity is Link: code as the key, long url, owner, created and expires at; a key-value store fits since every lookup is by code.",
      "Stateless app servers behind a load balancer. The redirect path reads through a cache like Redis before the database, and a CDN in front serves hot links.",
      "For unique codes each server leases a range of counter values from a coordinator and base62-encodes them, so there are no collisions; if a server dies we just lose the rest of its range.",
      "I'd use 302 rather than 301: 301 gets cached by browsers, which saves load, but we lose click analytics and can't revoke a link.",
    ];
    const reportAt = async (level: string) => {
      const { authorization } = await signUpUser(t.app);
      const session = await start(authorization, {
        type: "system_design",
        promptId: "url-shortener",
        level,
      });
      for (const text of answer) await say(authorization, session.id, text);
      return endInterview(t.app, authorization, session.id);
    };
    const mid = await reportAt("mid");
    expect(["hire", "strong_hire"]).toContain(mid.band);
    expect(mid.design.met.length).toBeGreaterThanOrEqual(6);
    expect(mid.expectations.every((e: { met: boolean }) => e.met)).toBe(true);
    const staff = await reportAt("staff");
    expect(["hire", "strong_hire"]).not.toContain(staff.band);
    expect(staff.level).toBe("staff");
    expect(
      staff.expectations.filter((e: { met: boolean }) => !e.met).map((e: { id: string }) => e.id),
    ).toEqual(expect.arrayContaining(["design.regions", "design.cost"]));
  });

  it("reports each behavioral answer's STAR parts found and missing", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await start(authorization, { type: "behavioral" });
    await say(
      authorization,
      session.id,
      "Last year our release process kept failing. I was responsible for fixing it, so I wrote a checklist and automated the smoke tests.",
    );
    const report = await endInterview(t.app, authorization, session.id);
    expect(report.answers).toHaveLength(1);
    expect(report.answers[0].found).toEqual(
      expect.arrayContaining(["situation", "task", "action"]),
    );
    expect(report.answers[0].missing).toEqual(["result"]);
  });

  it("ends an interview when its time is up even if nobody speaks, and writes the report", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await start(authorization, { type: "behavioral" });
    clock += 31 * minute;
    let report: { statusCode: number; json(): { band: string; type: string } } | undefined;
    for (let i = 0; i < 100; i++) {
      report = await t.app.inject({
        method: "GET",
        url: `/api/sessions/${session.id}/report`,
        headers: { authorization },
      });
      if (report.statusCode === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(report?.statusCode).toBe(200);
    expect(report?.json()).toMatchObject({ type: "behavioral", band: "strong_no_hire" });
    clock = Date.now();
  });
});

describe("interviews through an AI provider, scored by a judge model", () => {
  let openai: FakeModelServer;
  let anthropic: FakeModelServer;
  let t: TestApp;
  beforeAll(async () => {
    [openai, anthropic] = await Promise.all([startFakeOpenAi(), startFakeAnthropic()]);
    const model = createProviderModel({
      provider: "openai",
      model: "gpt-test",
      apiKey: "k",
      baseUrl: openai.baseUrl,
      maxRetries: 0,
    });
    const judge = createProviderJudge({
      provider: "anthropic",
      model: "claude-judge",
      apiKey: "k",
      baseUrl: anthropic.baseUrl,
      maxRetries: 0,
    });
    t = await startTestApp({ model, judge });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await Promise.all([openai?.close(), anthropic?.close()]);
  });

  const startSession = async (authorization: string, payload: Record<string, unknown>) =>
    (
      await t.app.inject({
        method: "POST",
        url: "/api/sessions",
        headers: { authorization },
        payload,
      })
    ).json();
  const postTurn = (authorization: string, id: string, text: string) =>
    t.app.inject({
      method: "POST",
      url: `/api/sessions/${id}/turns`,
      headers: { authorization },
      payload: { text },
    });
  const sessionOf = async (authorization: string, id: string) =>
    (
      await t.app.inject({ method: "GET", url: `/api/sessions/${id}`, headers: { authorization } })
    ).json();

  it("tells the user and records the failure instead of answering with another engine", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization, { type: "coding", problemId: "two-sum" });
    expect(session.aiEngine).toBe("openai:gpt-test");
    expect(session.turns).toHaveLength(1);
    const get = () => sessionOf(authorization, session.id);
    const post = (text: string) => postTurn(authorization, session.id, text);

    openai.behave({ failNext: 1, status: 500 });
    await post("Hello?");
    await t.app.drain();
    const failed = await get();
    expect(failed.turns.map((turn: { role: string }) => turn.role)).toEqual([
      "interviewer",
      "candidate",
    ]);
    expect(failed.aiError).toMatch(/openai:gpt-test/);

    openai.behave({ reply: "Which approach comes to mind first?", failNext: 0 });
    await post("Are you there?");
    await t.app.drain();
    const latest = await get();
    expect(latest.turns.at(-1)).toMatchObject({
      role: "interviewer",
      text: "Which approach comes to mind first?",
    });
    expect(latest.aiError).toBeNull();
    expect(JSON.stringify(openai.requests.at(-1))).toContain("<candidate_message>");
  });

  it("sends the provider the whole conversation, its own earlier replies included", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization, { type: "behavioral" });
    const post = async (text: string) => {
      await postTurn(authorization, session.id, text);
      await t.app.drain();
    };
    openai.behave({ reply: "What was your own part in it?", failNext: 0 });
    await post("Our releases kept failing.");
    openai.behave({ reply: "And what came of it?" });
    await post("I wrote the release checklist.");
    const sent = openai.requests.at(-1) as { messages: { role: string; content: string }[] };
    expect(sent.messages.filter((m) => m.role !== "system").map((m) => m.role)).toEqual([
      "assistant",
      "user",
      "assistant",
      "user",
    ]);
    expect(sent.messages[3]?.content).toBe("What was your own part in it?");
  });

  it("keeps every turn when the candidate writes while a reply is still being saved", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization, { type: "behavioral" });
    openai.behave({ reply: "Go on.", failNext: 0 });
    const posts = [];
    for (let i = 0; i < 6; i++) {
      posts.push(postTurn(authorization, session.id, `Part ${i} of my answer.`));
      await new Promise((resolve) => setTimeout(resolve, i * 2));
    }
    expect((await Promise.all(posts)).map((r) => r.statusCode)).toEqual([
      201, 201, 201, 201, 201, 201,
    ]);
    await t.app.drain();
    const turns = (await sessionOf(authorization, session.id)).turns as {
      role: string;
      text: string;
    }[];
    expect(
      turns
        .filter((turn) => turn.role === "candidate")
        .map((turn) => turn.text)
        .sort(),
    ).toEqual([0, 1, 2, 3, 4, 5].map((i) => `Part ${i} of my answer.`));
    expect(turns.filter((turn) => turn.role === "interviewer")).toHaveLength(7);
  });

  it("has the judge score the report under objective ceilings, and says so", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization, { type: "behavioral" });
    openai.behave({ reply: "Thanks. What came of it?", failNext: 0 });
    await postTurn(authorization, session.id, "asdkj qwpeoi zmxncb");
    await t.app.drain();
    const candidateTurn = (await sessionOf(authorization, session.id)).turns.find(
      (turn: { role: string }) => turn.role === "candidate",
    );
    // A judge that rates everything 4/4, citing the candidate's turn.
    anthropic.behave({ failNext: 0, reply: (body) => fakeVerdict(4, body, [candidateTurn.id]) });
    const report = await endInterview(t.app, authorization, session.id);
    expect(report.scoredBy).toBe("anthropic:claude-judge");
    expect(report.dimensions.map((d: { score: number }) => d.score)).toEqual([1, 1, 1, 1, 1]);
    expect(report.band).toBe("strong_no_hire");
  });

  it("names a failed judge on the report and the session instead of hiding it", async () => {
    const { authorization } = await signUpUser(t.app);
    const session = await startSession(authorization, { type: "behavioral" });
    openai.behave({ reply: "Go on.", failNext: 0 });
    await postTurn(
      authorization,
      session.id,
      "I led the release checklist work and failed releases fell by 30%.",
    );
    await t.app.drain();
    anthropic.behave({ failNext: 1, status: 529 });
    const report = await endInterview(t.app, authorization, session.id);
    expect(report.scoredBy).toBe("offline");
    expect(report.judgeError).toMatch(
      /The judge \(anthropic:claude-judge\) failed.*rule-based scorer's alone/,
    );
    expect((await sessionOf(authorization, session.id)).aiError).toMatch(/anthropic:claude-judge/);
  });
});

describe("an action that arrives after time is up", () => {
  let clock = Date.now();
  let t: TestApp;
  // No sweeper during the test: only the candidate's own action can end the interview.
  beforeAll(async () => {
    t = await startTestApp({ now: () => new Date(clock), sweepEveryMs: 60 * minute });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  const actions = {
    turn: { url: "turns", payload: { text: "Still working on it." } },
    run: { url: "runs", payload: { language: "javascript", code: "function twoSum() {}" } },
    hint: { url: "hints", payload: undefined },
  };

  it.each(Object.keys(actions) as (keyof typeof actions)[])(
    "finishes the interview and writes its report when the action is a %s",
    async (action) => {
      const { authorization } = await signUpUser(t.app);
      const session = (
        await t.app.inject({
          method: "POST",
          url: "/api/sessions",
          headers: { authorization },
          payload: { type: "coding", problemId: "two-sum" },
        })
      ).json();
      clock += 46 * minute;
      const { url, payload } = actions[action];
      const answered = await t.app.inject({
        method: "POST",
        url: `/api/sessions/${session.id}/${url}`,
        headers: { authorization },
        ...(payload ? { payload } : {}),
      });
      expect(answered.statusCode, answered.body).toBeLessThan(300);
      await t.app.drain();
      const latest = (
        await t.app.inject({
          method: "GET",
          url: `/api/sessions/${session.id}`,
          headers: { authorization },
        })
      ).json();
      expect(latest.status).toBe("ended");
      expect(latest.turns.at(-1).text).toMatch(/That's time/);
      expect(latest.hintsTaken).toBe(0);
      const report = await endInterview(t.app, authorization, session.id);
      expect(report).toMatchObject({ type: "coding", hintsTaken: 0 });
      clock = Date.now();
    },
  );
});
