import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, snap } from "./browser.ts";
import { type RunningServer, startServer } from "./start-server.ts";

const solution = [
  "function twoSum(nums, target) {",
  "const seen = new Map();",
  "for (let i = 0; i < nums.length; i++) {",
  "if (seen.has(target - nums[i])) return [seen.get(target - nums[i]), i];",
  "seen.set(nums[i], i);",
  "}",
  "}",
].join("\n");

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  server = await startServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("a newcomer", () => {
  it("signs up, takes a coding interview end to end and reads the report", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url);
    await page
      .getByRole("heading", { name: "Practise the interview, not just the puzzle" })
      .waitFor();
    await snap(page, "01-landing");

    await page.getByRole("link", { name: "Start practising" }).click();
    await page.getByLabel("Email").fill(`newcomer-${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Year of birth").fill("1996");
    await snap(page, "02-sign-up");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("heading", { name: "Your practice" }).waitFor();
    await page.getByText("No interviews yet").waitFor();
    await snap(page, "03-dashboard");

    await page.getByLabel("Topic").selectOption("arrays-and-hashing");
    await page.getByLabel("Problem").selectOption("two-sum");
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Two Sum" }).waitFor();
    await page.getByText("Hi, I'm your interviewer today").waitFor();
    const editor = page.locator(".cm-content");
    await editor.waitFor();
    await snap(page, "04-interview-room");

    await editor.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.keyboard.insertText(solution);
    await page.getByRole("button", { name: "Run tests" }).click();
    await page.getByText(/^(\d+) of \1 tests passed$/).waitFor();
    await snap(page, "05-tests-pass");

    await page
      .getByLabel("Message to the interviewer")
      .fill("I would use a hash map from each value to its index.");
    await page.keyboard.press("Enter");
    const reply = page.locator(".message.interviewer").filter({ hasText: "lookup structure" });
    await reply.waitFor();
    await expect.poll(() => page.locator(".message.streaming").count()).toBe(0);
    await snap(page, "06-streamed-reply");

    await page.getByRole("button", { name: "End interview" }).click();
    await page.getByRole("button", { name: "Yes, end it" }).click();
    await page.getByRole("heading", { name: "Your report" }).waitFor();
    const score = Number(await page.locator(".score-value").textContent());
    expect(score).toBeGreaterThanOrEqual(80);
    await expect.poll(() => page.getByText(/^(\d+) of \1$/).count()).toBe(1);
    await snap(page, "07-report");

    await page.getByRole("link", { name: "Practise again" }).click();
    await page.locator(".session-list").getByText("Two Sum").waitFor();
    await expect.poll(() => page.locator(".session-list li").count()).toBe(1);
  });

  it("works at 375 px wide, from sign-up to the interview room", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 812 }, isMobile: true });
    const overflows = () =>
      page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    await page.goto(`${server.url}/sign-up`);
    await page.getByRole("heading", { name: "Create your account" }).waitFor();
    expect(await overflows()).toBe(false);
    await snap(page, "08-mobile-sign-up");
    await page.getByLabel("Email").fill(`mobile-${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Year of birth").fill("1990");
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.locator(".cm-content").waitFor();
    expect(await overflows()).toBe(false);
    await snap(page, "09-mobile-room");
  });

  it("refuses an under-16 sign-up with the reason", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/sign-up`);
    await page.getByLabel("Email").fill(`young-${Date.now()}@example.com`);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Year of birth").fill(String(new Date().getFullYear() - 12));
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("alert").getByText("aged 16 and over").waitFor();
    await snap(page, "10-under-16");
  });
});
