import { codingProblems } from "@mentara/content/load-content";
import { codingLanguage } from "@mentara/contracts/catalog";
import { progressResponse } from "@mentara/contracts/progress";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { toReport, toSummary } from "../sessions/session-views.ts";
import type { SessionsRepository } from "../sessions/sessions-repository.ts";
import { computeProgress, type FinishedSession } from "./compute-progress.ts";

const catalog = codingProblems.map((p) => ({
  id: p.id,
  title: p.title.en,
  topics: p.topics,
  difficulty: p.difficulty,
}));

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
        const userId = request.userId;
        const finished: FinishedSession[] = (await deps.sessions.list(userId)).flatMap(
          ({ session, report }) =>
            report && session.endedAt
              ? [
                  {
                    sessionId: session.id,
                    problemId: session.problemId,
                    language: codingLanguage.catch("javascript").parse(session.language),
                    title: toSummary(session, report).title,
                    topics: codingProblems.find((p) => p.id === session.problemId)?.topics ?? [],
                    endedAt: session.endedAt,
                    report: toReport(report),
                  },
                ]
              : [],
        );
        return computeProgress(finished, deps.now(), catalog);
      },
    );
  };
}
