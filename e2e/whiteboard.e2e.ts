import { whiteboardSnapshot } from "@mentara/contracts/whiteboard";
import { startFakeOpenAi } from "@mentara/interviewer/testing/fake-model-servers";
import { fakeVerdict } from "@mentara/interviewer/testing/fake-verdict";
import { startServerProcess } from "@mentara/testing/start-server-process";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serverAndBrowser, snap } from "./browser.ts";
import { fillSignUp, passOnboarding } from "./steps.ts";

const e2e = serverAndBrowser();

type Point = { x: number; y: number };

/** A drag on the board, by mouse or by a finger (touch events through the DevTools protocol). */
async function drag(page: Page, from: Point, to: Point, touch: boolean): Promise<void> {
  if (!touch) {
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 8 });
    await page.mouse.up();
    return;
  }
  const cdp = await page.context().newCDPSession(page);
  const touchAt = (type: "touchStart" | "touchMove" | "touchEnd", p?: Point) =>
    cdp.send("Input.dispatchTouchEvent", {
      type,
      touchPoints: p ? [{ x: p.x, y: p.y, id: 1 }] : [],
    });
  await touchAt("touchStart", from);
  for (let step = 1; step <= 8; step++)
    await touchAt("touchMove", {
      x: from.x + ((to.x - from.x) * step) / 8,
      y: from.y + ((to.y - from.y) * step) / 8,
    });
  await touchAt("touchEnd");
  await cdp.detach();
}

async function pickTool(page: Page, tool: "rectangle" | "arrow", touch: boolean) {
  // The tool's icon, as a person presses it (its radio input sits under the icon).
  const button = page
    .locator(".board-canvas label")
    .filter({ has: page.locator(`[data-testid="toolbar-${tool}"]`) });
  if (touch) await button.tap();
  else await button.click();
}

/** Draws a labelled box with its top-left corner at `at` (board-relative), `width`×70. */
async function drawBox(page: Page, at: Point, width: number, label: string, touch: boolean) {
  await pickTool(page, "rectangle", touch);
  await drag(page, at, { x: at.x + width, y: at.y + 70 }, touch);
  // The new box stays selected: Enter writes its label.
  await page.keyboard.press("Enter");
  await page.keyboard.type(label);
  await page.keyboard.press("Escape");
}

async function drawDesign(page: Page, touch: boolean, width: number) {
  const canvas = page.locator(".board-canvas canvas.interactive");
  await canvas.waitFor();
  const frame = await canvas.boundingBox();
  if (!frame) throw new Error("the board has no size");
  // Two boxes side by side under the toolbar, an arrow from one's right edge to the other's left.
  const box = width > 600 ? 150 : 110;
  const gap = width > 600 ? 120 : 60;
  const left = frame.x + 20;
  const top = frame.y + 110;
  await drawBox(page, { x: left, y: top }, box, "API servers", touch);
  await drawBox(page, { x: left + box + gap, y: top }, box, "Database", touch);
  await pickTool(page, "arrow", touch);
  await drag(
    page,
    { x: left + box + 4, y: top + 35 },
    { x: left + box + gap - 4, y: top + 35 },
    touch,
  );
  await page.keyboard.press("Escape");
}

async function storedBoard(page: Page, base = e2e.server.url) {
  const id = page.url().split("/").at(-1);
  const token = await page.evaluate("localStorage.getItem('mentara.token')");
  const response = await fetch(`${base}/api/sessions/${id}/whiteboard`, {
    headers: { authorization: `Bearer ${String(token)}` },
  });
  return whiteboardSnapshot.nullable().parse(await response.json());
}

/** A new adult account through the sign-up page and onboarding, ending on the dashboard. */
async function signUp(page: Page, who: string, base = e2e.server.url) {
  await page.goto(`${base}/sign-up`);
  await fillSignUp(page, who, 1991);
  await page.getByRole("button", { name: "Create account" }).click();
  await passOnboarding(page);
}

async function startDesign(page: Page, who: string, base = e2e.server.url) {
  await signUp(page, who, base);
  await page.getByRole("radio", { name: "System design" }).check();
  await page.getByRole("button", { name: "Start interview" }).click();
  await page.locator(".message.interviewer").first().waitFor();
}

/** Sends a message and waits for the interviewer's answer to it. */
async function say(page: Page, text: string, touch: boolean) {
  const replies = await page.locator(".message.interviewer").count();
  await page.getByLabel("Message to the interviewer").fill(text);
  if (touch) await page.getByRole("button", { name: "Send" }).tap();
  else await page.keyboard.press("Enter");
  await page.locator(".message.interviewer").nth(replies).waitFor();
}

/**
 * Every request to another host than ours that left the page. Excalidraw names a font CDN after
 * our own address; the browser checks it against our Content-Security-Policy and refuses it
 * ("csp") without sending anything, which is what must happen.
 */
function foreignRequests(page: Page): string[] {
  const urls: string[] = [];
  const own = new URL(e2e.server.url).host;
  const isForeign = (address: string) => {
    const url = new URL(address);
    return url.protocol.startsWith("http") && url.host !== own;
  };
  page.on("requestfinished", (request) => {
    if (isForeign(request.url())) urls.push(request.url());
  });
  page.on("requestfailed", (request) => {
    if (isForeign(request.url()) && request.failure()?.errorText !== "csp")
      urls.push(`${request.url()} (${request.failure()?.errorText})`);
  });
  return urls;
}

