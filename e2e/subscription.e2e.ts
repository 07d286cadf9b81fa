import { callApi } from "@mentara/testing/call-api";
import { type FakeRevenueCat, startFakeRevenueCat } from "@mentara/testing/fake-revenuecat";
import { signUpOverHttp } from "@mentara/testing/sign-up-over-http";
import { type ServerProcess, startServerProcess } from "@mentara/testing/start-server-process";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, snap } from "./browser.ts";
import { fillSignUp, passOnboarding, starAnswer, startBehavioralAndAnswer } from "./steps.ts";

/**
 * Billing from the user's side: a free user uses the month's allowance, meets the paywall, buys
 * Pro through RevenueCat's web SDK (its Test Store, pointed at a fake RevenueCat on 127.0.0.1),
 * and starts another interview. The fake then delivers RevenueCat's webhook to the server.
 */
const webhookAuthorization = "Bearer whk_e2e_0123456789abcdef";
let revenueCat: FakeRevenueCat;
let server: ServerProcess;
let browser: Browser;

beforeAll(async () => {
  revenueCat = await startFakeRevenueCat();
  server = await startServerProcess({
    env: {
      REVENUECAT_SECRET_KEY: revenueCat.secretKey,
      REVENUECAT_API_URL: revenueCat.url,
      REVENUECAT_WEBHOOK_AUTH: webhookAuthorization,
      REVENUECAT_WEB_API_KEY: revenueCat.publicKey,
      REVENUECAT_WEB_PROXY_URL: revenueCat.url,
    },
  });
  revenueCat.webhook = {
    url: `${server.url}/api/webhooks/revenuecat`,
    authorization: webhookAuthorization,
  };
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await revenueCat?.close();
});

/** From the dashboard: a behavioral interview with one answer, then back to the dashboard. */
async function answerOnce(page: Page): Promise<void> {
  await startBehavioralAndAnswer(page, starAnswer);
  await page.locator(".message.candidate").first().waitFor();
  await page.getByRole("link", { name: "Dashboard" }).click();
  await page.getByRole("heading", { name: "Your practice" }).waitFor();
}

/** On the plans page: buys the monthly plan in RevenueCat's Test Store sheet. */
async function buyMonthly(page: Page, press: (name: string) => Promise<void>): Promise<void> {
  await page.getByRole("heading", { name: "Plans" }).waitFor();
  await page.getByRole("heading", { name: "Upgrade to Pro" }).waitFor();
  const offer = page.getByRole("button", { name: /Mentara Pro \(monthly\).*\$12\.99 a month/ });
  await offer.waitFor();
  await snap(page, `subscription-offers-${page.viewportSize()?.width}`);
  await press("offer");
  await page.getByText("Test Store Purchase").waitFor();
  await press("Test valid purchase");
  await page.getByText("Welcome to Pro: interviews are now unlimited.").waitFor();
}

describe("subscriptions", () => {
  it("takes a free user from the allowance through the paywall to Pro, on a desktop", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}/sign-up`);
    await fillSignUp(page, "subscriber", 1992);
    await page.getByRole("button", { name: "Create account" }).click();
    await passOnboarding(page);
    await page.getByText("3 of 3 free interviews left this month").waitFor();

    for (let i = 0; i < 3; i++) await answerOnce(page);
    await page.getByText("You have used all 3 free interviews this month.").waitFor();
    expect(await page.getByRole("button", { name: "Start interview" }).isDisabled()).toBe(true);
    await snap(page, "subscription-paywall");

    await page.getByRole("link", { name: "See plans" }).click();
    await expect.poll(() => page.getByText("3 of 3 used this month").count()).toBe(1);
    await buyMonthly(page, async (name) => {
      if (name === "offer")
        await page.getByRole("button", { name: /Mentara Pro \(monthly\)/ }).click();
      else await page.getByRole("button", { name }).click();
    });
    await snap(page, "subscription-pro");

    // RevenueCat's webhook for the purchase reached the server and was accepted.
    await expect
      .poll(() => revenueCat.deliveries.map((d) => [d.event.type, d.status]))
      .toContainEqual(["INITIAL_PURCHASE", 200]);

    await page.getByRole("link", { name: "Start an interview" }).click();
    await page.getByText("Pro: unlimited interviews.").waitFor();
    await page.getByRole("radio", { name: "Behavioral" }).check();
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Behavioral interview" }).waitFor();

    await page.getByRole("link", { name: "Profile" }).click();
    await page.getByRole("heading", { name: "Your plan" }).waitFor();
    await page.getByText(/Bought in the test store; renews on/).waitFor();
    await page.close();
  });

  it("works by touch at 390 px, and says nothing of money without RevenueCat", async () => {
    const authorization = await signUpOverHttp(server.url, "phone-subscriber");
    for (let i = 0; i < 3; i++) {
      const started = await callApi(server.url, "POST", "/sessions", authorization, {
        type: "behavioral",
      });
      const turn = await callApi(
        server.url,
        "POST",
        `/sessions/${String(started.body.id)}/turns`,
        authorization,
        { text: starAnswer },
      );
      expect(turn.status).toBe(201);
    }
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    await context.addInitScript(
      `localStorage.setItem("mentara.token", ${JSON.stringify(authorization.slice(7))})`,
    );
    const page = await context.newPage();
    await page.goto(`${server.url}/dashboard`);
    await page.getByText("You have used all 3 free interviews this month.").waitFor();
    await page.getByRole("link", { name: "See plans" }).tap();
    await buyMonthly(page, async (name) => {
      if (name === "offer")
        await page.getByRole("button", { name: /Mentara Pro \(monthly\)/ }).tap();
      else await page.getByRole("button", { name }).tap();
    });
    expect(await page.evaluate("document.documentElement.scrollWidth > window.innerWidth")).toBe(
      false,
    );
    await snap(page, "subscription-phone");
    await context.close();

    // The quick start: no RevenueCat, so no allowance and no plans anywhere.
    const plain = await startServerProcess();
    try {
      const free = await signUpOverHttp(plain.url, "no-billing");
      const billing = await callApi(plain.url, "GET", "/billing", free);
      expect(billing.body).toEqual({ billing: "off" });
      const quiet = await browser.newContext({ viewport: { width: 390, height: 844 } });
      await quiet.addInitScript(
        `localStorage.setItem("mentara.token", ${JSON.stringify(free.slice(7))})`,
      );
      const dashboard = await quiet.newPage();
      await dashboard.goto(`${plain.url}/dashboard`);
      await dashboard.getByRole("button", { name: "Start interview" }).waitFor();
      const text = await dashboard.locator("body").textContent();
      expect(text).not.toMatch(/\bPro\b|free interview|upgrade|subscri|\$\d/i);
      await quiet.close();
    } finally {
      await plain.stop();
    }
  });
});
