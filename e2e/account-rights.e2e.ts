import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { serverAndBrowser, snap } from "./browser.ts";

const e2e = serverAndBrowser({ env: { PRIVACY_POLICY_UPDATED: "2026-11-20" } });

describe("a user's rights", () => {
  it("signs up, passes onboarding, exports everything, deletes the account and can no longer sign in", async () => {
    const page = await e2e.browser.newPage({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const email = `rights-${Date.now()}@example.com`;
    await page.goto(`${e2e.server.url}/sign-up`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByLabel("Year of birth").fill("1991");
    await page.getByRole("button", { name: "Create account" }).click();

    // Onboarding: consent in plain words, with the policy one click away.
    await page.getByRole("heading", { name: "Before your first interview" }).waitFor();
    await page.getByText(/is sent to the AI providers we use/).waitFor();
    const start = page.getByRole("button", { name: "Start practising" });
    expect(await start.isDisabled()).toBe(true);
    await page.getByLabel("I agree that my session content is sent to AI providers").check();
    await page.getByLabel("Role you are aiming for").selectOption("fullstack");
    await page.getByLabel(/^Level/).selectOption("senior");
    await snap(page, "30-onboarding");
    await start.click();
    await page.getByRole("heading", { name: "Your practice" }).waitFor();
    // The dashboard starts from the level chosen in onboarding.
    expect(
      await page
        .locator("form")
        .getByLabel(/^Level/)
        .inputValue(),
    ).toBe("senior");

    // The policy, linked from the footer, with the configured date; the Russian one says English prevails.
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy policy" }).click();
    await page.getByRole("heading", { name: "4. AI processing" }).waitFor();
    await page.getByText("Updated: November 20, 2026").waitFor();
    await page.getByRole("link", { name: "Русская версия" }).click();
    await page.getByRole("heading", { name: "4. Обработка с помощью ИИ" }).waitFor();
    await page.getByText(/англоязычная версия имеет преимущественную силу/).waitFor();
    await snap(page, "31-privacy-ru");
    await page.getByRole("link", { name: "English version" }).click();
    await page.getByRole("heading", { name: "1. Scope" }).waitFor();

    // Profile: correct a detail, then download everything.
    await page.getByRole("link", { name: "Profile" }).click();
    await page.getByLabel("Name").fill("Rita Rights");
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByText("Saved.").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download my data" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^mentara-export-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await download.path(), "utf8"));
    expect(exported.profile).toMatchObject({
      email,
      name: "Rita Rights",
      targetRole: "fullstack",
      level: "senior",
    });
    expect(exported.profile.aiConsentAt).toEqual(expect.any(String));

    // Delete: the confirmation says what goes and about store subscriptions.
    await page.getByRole("button", { name: "Delete my account…" }).click();
    await page.getByText(/not cancelled by this: cancel it in the store/).waitFor();
    const confirm = page.getByRole("button", { name: "Delete my account for good" });
    expect(await confirm.isDisabled()).toBe(true);
    await page.getByLabel("Type DELETE to confirm").fill("delete");
    await snap(page, "32-delete-confirm");
    await confirm.click();
    await page.getByRole("heading", { name: "Deleting your Mentara account" }).waitFor();
    await page.getByText("Your account has been deleted.").waitFor();
    expect(await page.getByRole("link", { name: "Profile" }).count()).toBe(0);

    // The same email and password no longer sign in.
    await page.getByRole("link", { name: "Sign in" }).first().click();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").getByText("No account uses this email").waitFor();
  });
});

describe("the interface language", () => {
  it("follows the browser until the user chooses, then the user's choice everywhere", async () => {
    const context = await e2e.browser.newContext({ locale: "ru-RU" });
    const page = await context.newPage();
    await page.goto(`${e2e.server.url}/sign-up`);
    await page.getByRole("heading", { name: "Создайте аккаунт" }).waitFor();
    await page.getByLabel("Эл. почта").fill(`lang-${Date.now()}@example.com`);
    await page.getByLabel("Пароль").fill("a long enough password");
    await page.getByLabel("Год рождения").fill("1990");
    await page.getByRole("button", { name: "Создать аккаунт" }).click();
    await page.getByRole("heading", { name: "Перед первым собеседованием" }).waitFor();
    await snap(page, "33-onboarding-ru");
    await page.getByLabel(/^Я согласен/).check();
    await page.getByLabel(/^Желаемая роль/).selectOption("backend");
    await page.getByLabel(/^Уровень/).selectOption("mid");
    await page
      .locator("form")
      .getByLabel(/^Язык интерфейса/)
      .selectOption("en");
    await page.getByRole("button", { name: "Start practising" }).click();
    await page.getByRole("heading", { name: "Your practice" }).waitFor();
    // A new tab of the same browser, with nothing stored locally: the profile decides.
    await page.evaluate('localStorage.removeItem("mentara.language")');
    await page.reload();
    await page.getByRole("heading", { name: "Your practice" }).waitFor();
    await context.close();
  });
});
