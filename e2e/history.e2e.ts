import { describe, expect, it } from "vitest";
import { serverAndBrowser, snap } from "./browser.ts";
import { fillSignUp, finishBehavioral, passOnboarding, starAnswer } from "./steps.ts";

const e2e = serverAndBrowser();

describe("a returning candidate", () => {
  it("finishes two sessions, sees the trend, compares them, replays one and deletes one", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${e2e.server.url}/sign-up`);
    await fillSignUp(page, "returning", 1990);
    await page.getByRole("button", { name: "Create account" }).click();
    await passOnboarding(page);
    await page.getByRole("heading", { name: "Your practice" }).waitFor();

    await finishBehavioral(page, "I am not sure, I just did what I was told.");
    await page.getByRole("link", { name: "Practise again" }).click();
    await finishBehavioral(page, starAnswer);

    // Progress: both sessions on the chart, and the trend told for their type.
    await page.getByRole("link", { name: "Progress" }).click();
    await page.getByRole("heading", { name: "Your progress" }).waitFor();
    await page
      .getByText(/^Behavioral: 2 finished interviews, from \d+ to \d+ \(up \d+ points?\)\.$/)
      .waitFor();
    await expect
      .poll(() => page.locator(".chart .recharts-line-dot, .chart .recharts-dot").count())
      .toBe(2);
    await page.getByRole("heading", { name: "What to practise next" }).waitFor();
    await page.getByText(/^Your weakest skill: .+ in Behavioral interviews/).waitFor();
    await snap(page, "20-progress-trend");

    // History: a filter that matches nothing says so; the type filter keeps both.
    await page.getByRole("link", { name: "Dashboard" }).click();
    await page.locator(".history-filters").getByLabel("Score").selectOption("85");
    await page.getByText("No past session matches these filters.").waitFor();
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.locator(".history-filters").getByLabel("Interview").selectOption("behavioral");
    await expect.poll(() => page.locator(".session-list li").count()).toBe(2);
    expect(page.url()).toContain("type=behavioral");

    // Compare the two side by side: the stronger answer shows as a rise in score.
    const boxes = page.getByRole("checkbox", { name: /^Choose .+ for comparison$/ });
    await boxes.nth(0).check();
    await page.getByText(/choose one more of the same type/).waitFor();
    await boxes.nth(1).check();
    await page.getByRole("button", { name: "Compare" }).click();
    await page.getByRole("heading", { name: "Two sessions side by side" }).waitFor();
    const scoreRow = page.getByRole("row", { name: /^Score/ });
    await expect.poll(() => scoreRow.locator("td.change.up").count()).toBe(1);
    await snap(page, "21-compare");

    // Replay the earlier session from its report.
    await page.getByRole("columnheader").nth(1).getByRole("link").click();
    await page.getByRole("heading", { name: "Your report" }).waitFor();
    await page.getByRole("link", { name: "Replay the interview" }).click();
    const scrubber = page.getByLabel(/^Moment \d+ of \d+$/);
    await scrubber.focus();
    await page.keyboard.press("End");
    await page.getByText("I am not sure, I just did what I was told.").waitFor();

    // Delete it: gone from the history and from the chart.
    await page.getByRole("link", { name: "Dashboard" }).click();
    const items = page.locator(".session-list li");
    await expect.poll(() => items.count()).toBe(2);
    await items
      .nth(1)
      .getByRole("button", { name: /^Delete / })
      .click();
    await page.getByRole("button", { name: "Yes, delete" }).click();
    await expect.poll(() => items.count()).toBe(1);
    await page.getByRole("link", { name: "Progress" }).click();
    await page.getByText(/^Behavioral: 1 finished interview, scored \d+\.$/).waitFor();
    await expect
      .poll(() => page.locator(".chart .recharts-line-dot, .chart .recharts-dot").count())
      .toBe(1);
  });
});
