import { healthResponse } from "@mentara/contracts/health";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { OpenDatabase } from "../../db/open-database.ts";

export function healthRoutes(deps: {
  database: OpenDatabase;
  ai: string;
  judge: string;
  billing: "revenuecat" | "off";
  push: { web: boolean; ios: boolean; android: boolean };
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/health",
      { schema: { response: { 200: healthResponse, 503: healthResponse }, tags: ["health"] } },
      async (_request, reply) => {
        const up = await deps.database.ping();
        return reply.status(up ? 200 : 503).send({
          status: up ? "ok" : "degraded",
          db: deps.database.kind,
          ai: deps.ai,
          judge: deps.judge,
          billing: deps.billing,
          push: deps.push,
        });
      },
    );
  };
}
