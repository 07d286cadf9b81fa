import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type FakeWebPush, startFakeWebPush } from "@mentara/testing/fake-web-push";
import { type ServerProcess, startServerProcess } from "@mentara/testing/start-server-process";
import { testTls } from "@mentara/testing/test-tls";
import type { Browser, BrowserContext, Page, Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, snap } from "./browser.ts";
import { fillSignUp, finishBehavioral, passOnboarding } from "./steps.ts";

/**
 * "Tell me when a report is ready" in Chromium, against the real server and a loopback Web Push
 * service (its own test CA) that decrypts what the server sends. Headless Chromium has no push
 * service of its own here, so the page's PushManager hands out a subscription of the loopback
 * service instead; everything else (permission, service worker, registration, delivery) is real.
 */
let push: FakeWebPush;
let server: ServerProcess;
let browser: Browser;
let caDir: string;
beforeAll(async () => {
  push = await startFakeWebPush();
  caDir = mkdtempSync(join(tmpdir(), "mentara-ca-"));
  writeFileSync(join(caDir, "ca.pem"), (await testTls()).ca);
  [server, browser] = await Promise.all([
    startServerProcess({
      env: {
        NODE_EXTRA_CA_CERTS: join(caDir, "ca.pem"),
        WEB_PUSH_ALLOWED_HOSTS: "127.0.0.1",
      },
    }),
    launchChromium(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await push?.close();
  rmSync(caDir, { recursive: true, force: true });
});

/** A browser whose notifications are allowed and whose push subscriptions reach the fake service. */
async function browserWithPush(
  viewport: { width: number; height: number },
  touch = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, hasTouch: touch, isMobile: touch });
  await context.grantPermissions(["notifications"], { origin: server.url });
  const subscription = push.subscribe();
  // Page scripts are strings here: this project's types describe Node, not the browser.
  await context.addInitScript(`(() => {
    const json = ${JSON.stringify(subscription)};
    let current = null;
    const stand = {
      endpoint: json.endpoint,
      toJSON: () => json,
      unsubscribe: async () => { current = null; return true; },
    };
    PushManager.prototype.subscribe = async () => { current = stand; return stand; };
    PushManager.prototype.getSubscription = async () => current;
  })()`);
  return { context, page: await context.newPage() };
}

async function signUp(page: Page, who: string) {
  await page.goto(`${server.url}/sign-up`);
  await fillSignUp(page, who, 1990);
  await page.getByRole("button", { name: "Create account" }).click();
  await passOnboarding(page);
}

/** The devices the signed-in user has registered, read with the page's own sign-in. */
const devices = (page: Page): Promise<{ platform: string }[]> =>
  page.evaluate(`(async () => {
    const response = await fetch("/api/me/push-tokens", {
      headers: { authorization: "Bearer " + localStorage.getItem("mentara.token") },
    });
    return (await response.json()).tokens;
  })()`);

const answer =
  "Last year I led the move of our billing jobs to a queue; failed charges dropped from 2% to 0.1%.";
/** On a phone the room shows one pane at a time: the chat, then the report. */
async function finishBehavioralByTouch(page: Page) {
  await page.getByRole("radio", { name: "Behavioral" }).tap();
  await page.getByRole("button", { name: "Start interview" }).tap();
  await page.locator(".message.interviewer").first().waitFor();
  await page.getByLabel("Message to the interviewer").fill(answer);
  await page.getByRole("button", { name: "Send" }).tap();
  await page.locator(".message.interviewer").nth(1).waitFor();
  await page.getByRole("button", { name: "End interview" }).tap();
  await page.getByRole("button", { name: "Yes, end it" }).tap();
  await page.getByRole("heading", { name: "Your report" }).waitFor();
}

const offer = (page: Page) => page.getByRole("heading", { name: "Tell me when a report is ready" });

/** The notifications the service worker is showing. */
const shown = (worker: Worker): Promise<{ title: string; body: string; link: string }[]> =>
  worker.evaluate(`(async () =>
    (await self.registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      link: n.data.link,
    })))()`);

/** Hands the service worker a push, as the browser does when one arrives. */
const deliver = (worker: Worker, payload: Record<string, unknown>) =>
  worker.evaluate(
    `self.dispatchEvent(new PushEvent("push", { data: ${JSON.stringify(JSON.stringify(payload))} }))`,
  );

/** Taps the notification the service worker is showing. */
const tapNotification = (worker: Worker) =>
  worker.evaluate(`(async () => {
    const [notification] = await self.registration.getNotifications();
    if (notification) self.dispatchEvent(new NotificationEvent("notificationclick", { notification }));
  })()`);

describe("report-ready notifications in the browser", () => {
  it("are offered after the first report, then sent for the next and opened from the notification", async () => {
    const { context, page } = await browserWithPush({ width: 1280, height: 900 });
    await signUp(page, "push-yes");
    expect(await offer(page).count()).toBe(0);

    await finishBehavioral(page, answer);
    await offer(page).waitFor();
    await snap(page, "60-push-offer");
    const worker = context.waitForEvent("serviceworker");
    await page.getByRole("button", { name: "Yes, notify me" }).click();
    await page.getByText("Done: this device will be told when a report is ready.").waitFor();
    expect(await devices(page)).toEqual([expect.objectContaining({ platform: "web" })]);
    const serviceWorker = context.serviceWorkers()[0] ?? (await worker);

    // The next report: no offer any more, and one notification without content or score.
    await page.getByRole("link", { name: "Practise again" }).click();
    await finishBehavioral(page, answer);
    expect(await offer(page).count()).toBe(0);
    const reportPath = new URL(page.url()).pathname;
    await expect.poll(() => push.received.length, { timeout: 30_000 }).toBe(1);
    const sent = push.received[0]?.payload ?? {};
    expect(sent).toEqual({
      title: "Mentara",
      body: "Your report for the behavioral interview is ready",
      link: reportPath,
      tag: "report-ready",
    });

    // Elsewhere in the app: the system shows it; a tap opens the report.
    await page.getByRole("link", { name: "Dashboard" }).click();
    await page.getByRole("heading", { name: "Your practice" }).waitFor();
    await deliver(serviceWorker, sent);
    await expect
      .poll(() => shown(serviceWorker))
      .toEqual([{ title: "Mentara", body: sent.body, link: reportPath }]);
    await tapNotification(serviceWorker);
    await page.getByRole("heading", { name: "Your report" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(reportPath);
    await expect.poll(() => shown(serviceWorker)).toEqual([]);

    // On that report already: it shows in the page instead of as a system notification.
    await deliver(serviceWorker, sent);
    const notice = page.locator(".push-notice");
    await notice.getByText("Your report for the behavioral interview is ready").waitFor();
    expect(await shown(serviceWorker)).toEqual([]);
    await snap(page, "61-push-in-app");
    await notice.getByRole("button", { name: "Dismiss" }).click();
    expect(await notice.count()).toBe(0);
    await context.close();
  });

  it("takes no for an answer at 390 px by touch; Profile's switches add and remove the device", async () => {
    const { context, page } = await browserWithPush({ width: 390, height: 844 }, true);
    await signUp(page, "push-no");
    await finishBehavioralByTouch(page);
    await offer(page).waitFor();
    await page.getByRole("button", { name: "No, thanks" }).tap();
    await expect.poll(() => offer(page).count()).toBe(0);
    await page.getByRole("link", { name: "Practise again" }).tap();
    await finishBehavioralByTouch(page);
    expect(await offer(page).count()).toBe(0);
    expect(await devices(page)).toEqual([]);

    await page.goto(`${server.url}/profile`);
    const reportReady = page.getByLabel("Tell me when a report is ready");
    expect(await reportReady.isChecked()).toBe(false);
    await reportReady.tap();
    await page.getByRole("button", { name: "Save changes" }).tap();
    await page.getByText("Saved.").waitFor();
    await expect.poll(() => devices(page)).toEqual([expect.objectContaining({ platform: "web" })]);
    await snap(page, "62-push-profile-phone");

    // Off again: this device's token is gone at once.
    await reportReady.tap();
    await page.getByRole("button", { name: "Save changes" }).tap();
    await expect.poll(() => devices(page)).toEqual([]);
    await context.close();
  });
});
