import { codingProblems } from "@mentara/content/load-content";
import { codingLanguage } from "@mentara/contracts/catalog";
import { toReport, toSummary } from "../sessions/session-views.ts";
import type { SessionsRepository } from "../sessions/sessions-repository.ts";
import { computeProgress, type FinishedSession } from "./compute-progress.ts";

const catalog = codingProblems.map((p) => ({
  id: p.id,
  title: p.title.en,
  topics: p.topics,
  difficulty: p.difficulty,
}));

/** The user's progress from their finished sessions: the page, and the review reminders. */
export async function loadProgress(
  userId: string,
  deps: { sessions: SessionsRepository; now: () => Date },
) {
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
}
