import {
  type FakeModelServer,
  startFakeAnthropic,
  startFakeOpenAi,
} from "@mentara/interviewer/testing/fake-model-servers";
import { fakeVerdict } from "@mentara/interviewer/testing/fake-verdict";
import { type ServerProcess, startServerProcess } from "@mentara/testing/start-server-process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, snap } from "./browser.ts";
import { fillSignUp, passOnboarding, twoSumSolution, typeCode } from "./steps.ts";

/**
 * The product against fake OpenAI and Anthropic servers on 127.0.0.1 that speak their real
 * protocols: the interviewer streams through one provider, the judge scores through another.
 */
const openAiLine = "Thanks. Could you walk me through that in more detail?";
const anthropicLine = "Understood. What would you do differently next time?";

/** Streamed requests are the interviewer; whole ones are the judge, which rates 3/4 with evidence. */
const replyAs = (line: string) => (body: Record<string, unknown>) =>
  body.stream === true ? line : fakeVerdict(3, body);

let openai: FakeModelServer;
let anthropic: FakeModelServer;
let browser: Browser;
beforeAll(async () => {
  [openai, anthropic, browser] = await Promise.all([
    startFakeOpenAi(),
    startFakeAnthropic(),
    launchChromium(),
  ]);
  openai.behave({ reply: replyAs(openAiLine) });
  anthropic.behave({ reply: replyAs(anthropicLine) });
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([openai?.close(), anthropic?.close()]);
});

async function signUp(page: Page, url: string) {
  await page.goto(`${url}/sign-up`);
  await fillSignUp(page, "provider", 1992);
  await page.getByRole("button", { name: "Create account" }).click();
  await passOnboarding(page);
  await page.getByRole("heading", { name: "Your practice" }).waitFor();
}

async function say(page: Page, text: string, expected: string) {
  // The greeting may be spoken by the same model: count only once it has finished streaming.
  await page.locator(".message.interviewer:not(.streaming)").first().waitFor();
  await expect.poll(() => page.locator(".message.interviewer.streaming").count()).toBe(0);
  const before = await page.locator(".message.interviewer").filter({ hasText: expected }).count();
  await page.getByLabel("Message to the interviewer").fill(text);
  await page.keyboard.press("Enter");
  await expect
    .poll(() => page.locator(".message.interviewer").filter({ hasText: expected }).count())
    .toBe(before + 1);
}

async function endAndReadReport(page: Page, scoredBy: RegExp) {
  await page.getByRole("button", { name: "End interview" }).click();
  await page.getByRole("button", { name: "Yes, end it" }).click();
  await page.getByRole("heading", { name: "Your report" }).waitFor();
  await page.getByText(scoredBy).waitFor();
}

describe("with an OpenAI interviewer and an Anthropic judge", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({
      env: {
        AI_PROVIDER: "openai",
        AI_MODEL: "e2e-interviewer",
        AI_API_KEY: "test-key",
        AI_BASE_URL: openai.baseUrl,
        JUDGE_PROVIDER: "anthropic",
        JUDGE_MODEL: "e2e-judge",
        JUDGE_API_KEY: "test-key",
        JUDGE_BASE_URL: anthropic.baseUrl,
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("takes coding, behavioral and system design interviews end to end", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signUp(page, server.url);

    await page.getByLabel("Problem").selectOption("two-sum");
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Two Sum" }).waitFor();
    await page.getByText("AI: openai:e2e-interviewer").waitFor();
    await typeCode(page, twoSumSolution);
    await page.getByRole("button", { name: "Run tests" }).click();
    await page.getByText(/^(\d+) of \1 tests passed$/).waitFor();
    await say(page, "A hash map from value to index: O(n) time and O(n) space.", openAiLine);
    await snap(page, "21-openai-coding");
    await endAndReadReport(page, /Scored by anthropic:e2e-judge/);
    await snap(page, "22-judged-report");

    await page.getByRole("link", { name: "Practise again" }).click();
    await page.getByRole("radio", { name: "Behavioral" }).check();
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Behavioral interview" }).waitFor();
    await say(
      page,
      "Last year I led the migration of our billing service; I measured the slowest queries and latency dropped from 9 seconds to 400 ms.",
      openAiLine,
    );
    await expect.poll(() => page.locator(".scores .score-list > li").count()).toBe(5);
    await endAndReadReport(page, /Scored by anthropic:e2e-judge/);

    await page.getByRole("link", { name: "Practise again" }).click();
    await page.getByRole("radio", { name: "System design" }).check();
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Design question" }).waitFor();
    await say(
      page,
      "How many requests per second do we expect at peak, and how many users?",
      openAiLine,
    );
    await endAndReadReport(page, /Scored by anthropic:e2e-judge/);
    expect(openai.requests.some((body) => body.stream === true)).toBe(true);
    expect(anthropic.requests.some((body) => body.stream !== true)).toBe(true);
  });
});

describe("with an Anthropic interviewer and an OpenAI-compatible judge", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({
      env: {
        AI_PROVIDER: "anthropic",
        AI_MODEL: "e2e-interviewer",
        AI_API_KEY: "test-key",
        AI_BASE_URL: anthropic.baseUrl,
        JUDGE_PROVIDER: "openai-compatible",
        JUDGE_MODEL: "e2e-judge",
        JUDGE_BASE_URL: openai.baseUrl,
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("shows a provider failure plainly, recovers, and finishes the interview", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signUp(page, server.url);
    await page.getByRole("radio", { name: "Behavioral" }).check();
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByText("AI: anthropic:e2e-interviewer").waitFor();

    anthropic.behave({ failNext: 3, status: 529 }); // more than the interviewer's retries
    await page
      .getByLabel("Message to the interviewer")
      .fill("Our team kept missing release dates.");
    await page.keyboard.press("Enter");
    await page
      .getByRole("alert")
      .getByText(
        /anthropic:e2e-interviewer\) is not answering \(.*overloaded\)\. Everything you wrote is saved/,
      )
      .waitFor();
    await snap(page, "23-provider-failure");

    await say(
      page,
      "I proposed a release checklist and we shipped on time for six months.",
      anthropicLine,
    );
    await expect.poll(() => page.getByRole("alert").count()).toBe(0);
    await endAndReadReport(
      page,
      /Scored by compatible:e2e-judge|Scored by openai-compatible:e2e-judge/,
    );
  });
});
