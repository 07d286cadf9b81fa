import { healthResponse } from "@mentara/contracts/health";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { OpenDatabase } from "../../db/open-database.ts";
import { currentEngineStates } from "./engine-states.ts";

const engineState = z.enum(["warming", "ready", "failed", "off"]);

/**
 * Health with the code engines' states: the server answers while they warm, and a run sent
 * meanwhile waits for its engine. ("warming" until every first worker is up; "failed" when none
 * could start, and runs are then refused with 503.)
 */
const healthWithEngines = healthResponse.extend({
  engines: z.object({ quickjs: engineState, pyodide: engineState }).optional(),
});

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
      {
        schema: {
          response: { 200: healthWithEngines, 503: healthWithEngines },
          tags: ["health"],
        },
      },
      async (_request, reply) => {
        const up = await deps.database.ping();
        const engines = currentEngineStates();
        return reply.status(up ? 200 : 503).send({
          status: up ? "ok" : "degraded",
          db: deps.database.kind,
          ai: deps.ai,
          judge: deps.judge,
          billing: deps.billing,
          push: deps.push,
          ...(engines ? { engines } : {}),
        });
      },
    );
  };
}
