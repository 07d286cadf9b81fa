import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../testing/start-test-app.ts";

const fingerprint = Array.from({ length: 32 }, (_, i) => (i * 7).toString(16).padStart(2, "0"))
  .join(":")
  .toUpperCase();

describe("the mobile apps' origins and links", () => {
  let plain: TestApp;
  let configured: TestApp;
  beforeAll(async () => {
    [plain, configured] = await Promise.all([
      startTestApp(),
      startTestApp({
        env: { APPLE_TEAM_ID: "ABCDE12345", ANDROID_CERT_SHA256: fingerprint.toLowerCase() },
      }),
    ]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([plain?.close(), configured?.close()]);
  });

  it("lets the iOS and Android WebViews call the API, and no other site", async () => {
    const preflight = (origin: string) =>
      plain.app.inject({
        method: "OPTIONS",
        url: "/api/catalog",
        headers: {
          origin,
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization",
        },
      });
    for (const origin of ["capacitor://localhost", "https://localhost"]) {
      const answer = await preflight(origin);
      expect(answer.headers["access-control-allow-origin"], origin).toBe(origin);
    }
    const other = await preflight("https://evil.example");
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("serves the link association files only when their settings are given", async () => {
    for (const path of [
      "/.well-known/apple-app-site-association",
      "/.well-known/assetlinks.json",
    ]) {
      const missing = await plain.app.inject({ method: "GET", url: path });
      expect(missing.statusCode, path).toBe(404);
      expect(missing.json().error.message).toMatch(/APPLE_TEAM_ID|ANDROID_CERT_SHA256/);
    }
    const apple = await configured.app.inject({
      method: "GET",
      url: "/.well-known/apple-app-site-association",
    });
    expect(apple.headers["content-type"]).toMatch(/application\/json/);
    expect(apple.json().applinks.details[0]).toMatchObject({
      appIDs: ["ABCDE12345.ai.mentara.app"],
      components: expect.arrayContaining([{ "/": "/report/*" }, { "/": "/progress" }]),
    });
    const android = await configured.app.inject({
      method: "GET",
      url: "/.well-known/assetlinks.json",
    });
    expect(android.json()).toEqual([
      {
        relation: ["delegate_permission/common.handle_all_urls"],
        target: {
          namespace: "android_app",
          package_name: "ai.mentara.app",
          sha256_cert_fingerprints: [fingerprint],
        },
      },
    ]);
  });
});
