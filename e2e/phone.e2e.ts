import { sessionDetail } from "@mentara/contracts/sessions";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serverAndBrowser, snap } from "./browser.ts";
import { fillSignUp, passOnboarding, twoSumSolution } from "./steps.ts";

const e2e = serverAndBrowser();

/** A phone: 390×844, touch, mobile viewport. */
async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  return { context, page: await context.newPage() };
}

/** Signs up on the phone and opens a Two Sum interview, on the code pane. */
async function openTwoSum(page: Page, who: string): Promise<void> {
  await page.goto(`${e2e.server.url}/sign-up`);
  await fillSignUp(page, who, 1994);
  await page.getByRole("button", { name: "Create account" }).click();
  await passOnboarding(page);
  await page.getByLabel("Topic").selectOption("arrays-and-hashing");
  await page.getByLabel("Problem").selectOption("two-sum");
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.getByRole("heading", { name: "Two Sum" }).waitFor();
  await page.locator(".cm-content").waitFor();
}

const overflows = (page: Page) =>
  page.evaluate("document.documentElement.scrollWidth > window.innerWidth");

/** Pretends the app went to the background (or came back), as a phone's app switcher does. */
const setHidden = (page: Page, hidden: boolean) =>
  page.evaluate(`(() => {
    Object.defineProperty(document, "visibilityState", {
      configurable: true,
      get: () => "${hidden ? "hidden" : "visible"}",
    });
    document.dispatchEvent(new Event("visibilitychange"));
  })()`);

/** The session's turns as the server stored them. */
async function storedTurns(page: Page): Promise<{ role: string; text: string }[]> {
  const id = page.url().split("/").at(-1);
  const token = await page.evaluate("localStorage.getItem('mentara.token')");
  const response = await fetch(`${e2e.server.url}/api/sessions/${id}`, {
    headers: { authorization: `Bearer ${String(token)}` },
  });
  return sessionDetail.parse(await response.json()).turns;
}

async function chatTab(page: Page) {
  await page.getByRole("tab", { name: /^Chat/ }).tap();
  await page.getByLabel("Message to the interviewer").waitFor();
}

async function say(page: Page, text: string) {
  await page.getByLabel("Message to the interviewer").fill(text);
  await page.getByRole("button", { name: "Send" }).tap();
}

describe("the interview on a phone", () => {
  it("takes a whole coding interview with the symbol bar, one pane at a time", async () => {
    const { context, page } = await phone();
    await openTwoSum(page, "phone-coder");
    expect(await overflows(page)).toBe(false);

    // Letters from the phone keyboard; brackets, operators and quotes from the symbol bar.
    await page.locator(".cm-content").tap();
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    const bar = page.getByRole("toolbar", { name: "Symbols" });
    const symbols = new Set(["(", ")", "{", "}", "[", "]", "=", "+", "-", ";", ",", ".", "<"]);
    for (const [index, line] of twoSumSolution.split("\n").entries()) {
      if (index > 0) await page.keyboard.press("Enter");
      for (const char of line) {
        if (symbols.has(char)) await bar.getByRole("button", { name: char, exact: true }).tap();
        else await page.keyboard.type(char);
      }
    }
    await snap(page, "40-phone-symbol-bar");
    await page.getByRole("button", { name: "Run tests" }).tap();
    // The room moves to the results; the interviewer's remark waits, marked unread, in the chat.
    await page.getByText(/^(\d+) of \1 tests passed$/).waitFor();
    await expect
      .poll(() => page.getByRole("tab", { name: /Chat/ }).locator(".unread-dot").count())
      .toBe(1);
    expect(await page.locator(".cm-content").isVisible()).toBe(false);
    await snap(page, "41-phone-results");
    await chatTab(page);
    await page.getByText(/All \d+ tests pass/).waitFor();
    expect(await page.locator(".unread-dot").count()).toBe(0);
    await say(page, "A hash map from value to index: O(n) time and O(n) space.");
    await page.getByText(/matches what I'd expect/).waitFor();
    expect(await overflows(page)).toBe(false);
    await snap(page, "42-phone-chat");

    // The header's links sit behind one menu button.
    expect(await page.getByRole("link", { name: "Progress" }).isVisible()).toBe(false);
    await page.getByRole("button", { name: "Menu" }).tap();
    await page.getByRole("link", { name: "Progress" }).waitFor();
    await context.close();
  });

  it("loses nothing when the app goes to the background in the middle of a reply", async () => {
    const { context, page } = await phone();
    await openTwoSum(page, "phone-switcher");
    await chatTab(page);
    await say(page, "Can the list contain negative numbers?");
    await page.locator(".message.streaming").waitFor();
    await setHidden(page, true);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await setHidden(page, false);
    await expect.poll(() => page.locator(".message.streaming").count()).toBe(0);
    await expect.poll(async () => (await storedTurns(page)).length).toBe(3);
    const stored = await storedTurns(page);
    const shown = await page.locator(".messages .message:not(.pending) p").allTextContents();
    expect(shown).toEqual(stored.map((turn) => turn.text));
    await context.close();
  });

  it("keeps a message sent offline and delivers it once the network is back", async () => {
    const { context, page } = await phone();
    await openTwoSum(page, "phone-offline");
    await chatTab(page);
    await context.setOffline(true);
    await say(page, "I would check every pair first, then use a hash map.");
    await page.getByText(/You're offline/).waitFor();
    await page.locator(".message.pending").getByText("Waiting for the connection…").waitFor();
    await snap(page, "43-phone-offline");
    await context.setOffline(false);
    await expect.poll(() => page.locator(".message.pending").count()).toBe(0);
    await page
      .locator(".message.candidate")
      .getByText(/check every pair first/)
      .waitFor();
    await expect
      .poll(async () => (await storedTurns(page)).filter((t) => t.role === "candidate").length)
      .toBe(1);
    await page.locator(".message.interviewer").nth(1).waitFor();
    await context.close();
  });

  it("stores a message once when its answer is lost and the app sends it again", async () => {
    const { context, page } = await phone();
    await openTwoSum(page, "phone-retry");
    await chatTab(page);
    // The first request reaches the server, but its answer never comes back.
    let dropped = false;
    const keys: string[] = [];
    await page.route("**/api/sessions/*/turns", async (route) => {
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (dropped) return route.continue();
      dropped = true;
      await route.fetch();
      await route.abort("connectionreset");
    });
    await say(page, "What should happen when there is no answer?");
    await expect.poll(() => page.locator(".message.pending").count()).toBe(0);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    expect(new Set(keys).size).toBe(1);
    const candidate = (await storedTurns(page)).filter((t) => t.role === "candidate");
    expect(candidate.map((t) => t.text)).toEqual(["What should happen when there is no answer?"]);
    await expect
      .poll(() =>
        page
          .locator(".message.candidate")
          .getByText(/no answer\?/)
          .count(),
      )
      .toBe(1);
    await context.close();
  });
});
