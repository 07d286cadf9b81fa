import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { cloudflareBeacon } from "../config/content-security-policy.ts";

/**
 * The page the browser gets: the built index.html, with Cloudflare Web Analytics' beacon when a
 * token is set (cookieless; `spa` counts the app's own page changes). The native apps carry their
 * own copy of the build, so the beacon never loads there (decision 015).
 */
async function pageHtml(root: string, analyticsToken: string | undefined): Promise<string> {
  // Read on each request: a rebuild while the server runs is served at once.
  const html = await readFile(resolve(root, "index.html"), "utf8");
  if (!analyticsToken) return html;
  const settings = JSON.stringify({ token: analyticsToken, spa: true });
  const beacon = `<script defer src="${cloudflareBeacon.script}/beacon.min.js" data-cf-beacon='${settings}'></script>`;
  return html.replace("</head>", `    ${beacon}\n  </head>`);
}

/**
 * Serves the built web app and answers every other non-API GET with its index.html, so deep
 * links work. Unknown API paths get a JSON 404.
 */
export async function serveWebApp(
  app: FastifyInstance,
  webDist: string,
  analyticsToken?: string,
): Promise<void> {
  const root = resolve(webDist);
  const built = existsSync(resolve(root, "index.html"));
  if (built)
    await app.register(fastifyStatic, {
      root,
      // One route for every file, looked up when asked for: a route per file (wildcard: false) cost
      // a start some 200 ms for the build's ~500 files, and missed files of a rebuild.
      wildcard: true,
      index: false,
      // The page itself always comes from below, with the beacon when analytics is on; so does
      // every folder ("/" included), which would otherwise be refused as a directory.
      allowedPath: (path) => path !== "/index.html" && !path.endsWith("/"),
    });
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split("?")[0] ?? "";
    if (path.startsWith("/api/") || request.method !== "GET") {
      return reply
        .status(404)
        .send({ error: { code: "NOT_FOUND", message: `No route ${request.method} ${path}.` } });
    }
    if (!built) {
      return reply
        .status(503)
        .type("text/plain")
        .send(
          "The web app is not built yet. Run `npm run build:web` (npm start does this for you).",
        );
    }
    return reply
      .type("text/html")
      .header("cache-control", "no-cache")
      .send(await pageHtml(root, analyticsToken));
  });
}
