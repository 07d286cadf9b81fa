import { codingProblems, systemDesignPrompts } from "@mentara/content/load-content";
import { inLanguage } from "@mentara/content/schema/localized-text";
import { competencies, topics } from "@mentara/content/schema/taxonomy";
import { catalogResponse } from "@mentara/contracts/catalog";
import { codingLanguages, interviewTypes } from "@mentara/domain/interview";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";

export function catalogRoutes(): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/catalog",
      {
        schema: {
          response: { 200: catalogResponse },
          security: [{ bearer: [] }],
          tags: ["catalog"],
        },
      },
      async () => {
        return {
          interviewTypes: [...interviewTypes],
          languages: [...codingLanguages],
          topics: [...topics],
          designPrompts: systemDesignPrompts.map((p) => ({
            id: p.id,
            title: inLanguage(p.title, "en"),
          })),
          competencies: [...competencies],
          problems: codingProblems.map((p) => ({
            id: p.id,
            title: inLanguage(p.title, "en"),
            difficulty: p.difficulty,
            topics: p.topics,
          })),
        };
      },
    );
  };
}
