import { describe, expect, it } from "vitest";
import { serverAndBrowser, snap } from "./browser.ts";
import { fillSignUp, passOnboarding } from "./steps.ts";

const e2e = serverAndBrowser();

describe("the 16+ age gate", () => {
  it("asks the month of someone who turns 16 this year, refuses next month's birthday and lets in this month's", async () => {
    const page = await e2e.browser.newPage({
      viewport: { width: 390, height: 844 },
      isMobile: true,
    });
    const overflows = () =>
      page.evaluate("document.documentElement.scrollWidth > window.innerWidth");
    const today = new Date();
    const sixteenYearsAgo = today.getUTCFullYear() - 16;
    await page.goto(`${e2e.server.url}/sign-up`);
    await fillSignUp(page, "sixteen", sixteenYearsAgo);
    const month = page.getByLabel("Month of birth");
    await month.waitFor();
    expect(await overflows()).toBe(false);
    await snap(page, "age-01-month-asked");

    // Sent without the month, the server asks for it too.
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("alert").getByText("Enter your month of birth too").waitFor();

    // Born next month, sixteen years ago: not 16 yet. In December that month is January of the
    // following year, which the year alone refuses, so the month is no longer asked.
    const nextMonth = new Date(Date.UTC(sixteenYearsAgo, today.getUTCMonth() + 1, 1));
    if (nextMonth.getUTCFullYear() === sixteenYearsAgo)
      await month.selectOption(String(nextMonth.getUTCMonth() + 1));
    else {
      await page.getByLabel("Year of birth").fill(String(nextMonth.getUTCFullYear()));
      await month.waitFor({ state: "detached" });
    }
    await page.getByRole("button", { name: "Create account" }).click();
    await page.getByRole("alert").getByText("aged 16 and over").waitFor();
    await snap(page, "age-02-next-month-refused");

    // Born this very month sixteen years ago: let in.
    await page.getByLabel("Year of birth").fill(String(sixteenYearsAgo));
    await month.selectOption(String(today.getUTCMonth() + 1));
    await page.getByRole("button", { name: "Create account" }).click();
    await passOnboarding(page);

    // Profile corrects the year through the same gate; a year under 16 changes nothing.
    await page.goto(`${e2e.server.url}/profile`);
    const year = page.getByLabel("Year of birth");
    expect(await year.inputValue()).toBe(String(sixteenYearsAgo));
    expect(await month.count()).toBe(0);
    await year.fill(String(today.getUTCFullYear() - 12));
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("alert").getByText("aged 16 and over").waitFor();
    expect(await overflows()).toBe(false);
    await snap(page, "age-03-correction-refused");
    await page.reload();
    expect(await page.getByLabel("Year of birth").inputValue()).toBe(String(sixteenYearsAgo));
  });
});
