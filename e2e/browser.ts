import { mkdirSync } from "node:fs";
import { type ServerProcess, startServerProcess } from "@mentara/testing/start-server-process";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

export const artifactsDir = new URL("./artifacts/", import.meta.url).pathname;

/** Debian's Chromium, with the flags this closed network needs. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(artifactsDir, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${artifactsDir}${name}.png`, fullPage: true });
}

/**
 * A real server in its own process and Debian's Chromium for one test file, started before its
 * tests and stopped after; read `server` and `browser` inside the tests.
 */
export function serverAndBrowser(options: { env?: Record<string, string> } = {}) {
  const handles = {} as { server: ServerProcess; browser: Browser };
  beforeAll(async () => {
    handles.server = await startServerProcess(options.env ? { env: options.env } : {});
    handles.browser = await launchChromium();
  });
  afterAll(async () => {
    await handles.browser?.close();
    await handles.server?.stop();
  });
  return handles;
}
