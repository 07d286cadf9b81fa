import { describe, expect, it } from "vitest";
import { serverAndBrowser, snap } from "./browser.ts";
import {
  fillSignUp,
  passOnboarding,
  starAnswer,
  startBehavioralAndAnswer,
  twoSumSolution,
  typeCode,
} from "./steps.ts";

const e2e = serverAndBrowser();

describe("a newcomer", () => {
  it("signs up, takes a coding interview end to end and reads the report", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(e2e.server.url);
    await page
      .getByRole("heading", { name: "Practise the interview, not just the puzzle" })
      .waitFor();
    await snap(page, "01-landing");

    await page.getByRole("link", { name: "Start practising" }).click();
    await fillSignUp(page, "newcomer", 1996);
    await snap(page, "02-sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await passOnboarding(page);
    await page.getByRole("heading", { name: "Your practice" }).waitFor();
    await page.getByText("No interviews yet").waitFor();
    await snap(page, "03-dashboard");

    await page.getByLabel("Topic").selectOption("arrays-and-hashing");
    await page.getByLabel("Problem").selectOption("two-sum");
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Two Sum" }).waitFor();
    await page.getByText("Hi, I'm your interviewer today").waitFor();
    await page.locator(".cm-content").waitFor();
    await snap(page, "04-interview-room");

    await typeCode(page, twoSumSolution);
    await page.getByRole("button", { name: "Run tests" }).click();
    await page.getByText(/^(\d+) of \1 tests passed$/).waitFor();
    await snap(page, "05-tests-pass");

    await page.getByText(/All \d+ tests pass/).waitFor();
    await page
      .getByLabel("Message to the interviewer")
      .fill("One pass with a hash map from value to index: O(n) time and O(n) space.");
    await page.keyboard.press("Enter");
    const reply = page
      .locator(".message.interviewer")
      .filter({ hasText: "matches what I'd expect" });
    await reply.waitFor();
    await expect.poll(() => page.locator(".message.streaming").count()).toBe(0);
    await snap(page, "06-streamed-reply");

    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("button", { name: "Yes, end it" }).click();
    await page.getByRole("heading", { name: "Your report" }).waitFor();
    await page.getByRole("heading", { name: "Scores by dimension" }).waitFor();
    await expect.poll(() => page.locator(".score-list > li").count()).toBe(5);
    await page
      .getByText(/Problem solving/)
      .first()
      .waitFor();
    await expect.poll(() => page.getByText(/^(\d+) of \1$/).count()).toBe(1);
    await page.getByRole("heading", { name: "Three things to do differently" }).waitFor();
    // The report says which level it measured against and what that level expects.
    await page.getByRole("heading", { name: "Measured against: Mid-level" }).waitFor();
    await expect.poll(() => page.locator(".level-expectations li").count()).toBe(2);
    await page.getByText("Show a reference solution").click();
    await page.locator(".reference code").getByText("function twoSum").waitFor();
    await snap(page, "07-report");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".topbar").isVisible()).toBe(false);
    await snap(page, "07a-report-print");
    await page.emulateMedia({ media: "screen" });

    await page.getByRole("link", { name: "How we score" }).first().click();
    await page.getByRole("heading", { name: "How we score", exact: true }).waitFor();
    await page.getByText(/Instructions to the scorer are ignored/).waitFor();
    await snap(page, "07d-how-we-score");
    await page.goBack();
    await page.getByRole("heading", { name: "Your report" }).waitFor();

    await page.getByRole("link", { name: "Replay the interview" }).click();
    const scrubber = page.getByLabel(/^Moment \d+ of \d+$/);
    await scrubber.focus();
    await page.keyboard.press("Home");
    await page.getByText("No code was written yet.").waitFor();
    await page.keyboard.press("End");
    await page.locator(".replay-code").getByText("const seen = new Map();").waitFor();
    await page
      .getByText(/^Run: (\d+) of \1 tests passed$/)
      .first()
      .waitFor();
    await snap(page, "07c-replay");
    await page.getByRole("link", { name: "Back to the report" }).click();
    await page.getByRole("heading", { name: "Your report" }).waitFor();

    await page.getByRole("link", { name: "Practise again" }).click();
    await page.locator(".session-list").getByText("Two Sum").waitFor();
    await expect.poll(() => page.locator(".session-list li").count()).toBe(1);

    await page.getByRole("button", { name: "Delete Two Sum" }).click();
    await snap(page, "07b-delete-confirm");
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await page.getByText("No interviews yet").waitFor();
  });

  it("takes a behavioral and a system design interview with live scores", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${e2e.server.url}/sign-up`);
    await fillSignUp(page, "talker", 1988);
    await page.getByRole("button", { name: "Create account" }).click();
    await passOnboarding(page);

    await startBehavioralAndAnswer(page, starAnswer);
    await expect.poll(() => page.locator(".message.interviewer").count()).toBeGreaterThan(1);
    await expect.poll(() => page.locator(".scores .score-list > li").count()).toBe(5);
    await snap(page, "11-behavioral-live-score");
    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("button", { name: "Yes, end it" }).click();
    await page.getByRole("heading", { name: "Your report" }).waitFor();
    await page.getByText(/STAR completeness/).waitFor();

    await page.getByRole("link", { name: "Practise again" }).click();
    await page.getByRole("radio", { name: "System design" }).check();
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Design question" }).waitFor();
    await page
      .getByLabel("Message to the interviewer")
      .fill("How many requests per second do we expect at peak?");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator(".message.interviewer").count()).toBeGreaterThan(1);
    await snap(page, "12-system-design");
    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("button", { name: "Yes, end it" }).click();
    await page.getByRole("heading", { name: "Design checkpoints" }).waitFor();

    await page.getByRole("link", { name: "Progress" }).click();
    await page.getByRole("heading", { name: "Your progress" }).waitFor();
    await page.getByText(/^Behavioral: 1 finished interview, scored \d+\.$/).waitFor();
    await page.getByText(/^System design: 1 finished interview, scored \d+\.$/).waitFor();
    await expect
      .poll(() => page.locator(".chart .recharts-line-dot, .chart .recharts-dot").count())
      .toBe(2);
    await page.getByRole("heading", { name: "Skill profile" }).waitFor();
    await snap(page, "13-progress");
  });

  it("works at 375 px wide, from sign-up to the interview room", async () => {
    const page = await e2e.browser.newPage({
      viewport: { width: 375, height: 812 },
      isMobile: true,
    });
    const overflows = () =>
      page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    await page.goto(`${e2e.server.url}/sign-up`);
    await page.getByRole("heading", { name: "Create your account" }).waitFor();
    expect(await overflows()).toBe(false);
    await snap(page, "08-mobile-sign-up");
    await fillSignUp(page, "mobile", 1990);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Before your first interview" }).waitFor();
    expect(await overflows()).toBe(false);
    await passOnboarding(page);
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.locator(".cm-content").waitFor();
    expect(await overflows()).toBe(false);
    await snap(page, "09-mobile-room");
    for (const [path, heading] of [
      ["/profile", "Profile"],
      ["/privacy", "Privacy policy"],
      ["/account/delete", "Deleting your Mentara account"],
      ["/how-we-score", "How we score"],
    ] as const) {
      await page.goto(`${e2e.server.url}${path}`);
      await page.getByRole("heading", { name: heading, exact: true }).waitFor();
      expect(await overflows(), path).toBe(false);
    }
  });

  it("refuses an under-16 sign-up with the reason", async () => {
    const page = await e2e.browser.newPage();
    await page.goto(`${e2e.server.url}/sign-up`);
    await fillSignUp(page, "young", new Date().getFullYear() - 12);
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("alert").getByText("aged 16 and over").waitFor();
    await snap(page, "10-under-16");
  });
});
