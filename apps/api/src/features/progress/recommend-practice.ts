import type { Recommendation } from "@mentara/contracts/progress";
import type { Report } from "@mentara/contracts/sessions";
import { passedWell } from "@mentara/interviewer/report/passed-well";

export interface Attempt {
  problemId: string;
  language: "javascript" | "typescript" | "python";
  title: string;
  endedAt: Date;
  report: Report;
}

export interface CatalogProblem {
  id: string;
  title: string;
  topics: string[];
  difficulty: "easy" | "medium" | "hard";
}

export interface ProfileEntry {
  type: Report["type"];
  dimension: string;
  score: number;
}

/** Days until a problem not passed well comes back: after the 1st, 2nd and 3rd miss in a row (and on). */
export const reviewIntervalsDays = [1, 3, 7] as const;
const day = 86_400_000;
const order = { easy: 0, medium: 1, hard: 2 } as const;

/**
 * What to practise next. Coding problems and system design prompts are reviewed with spaced
 * repetition: a miss brings the problem back after 1 day, a second miss in a row after 3, a
 * third and later after 7; passing it well ends its reviews and suggests an unseen problem of
 * the same topic, one step harder when there is one. Then the weakest coding topic (lowest
 * average or never practised) and the weakest rubric dimension. Due reviews come first.
 */
export function recommendPractice(input: {
  attempts: Attempt[];
  problems: CatalogProblem[];
  profile: ProfileEntry[];
  topics: { topic: string; averageScore: number }[];
  now: Date;
  limit?: number;
}): Recommendation[] {
  const { attempts, problems, now } = input;
  const oldestFirst = [...attempts].sort((x, y) => x.endedAt.getTime() - y.endedAt.getTime());
  const byProblem = new Map<string, Attempt[]>();
  for (const a of oldestFirst) {
    if (a.report.type === "behavioral") continue;
    byProblem.set(a.problemId, [...(byProblem.get(a.problemId) ?? []), a]);
  }
  const level = oldestFirst.at(-1)?.report.level ?? "mid";
  const coding = oldestFirst.findLast((a) => a.report.type === "coding");
  const language = { language: coding?.language ?? "javascript" } as const;
  const attempted = new Set(attempts.map((a) => a.problemId));

  const reviews: Recommendation[] = [];
  const moveOn: Recommendation[] = [];
  for (const [problemId, history] of byProblem) {
    const last = history.at(-1);
    if (!last) continue;
    if (passedWell(last.report)) {
      const next =
        last.report.type === "coding" ? harderUnseen(problemId, problems, attempted) : undefined;
      if (next)
        moveOn.push({
          kind: "next_problem",
          type: "coding",
          ...language,
          level: last.report.level,
          problemId: next.id,
          title: next.title,
          difficulty: next.difficulty,
          topic: next.topics[0],
          due: true,
        });
      continue;
    }
    let misses = 0;
    for (const a of [...history].reverse()) {
      if (passedWell(a.report)) break;
      misses += 1;
    }
    const interval = reviewIntervalsDays[Math.min(misses, reviewIntervalsDays.length) - 1] ?? 7;
    const dueAt = new Date(last.endedAt.getTime() + interval * day);
    reviews.push({
      kind: "review",
      type: last.report.type,
      ...(last.report.type === "coding" ? language : {}),
      level: last.report.level,
      problemId,
      title: last.title,
      score: last.report.score,
      dueAt: dueAt.toISOString(),
      due: dueAt.getTime() <= now.getTime(),
    });
  }
  reviews.sort((x, y) => (x.dueAt ?? "").localeCompare(y.dueAt ?? ""));

  const weak: Recommendation[] = [];
  const topic = weakestTopic(input.topics, problems);
  if (topic) {
    const problem = problems
      .filter((p) => p.topics.includes(topic.topic) && !attempted.has(p.id))
      .sort((x, y) => order[x.difficulty] - order[y.difficulty])[0];
    weak.push({
      kind: "weak_topic",
      type: "coding",
      ...language,
      level,
      topic: topic.topic,
      ...(topic.averageScore !== undefined ? { score: topic.averageScore } : {}),
      ...(problem
        ? { problemId: problem.id, title: problem.title, difficulty: problem.difficulty }
        : {}),
      due: true,
    });
  }
  const dimension = [...input.profile].sort((x, y) => x.score - y.score)[0];
  if (dimension && dimension.score < 3)
    weak.push({
      kind: "weak_dimension",
      type: dimension.type,
      level,
      dimension: dimension.dimension,
      score: dimension.score,
      due: true,
    });

  return [
    ...reviews.filter((r) => r.due),
    ...weak,
    ...moveOn,
    ...reviews.filter((r) => !r.due),
  ].slice(0, input.limit ?? 6);
}

function harderUnseen(problemId: string, problems: CatalogProblem[], attempted: Set<string>) {
  const solved = problems.find((p) => p.id === problemId);
  if (!solved) return undefined;
  return problems
    .filter((p) => !attempted.has(p.id) && p.topics.some((t) => solved.topics.includes(t)))
    .sort(
      (x, y) =>
        distance(order[x.difficulty] - order[solved.difficulty]) -
        distance(order[y.difficulty] - order[solved.difficulty]),
    )[0];
}

/** Prefer one step harder, then the same difficulty, then two steps, then easier. */
function distance(step: number): number {
  return step === 1 ? 0 : step === 0 ? 1 : step === 2 ? 2 : 3;
}

/** The practised topic with the lowest average under 70; else, once coding has begun, one not yet practised. */
function weakestTopic(
  practised: { topic: string; averageScore: number }[],
  problems: CatalogProblem[],
): { topic: string; averageScore?: number } | undefined {
  const lowest = [...practised].sort((x, y) => x.averageScore - y.averageScore)[0];
  if (lowest && lowest.averageScore < 70) return lowest;
  const seen = new Set(practised.map((t) => t.topic));
  const unseen = [...new Set(problems.flatMap((p) => p.topics))].filter((t) => !seen.has(t)).sort();
  return practised.length > 0 && unseen[0] ? { topic: unseen[0] } : undefined;
}
