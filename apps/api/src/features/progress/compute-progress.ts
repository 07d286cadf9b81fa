import type { ProgressResponse } from "@mentara/contracts/progress";
import type { Report } from "@mentara/contracts/sessions";
import { type CatalogProblem, recommendPractice } from "./recommend-practice.ts";

export interface FinishedSession {
  sessionId: string;
  /** The coding problem, design prompt or first behavioral question. */
  problemId: string;
  language: "javascript" | "typescript" | "python";
  title: string;
  topics: string[];
  endedAt: Date;
  report: Report;
}

/** How much each older session counts against the next newer one in the skill profile. */
const decay = 0.7;
const day = 86_400_000;

/**
 * Progress from finished sessions: the score trend, a skill profile per type and dimension with
 * recent sessions weighing most (weights 1, 0.7, 0.49, … from the newest), coding topic coverage,
 * streaks of consecutive days (UTC) with a finished interview, and what to practise next.
 */
export function computeProgress(
  finished: FinishedSession[],
  now: Date,
  problems: CatalogProblem[] = [],
): ProgressResponse {
  const oldestFirst = [...finished].sort((a, b) => a.endedAt.getTime() - b.endedAt.getTime());
  const newestFirst = [...oldestFirst].reverse();

  const weights = new Map<string, { sum: number; weight: number; sessions: number }>();
  const rank = new Map<string, number>();
  for (const s of newestFirst) {
    const age = rank.get(s.report.type) ?? 0;
    rank.set(s.report.type, age + 1);
    for (const d of s.report.dimensions) {
      const key = `${s.report.type}|${d.dimension}`;
      const entry = weights.get(key) ?? { sum: 0, weight: 0, sessions: 0 };
      const weight = decay ** age;
      weights.set(key, {
        sum: entry.sum + d.score * weight,
        weight: entry.weight + weight,
        sessions: entry.sessions + 1,
      });
    }
  }
  const profile = [...weights].map(([key, w]) => {
    const [type, dimension] = key.split("|") as [
      ProgressResponse["profile"][number]["type"],
      string,
    ];
    return {
      type,
      dimension,
      score: Math.round((w.sum / w.weight) * 100) / 100,
      sessions: w.sessions,
    };
  });

  const topicStats = new Map<string, { sessions: number; total: number }>();
  for (const s of finished) {
    for (const topic of s.topics) {
      const entry = topicStats.get(topic) ?? { sessions: 0, total: 0 };
      topicStats.set(topic, { sessions: entry.sessions + 1, total: entry.total + s.report.score });
    }
  }
  const topics = [...topicStats]
    .map(([topic, t]) => ({
      topic,
      sessions: t.sessions,
      averageScore: Math.round(t.total / t.sessions),
    }))
    .sort((a, b) => b.sessions - a.sessions || a.topic.localeCompare(b.topic));

  const recommendations = recommendPractice({
    attempts: finished,
    problems,
    profile,
    topics,
    now,
  });

  return {
    recommendations,
    sessions: oldestFirst.map((s) => ({
      sessionId: s.sessionId,
      type: s.report.type,
      title: s.title,
      endedAt: s.endedAt.toISOString(),
      score: s.report.score,
      band: s.report.band,
    })),
    profile,
    topics,
    streak: streaks(
      oldestFirst.map((s) => s.endedAt),
      now,
    ),
  };
}

function streaks(dates: Date[], now: Date): { current: number; longest: number } {
  const days = [...new Set(dates.map((d) => Math.floor(d.getTime() / day)))].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (const [i, d] of days.entries()) {
    run = i > 0 && d === (days[i - 1] ?? d) + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const today = Math.floor(now.getTime() / day);
  const last = days.at(-1);
  const current = last !== undefined && today - last <= 1 ? run : 0;
  return { current, longest };
}
