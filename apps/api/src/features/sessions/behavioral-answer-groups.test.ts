import { createProviderModel } from "@mentara/interviewer/model/provider-model";
import {
  type FakeModelServer,
  startFakeOpenAi,
} from "@mentara/interviewer/testing/fake-model-servers";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";

/** Two full STAR answers, each followed by an answer to the interviewer's follow-up. */
const answers = [
  "Last year our checkout team kept arguing about code review rules and releases slipped. I was responsible for the review process, so I proposed a rota and paired with the loudest critic on the first reviews. As a result review time dropped from 3 days to 1 and releases went out weekly again.",
  "Looking back I would involve the whole team earlier instead of winning over one person at a time.",
  "In 2023 a payment job at my company failed silently every night. My job was to make it reliable, so I added idempotency keys, retries with backoff and an alert on failures. Failed charges fell from 2% to 0.1% within a month.",
  "The root cause was a timeout that swallowed errors; I learned to alert on missing work, not only on errors.",
];

/**
 * Runs one behavioral interview with the same two questions and the same answers, and returns its
 * report. `random` fixes which questions are asked, so two apps ask the same ones.
 */
async function interview(t: TestApp) {
  const { authorization } = await signUpUser(t.app);
  const random = vi.spyOn(Math, "random").mockReturnValue(0.25);
  const created = await t.app.inject({
    method: "POST",
    url: "/api/sessions",
    headers: { authorization },
    payload: { type: "behavioral", competency: "conflict-resolution" },
  });
  random.mockRestore();
  const session = created.json();
  for (const text of answers) {
    await t.app.inject({
      method: "POST",
      url: `/api/sessions/${session.id}/turns`,
      headers: { authorization },
      payload: { text },
    });
    await t.app.drain();
  }
  const ended = await t.app.inject({
    method: "POST",
    url: `/api/sessions/${session.id}/end`,
    headers: { authorization },
  });
  const detail = await t.app.inject({
    method: "GET",
    url: `/api/sessions/${session.id}`,
    headers: { authorization },
  });
  return { report: ended.json(), turns: detail.json().turns as { role: string; text: string }[] };
}

describe("behavioral answers are grouped by the question the engine asked", () => {
  let offline: TestApp;
  let provider: TestApp;
  let openai: FakeModelServer;
  beforeAll(async () => {
    openai = await startFakeOpenAi();
    // A model that speaks in its own words and never says "Next question:".
    openai.behave({ reply: "Thank you. Let's turn to another situation.", failNext: 0 });
    const model = createProviderModel({
      provider: "openai",
      model: "gpt-test",
      apiKey: "k",
      baseUrl: openai.baseUrl,
      maxRetries: 0,
    });
    [offline, provider] = await Promise.all([startTestApp(), startTestApp({ model })]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([offline?.close(), provider?.close()]);
    await openai?.close();
  });

  it("gives a provider's interview the same answer groups, STAR parts and scores as the offline one", async () => {
    const [a, b] = [await interview(offline), await interview(provider)];
    expect(a.turns.some((t) => t.role === "interviewer" && /Next question:/.test(t.text))).toBe(
      true,
    );
    expect(b.turns.some((t) => /Next question:/.test(t.text))).toBe(false);

    expect(a.report.answers).toHaveLength(2);
    expect(b.report.answers).toEqual(a.report.answers);
    expect(b.report.answers[1].found).toEqual(
      expect.arrayContaining(["situation", "task", "action", "result"]),
    );
    const scores = (report: { dimensions: { dimension: string; score: number }[] }) =>
      report.dimensions.map((d) => [d.dimension, d.score]);
    expect(scores(b.report)).toEqual(scores(a.report));
    expect(b.report.score).toBe(a.report.score);
  });
});
