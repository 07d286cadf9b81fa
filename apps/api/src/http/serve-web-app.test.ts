import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../testing/start-test-app.ts";

/** The built web app as a browser asks for it: files, deep links, and what is not there. */
describe("the web app from the server", () => {
  const dist = mkdtempSync(join(tmpdir(), "web-dist-"));
  let t: TestApp;
  beforeAll(async () => {
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, "index.html"), "<html><head></head><body>Mentara</body></html>");
    writeFileSync(join(dist, "assets", "entry.js"), "console.log('entry');");
    t = await startTestApp({ env: { WEB_DIST: dist } });
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    rmSync(dist, { recursive: true, force: true });
  });

  const get = (url: string) => t.app.inject({ method: "GET", url });

  it("answers the home page, deep links and folders with the page, never cached", async () => {
    for (const url of ["/", "/?from=mail", "/sessions/abc", "/sessions/abc/", "/assets/"]) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers["content-type"], url).toMatch(/text\/html/);
      expect(response.headers["cache-control"], url).toBe("no-cache");
      expect(response.body, url).toContain("Mentara");
    }
  });

  it("serves the build's files, and one added after the start", async () => {
    const entry = await get("/assets/entry.js");
    expect(entry.statusCode).toBe(200);
    expect(entry.headers["content-type"]).toMatch(/javascript/);
    expect(entry.body).toContain("entry");
    writeFileSync(join(dist, "assets", "rebuilt.js"), "console.log('rebuilt');");
    expect((await get("/assets/rebuilt.js")).body).toContain("rebuilt");
  });

  it("answers an unknown API path with a JSON 404, not the page", async () => {
    const response = await get("/api/no-such-thing");
    expect(response.statusCode).toBe(404);
    expect(response.json().error.message).toMatch(/No route GET \/api\/no-such-thing/);
  });

  it("never serves a file from outside the build", async () => {
    const response = await get("/..%2F..%2Fpackage.json");
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toMatchObject({ code: "FORBIDDEN" });
    expect(response.json().error.message).toMatch(/outside the web app/);
    expect(response.body).not.toContain('"dependencies"');
  });
});
