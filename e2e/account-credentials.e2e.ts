import {
  type FakeModelServer,
  startFakeOpenAi,
} from "@mentara/interviewer/testing/fake-model-servers";
import { type ServerProcess, startServerProcess } from "@mentara/testing/start-server-process";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverAndBrowser, snap } from "./browser.ts";
import { passOnboarding } from "./steps.ts";

const e2e = serverAndBrowser();

const firstPassword = "a long enough password";
const secondPassword = "a brand new passphrase";

async function signUp(page: Page, url: string, email: string) {
  await page.goto(`${url}/sign-up`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(firstPassword);
  await page.getByLabel("Year of birth").fill("1990");
  await page.getByRole("button", { name: "Create account" }).click();
  await passOnboarding(page);
}

async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

describe("a local account's email and password", () => {
  it("changes both in Profile, signs the other device out, and signs in with the new ones", async () => {
    const email = `creds-${Date.now()}@example.com`;
    const newEmail = `moved-${Date.now()}@example.com`;
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signUp(page, e2e.server.url, email);
    // Another device, signed in before the change.
    const other = await e2e.browser.newContext();
    const otherPage = await other.newPage();
    await signIn(otherPage, e2e.server.url, email, firstPassword);
    await otherPage.getByRole("heading", { name: "Your practice" }).waitFor();

    await page.getByRole("link", { name: "Profile" }).click();
    const emailForm = page.getByRole("form", { name: "Email", exact: true });
    await emailForm.getByLabel("New email").fill(newEmail);
    await emailForm.getByLabel("Your password, to confirm").fill("not the password");
    await emailForm.getByRole("button", { name: "Change email" }).click();
    await emailForm.getByRole("alert").getByText("The password is not right").waitFor();
    await emailForm.getByLabel("Your password, to confirm").fill(firstPassword);
    await emailForm.getByRole("button", { name: "Change email" }).click();
    await emailForm.getByText(`Done: you now sign in with ${newEmail}.`).waitFor();

    const passwordForm = page.getByRole("form", { name: "Password", exact: true });
    await passwordForm.getByLabel("Current password").fill(firstPassword);
    await passwordForm.getByLabel("New password").fill("short");
    await passwordForm.getByRole("button", { name: "Change password" }).click();
    await passwordForm.getByText("The new password needs at least 8 characters.").waitFor();
    await passwordForm.getByLabel("New password").fill(secondPassword);
    // The keyboard alone: Enter in the form sends it.
    await page.keyboard.press("Enter");
    await passwordForm.getByText(/Password changed\. Every other device is signed out/).waitFor();
    await snap(page, "34-credentials-changed");

    // This device stays signed in with its new token; the other one is sent to sign in.
    await page.reload();
    await page.getByRole("heading", { name: "Profile" }).waitFor();
    await otherPage.reload();
    await otherPage.getByRole("heading", { name: "Welcome back" }).waitFor();
    await other.close();

    await page.getByRole("button", { name: "Sign out" }).click();
    await signIn(page, e2e.server.url, newEmail, firstPassword);
    await page.getByRole("alert").getByText("The password is not right").waitFor();
    await signIn(page, e2e.server.url, newEmail, secondPassword);
    await page.getByRole("heading", { name: "Your practice" }).waitFor();
    // Neither the passwords nor the emails reach the server's logs.
    for (const secret of [firstPassword, secondPassword, email, newEmail])
      expect(e2e.server.logs()).not.toContain(secret);
  });
});

describe("consent to AI processing with the offline interviewer", () => {
  it("is withdrawn after a confirmation, keeps the user out of onboarding, and is given again", async () => {
    const page = await e2e.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signUp(page, e2e.server.url, `consent-${Date.now()}@example.com`);
    await page.getByRole("link", { name: "Profile" }).click();
    const section = page.getByRole("region", { name: "AI processing" });
    await section.getByText(/You gave your consent on/).waitFor();
    await section.getByRole("button", { name: "Withdraw consent…" }).click();
    await section.getByRole("button", { name: "Keep my consent" }).click();
    await section.getByRole("button", { name: "Withdraw consent…" }).click();
    await section.getByRole("button", { name: "Yes, withdraw consent" }).click();
    await section.getByText("You have withdrawn your consent.").waitFor();
    await snap(page, "35-consent-withdrawn");

    // Still onboarded: the dashboard opens, and the offline interviewer works without consent.
    await page.getByRole("link", { name: "Dashboard" }).click();
    await page.getByRole("heading", { name: "Your practice" }).waitFor();
    await page.getByRole("radio", { name: "Behavioral" }).check();
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.getByRole("heading", { name: "Behavioral interview" }).waitFor();

    await page.goto(`${e2e.server.url}/profile`);
    await section.getByRole("button", { name: "Give consent" }).click();
    await section.getByText(/You gave your consent on/).waitFor();
    await section.getByText("Consent given.", { exact: false }).waitFor();
  });
});

describe("consent to AI processing with a provider's interviewer, on a phone", () => {
  let openai: FakeModelServer;
  let server: ServerProcess;
  beforeAll(async () => {
    openai = await startFakeOpenAi();
    server = await startServerProcess({
      env: {
        AI_PROVIDER: "openai",
        AI_MODEL: "e2e-interviewer",
        AI_API_KEY: "test-key",
        AI_BASE_URL: openai.baseUrl,
      },
    });
  });
  afterAll(async () => {
    await server?.stop();
    await openai?.close();
  });

  it("refuses an interview while withdrawn, says why, and leads to giving consent again", async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    await signUp(page, server.url, `phone-consent-${Date.now()}@example.com`);
    await page.goto(`${server.url}/profile`);
    const section = page.getByRole("region", { name: "AI processing" });
    await section.getByRole("button", { name: "Withdraw consent…" }).tap();
    await section.getByRole("button", { name: "Yes, withdraw consent" }).tap();
    await section.getByText("You have withdrawn your consent.").waitFor();

    await page.goto(`${server.url}/dashboard`);
    await page.getByRole("radio", { name: "Behavioral" }).check();
    await page.getByRole("button", { name: "Start interview" }).tap();
    const refusal = page.getByRole("alert");
    await refusal.getByText(/would send what you write and your code to the AI provider/).waitFor();
    await snap(page, "36-consent-needed-phone");
    const sent = openai.requests.length;
    await refusal.getByRole("link", { name: "Give consent in Profile" }).tap();
    await expect
      .poll(() => page.evaluate("document.activeElement?.textContent"))
      .toBe("AI processing");
    await section.getByRole("button", { name: "Give consent" }).tap();
    await section.getByText(/You gave your consent on/).waitFor();
    expect(openai.requests.length).toBe(sent);

    await page.goto(`${server.url}/dashboard`);
    await page.getByRole("radio", { name: "Behavioral" }).check();
    await page.getByRole("button", { name: "Start interview" }).tap();
    // At 390 px the room shows one pane; its bar names the provider's interviewer.
    await page.getByText("AI: openai:e2e-interviewer").waitFor();
    await context.close();
  });
});
