import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { serverAndBrowser, snap } from "./browser.ts";
import { fillSignUp, finishBehavioral, passOnboarding, starAnswer, typeCode } from "./steps.ts";

/** Every host the pages of this context asked for, counted per host. */
function watchHosts(context: BrowserContext): Map<string, number> {
  const hosts = new Map<string, number>();
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    hosts.set(url.host, (hosts.get(url.host) ?? 0) + 1);
  });
  return hosts;
}

/** The newcomer's whole path: sign-up, a behavioral report, export, deletion. */
async function newcomerPath(page: Page, origin: string): Promise<void> {
  await page.goto(origin);
  await page.getByRole("link", { name: "Start practising" }).click();
  await fillSignUp(page, "private", 1990);
  await page.getByRole("button", { name: "Create account" }).click();
  await passOnboarding(page);
  await finishBehavioral(page, starAnswer);
  await page.getByRole("link", { name: "Profile" }).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download my data" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mentara-export-/);
  await page.getByRole("button", { name: "Delete my account…" }).click();
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete my account for good" }).click();
  await page.getByText("Your account has been deleted.").waitFor();
}

describe("without an analytics token", () => {
  const e2e = serverAndBrowser();

  it("walks the newcomer's whole path with no cookie and no request to any other host", async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    const hosts = watchHosts(context);
    const page = await context.newPage();
    await newcomerPath(page, e2e.server.url);
    expect(await context.cookies()).toEqual([]);
    expect([...hosts.keys()]).toEqual([new URL(e2e.server.url).host]);
    expect(await page.locator("script[data-cf-beacon]").count()).toBe(0);
    await context.close();
  });

  it("reports a crash in the interview room without the candidate's code, ids, email or tokens", async () => {
    const context = await e2e.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const reports: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/api/diagnostics") && request.method() === "POST")
        reports.push(request.postData() ?? "");
    });
    await page.goto(`${e2e.server.url}/sign-up`);
    await fillSignUp(page, "crash", 1990);
    await page.getByRole("button", { name: "Create account" }).click();
    await passOnboarding(page);
    await page.getByRole("button", { name: "Start interview" }).click();
    await page.waitForURL(/\/interview\//);
    const sessionId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    await page.getByRole("tab", { name: "Code" }).click();
    await page.locator(".cm-content").waitFor();
    const secretLine = "const quokkaLedger = buildQuokkaLedger(nums);";
    await typeCode(page, `function solve(nums) {\n${secretLine}\n}`);

    const email = "rita.private@example.com";
    const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyaXRhIn0.c2lnbmF0dXJlLXNpZ25hdHVyZQ";
    const thrown = `Editor failed on ${secretLine} for ${email} in session ${sessionId} with ${token}`;
    await page.evaluate(`setTimeout(() => { throw new Error(${JSON.stringify(thrown)}); })`);
    await expect.poll(() => reports.length, { timeout: 10_000 }).toBe(1);

    const report = JSON.parse(reports[0] ?? "{}");
    expect(report).toMatchObject({ source: "web", kind: "error", route: "/interview/:id" });
    expect(report.message).toMatch(/^Error: Editor failed on/);
    const everything = reports[0] ?? "";
    for (const planted of ["quokkaLedger", email, token, sessionId])
      expect(everything).not.toContain(planted);
    await context.close();
  });
});

describe("with the Cloudflare Web Analytics token", () => {
  const token = "0123456789abcdef0123456789abcdef";
  const e2e = serverAndBrowser({ env: { CLOUDFLARE_ANALYTICS_TOKEN: token } });

  it("loads the beacon with the token for single-page navigation, and talks to exactly its two hosts", async () => {
    const context = await e2e.browser.newContext({
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    // The real beacon is out of reach here: a stand-in that reports the way it does.
    const beacons: string[] = [];
    await context.route("https://static.cloudflareinsights.com/**", (route) =>
      route.fulfill({
        contentType: "application/javascript",
        body: `fetch("https://cloudflareinsights.com/cdn-cgi/rum", { method: "POST", body: "{}" });`,
      }),
    );
    await context.route("https://cloudflareinsights.com/**", (route) => {
      beacons.push(route.request().url());
      return route.fulfill({ status: 204 });
    });
    const hosts = watchHosts(context);
    const page = await context.newPage();
    await page.goto(e2e.server.url);
    const tag = page.locator("script[data-cf-beacon]");
    expect(await tag.getAttribute("src")).toBe(
      "https://static.cloudflareinsights.com/beacon.min.js",
    );
    expect(JSON.parse((await tag.getAttribute("data-cf-beacon")) ?? "{}")).toEqual({
      token,
      spa: true,
    });
    await expect.poll(() => beacons.length).toBeGreaterThan(0);
    await snap(page, "privacy-analytics-landing");

    await newcomerPath(page, e2e.server.url);
    expect(await context.cookies()).toEqual([]);
    expect([...hosts.keys()].sort()).toEqual(
      [
        new URL(e2e.server.url).host,
        "cloudflareinsights.com",
        "static.cloudflareinsights.com",
      ].sort(),
    );
    await context.close();
  });
});