/** How many of Excalidraw's handwriting font files the page loaded (from us: nothing else may). */
const handwritingLoaded = (page: Page) =>
  page.evaluate(
    `[...document.fonts].filter((f) => f.family.includes("Excalifont") && f.status === "loaded").length`,
  );

async function designInterview(
  page: Page,
  options: { who: string; touch: boolean; width: number; shot: string },
) {
  const foreign = foreignRequests(page);
  await startDesign(page, options.who);
  if (options.touch) await page.getByRole("tab", { name: "Board" }).tap();
  await page.getByRole("heading", { name: "Whiteboard" }).waitFor();
  await drawDesign(page, options.touch, options.width);
  await page.getByRole("status").getByText("Saved").waitFor();
  await snap(page, options.shot);
  expect(await handwritingLoaded(page)).toBeGreaterThan(0);
  const drawn = await storedBoard(page);
  expect(drawn?.description).toContain("API servers → Database");

  // The board is read with each message: once the interview reaches the design, the offline
  // interviewer asks about the drawing itself.
  if (options.touch) await page.getByRole("tab", { name: /^Chat/ }).tap();
  await say(page, "Users post and read a feed: POST /posts and GET /feed.", options.touch);
  await say(page, "Stateless API servers in front of one database, as drawn.", options.touch);
  await page
    .locator(".message.interviewer")
    .filter({ hasText: "Your diagram has API servers writing straight to Database" })
    .waitFor();

  expect(drawn?.elements.length).toBeGreaterThanOrEqual(5);

  // A reload draws the board again from what was saved.
  await page.reload();
  if (options.touch) await page.getByRole("tab", { name: "Board" }).tap();
  await page.locator(".board-canvas canvas.interactive").waitFor();

  await page.getByRole("button", { name: "End interview" }).click();
  await page.getByRole("button", { name: "Yes, end it" }).click();
  await page.getByRole("heading", { name: "Your report" }).waitFor();
  const picture = page.getByRole("img", { name: /API servers → Database/ });
  await picture.locator("svg").waitFor();
  await picture.scrollIntoViewIfNeeded();
  await snap(page, `${options.shot}-report`);

  await page.getByRole("link", { name: "Replay the interview" }).click();
  await page.getByRole("heading", { name: "Whiteboard at this moment" }).waitFor();
  await page
    .getByRole("img", { name: /API servers → Database/ })
    .locator("svg")
    .waitFor();
  // At the first moment, before anything was drawn, the board is empty.
  await page.getByLabel(/^Moment/).focus();
  await page.keyboard.press("Home");
  await page.getByText("Nothing was drawn on the whiteboard.").waitFor();

  // Fonts and assets came from us: no font CDN, nothing from any other host.
  expect(foreign).toEqual([]);
}

describe("the whiteboard", () => {
  it("is drawn with a mouse at 1280 px, read by the interviewer, and shown in the report and replay", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await designInterview(page, {
      who: "board-desk",
      touch: false,
      width: 1280,
      shot: "60-whiteboard",
    });
    await page.close();
  });

  it("is drawn with a finger at 390 px on its own tab", async () => {
    const context: BrowserContext = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await designInterview(page, {
      who: "board-phone",
      touch: true,
      width: 390,
      shot: "61-whiteboard-phone",
    });
    const overflows = await page.evaluate(
      "document.documentElement.scrollWidth > window.innerWidth",
    );
    expect(overflows).toBe(false);
    await context.close();
  });

  it("opens beside the code in a coding interview when asked for", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signUp(page, "board-coder");
    await page.getByLabel("Problem").selectOption("two-sum");
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Two Sum" }).waitFor();
    expect(await page.locator(".board-canvas").count()).toBe(0);
    const toggle = page.getByRole("button", { name: "Whiteboard" });
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await page.locator(".board-canvas canvas.interactive").waitFor();
    await page.close();
  });
});

describe("the whiteboard with a provider's model", () => {
  it("reaches the model as the candidate's delimited drawing, with the message that follows it", async () => {
    const openai = await startFakeOpenAi();
    const reply = "Thanks. Where would you put a cache in that diagram?";
    openai.behave({ reply: (body) => (body.stream === true ? reply : fakeVerdict(3, body)) });
    const server = await startServerProcess({
      env: {
        AI_PROVIDER: "openai",
        AI_MODEL: "e2e-board",
        AI_API_KEY: "test-key",
        AI_BASE_URL: openai.baseUrl,
      },
    });
    try {
      const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
      await startDesign(page, "board-model", server.url);
      await page.getByRole("heading", { name: "Whiteboard" }).waitFor();
      await drawDesign(page, false, 1280);
      await page.getByRole("status").getByText("Saved").waitFor();
      await say(page, "Here is my first cut: API servers in front of one database.", false);
      await page.locator(".message.interviewer").filter({ hasText: reply }).first().waitFor();
      // The model's prompt for that message: the drawing delimited as candidate content.
      const prompt = openai.requests
        .filter((body) => body.stream === true)
        .map((body) => JSON.stringify(body))
        .find((body) => body.includes("first cut: API servers"));
      expect(prompt).toMatch(
        /<candidate_whiteboard>[\s\S]*API servers → Database[\s\S]*<\/candidate_whiteboard>/,
      );
      await page.close();
    } finally {
      await server.stop();
      await openai.close();
    }
  });
});
