import {
  type FakeModelServer,
  startFakeAnthropic,
  startFakeOpenAi,
} from "@mentara/interviewer/testing/fake-model-servers";
import { fakeVerdict } from "@mentara/interviewer/testing/fake-verdict";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

let offline: TestApp;
let providers: TestApp;
let judgeOnly: TestApp;
let interviewer: FakeModelServer;
let judge: FakeModelServer;

const interviewerEnv = (baseUrl: string) => ({
  AI_PROVIDER: "openai",
  AI_MODEL: "consent-interviewer",
  AI_API_KEY: "test-key",
  AI_BASE_URL: baseUrl,
});
const judgeEnv = (baseUrl: string) => ({
  JUDGE_PROVIDER: "anthropic",
  JUDGE_MODEL: "consent-judge",
  JUDGE_API_KEY: "test-key",
  JUDGE_BASE_URL: baseUrl,
});

beforeAll(async () => {
  [interviewer, judge] = await Promise.all([startFakeOpenAi(), startFakeAnthropic()]);
  judge.behave({ reply: (body) => fakeVerdict(3, body) });
  offline = await startTestApp();
  providers = await startTestApp({
    env: { ...interviewerEnv(interviewer.baseUrl), ...judgeEnv(judge.baseUrl) },
  });
  judgeOnly = await startTestApp({ env: judgeEnv(judge.baseUrl) });
}, 120_000);
afterAll(async () => {
  await Promise.all([offline?.close(), providers?.close(), judgeOnly?.close()]);
  await Promise.all([interviewer?.close(), judge?.close()]);
});

const call = (t: TestApp, method: string, url: string, authorization: string, payload?: object) =>
  t.app.inject({
    method: method as "GET",
    url,
    headers: { authorization },
    ...(payload ? { payload } : {}),
  });
const setConsent = (t: TestApp, authorization: string, aiConsent: boolean) =>
  call(t, "POST", "/api/me/ai-consent", authorization, { aiConsent });
const start = (t: TestApp, authorization: string) =>
  call(t, "POST", "/api/sessions", authorization, { type: "behavioral" });
const answer = (t: TestApp, authorization: string, id: string, text: string) =>
  call(t, "POST", `/api/sessions/${id}/turns`, authorization, { text });

const refusal =
  /withdrawn your consent to AI processing.*would send what you write.*to the AI provider.*Give consent again in Profile/;

describe("withdrawing consent to AI processing", () => {
  it("keeps the user onboarded, and Profile can give it again", async () => {
    const { authorization } = await signUpUser(offline.app);
    const withdrawn = await setConsent(offline, authorization, false);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ aiConsentAt: null, onboarded: true });
    // Read afresh: the web's onboarding redirect follows `onboarded`, so no loop back to it.
    expect((await call(offline, "GET", "/api/me", authorization)).json()).toMatchObject({
      aiConsentAt: null,
      onboarded: true,
    });
    const given = await setConsent(offline, authorization, true);
    expect(given.statusCode).toBe(200);
    expect(given.json().aiConsentAt).toEqual(expect.any(String));
    const bad = await call(offline, "POST", "/api/me/ai-consent", authorization, {
      aiConsent: "no",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/aiConsent is true to give consent or false/);
  });

  it("lets interviews go on with the offline interviewer and no judge: nothing leaves the server", async () => {
    const { authorization } = await signUpUser(offline.app);
    await setConsent(offline, authorization, false);
    const session = await start(offline, authorization);
    expect(session.statusCode).toBe(201);
    const turn = await answer(offline, authorization, session.json().id, "I led a migration.");
    expect(turn.statusCode).toBe(201);
  });

  it("refuses starting and answering when a provider interviews, until consent is given again", async () => {
    const { authorization } = await signUpUser(providers.app);
    const running = await start(providers, authorization);
    expect(running.statusCode).toBe(201);
    const id = running.json().id as string;
    await providers.app.drain(); // the greeting's request has gone out

    await setConsent(providers, authorization, false);
    const sent = interviewer.requests.length;
    const turn = await answer(providers, authorization, id, "Our releases kept slipping.");
    expect(turn.statusCode).toBe(403);
    expect(turn.json().error).toMatchObject({
      code: "AI_CONSENT_REQUIRED",
      details: { consentPath: "/profile#ai-processing" },
    });
    expect(turn.json().error.message).toMatch(refusal);
    const hint = await call(providers, "POST", `/api/sessions/${id}/hints`, authorization);
    expect(hint.statusCode).toBe(403);
    const another = await start(providers, authorization);
    expect(another.statusCode).toBe(403);
    expect(another.json().error.message).toMatch(refusal);
    await providers.app.drain();
    expect(interviewer.requests.length).toBe(sent);
    const replay = await call(providers, "GET", `/api/sessions/${id}/replay`, authorization);
    expect(JSON.stringify(replay.json())).not.toContain("Our releases kept slipping.");

    expect((await setConsent(providers, authorization, true)).statusCode).toBe(200);
    expect((await answer(providers, authorization, id, "Our releases slipped.")).statusCode).toBe(
      201,
    );
    await providers.app.drain();
    expect(interviewer.requests.length).toBeGreaterThan(sent);
    expect((await start(providers, authorization)).statusCode).toBe(201);
  });

  it("refuses when only the judge is a provider", async () => {
    const { authorization } = await signUpUser(judgeOnly.app);
    await setConsent(judgeOnly, authorization, false);
    const refused = await start(judgeOnly, authorization);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(refusal);
    await setConsent(judgeOnly, authorization, true);
    expect((await start(judgeOnly, authorization)).statusCode).toBe(201);
  });

  it("keeps an interview's content from the judge once consent is withdrawn during it", async () => {
    const { authorization } = await signUpUser(judgeOnly.app);
    const session = await start(judgeOnly, authorization);
    const id = session.json().id as string;
    const turn = await answer(
      judgeOnly,
      authorization,
      id,
      "Last year I led our billing migration; I measured the slowest queries and latency dropped from 9 s to 400 ms.",
    );
    expect(turn.statusCode).toBe(201);
    await judgeOnly.app.drain();
    await setConsent(judgeOnly, authorization, false);
    const judged = judge.requests.length;
    const ended = await call(judgeOnly, "POST", `/api/sessions/${id}/end`, authorization);
    expect([200, 202]).toContain(ended.statusCode);
    await expect
      .poll(
        async () =>
          (await call(judgeOnly, "GET", `/api/sessions/${id}/report`, authorization)).statusCode,
        { timeout: 20_000, interval: 100 },
      )
      .toBe(200);
    const report = await call(judgeOnly, "GET", `/api/sessions/${id}/report`, authorization);
    expect(report.json().scoredBy).toBe("offline");
    expect(judge.requests.length).toBe(judged);
  });
});
