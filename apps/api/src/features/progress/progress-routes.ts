import { progressResponse } from "@mentara/contracts/progress";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { SessionsRepository } from "../sessions/sessions-repository.ts";
import { loadProgress } from "./load-progress.ts";

export function progressRoutes(deps: {
  sessions: SessionsRepository;
  now: () => Date;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/progress",
      {
        schema: {
          response: { 200: progressResponse },
          security: [{ bearer: [] }],
          tags: ["progress"],
          description:
            "Score trend, skill profile weighted to recent sessions, topics, streaks and what to practise next (spaced repetition).",
        },
      },
      async (request) => {
        return loadProgress(request.userId, deps);
      },
    );
  };
}
