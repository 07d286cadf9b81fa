import { existsSync } from "node:fs";
import { resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/**
 * Serves the built web app and answers every other non-API GET with its index.html, so deep
 * links work. Unknown API paths get a JSON 404.
 */
export async function serveWebApp(app: FastifyInstance, webDist: string): Promise<void> {
  const root = resolve(webDist);
  const built = existsSync(resolve(root, "index.html"));
  if (built) await app.register(fastifyStatic, { root, wildcard: false, index: false });
  app.setNotFoundHandler((request, reply) => {
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
    return reply.type("text/html").sendFile("index.html");
  });
}
