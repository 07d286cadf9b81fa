import type { Report } from "@mentara/contracts/sessions";
import { describe, expect, it } from "vitest";
import { computeProgress, type FinishedSession } from "./compute-progress.ts";

const report = (score: number, problemSolving: number): Report => ({
  sessionId: "s",
  type: "coding",
  level: "mid",
  score,
  band: "hire",
  expectations: [],
  dimensions: [{ dimension: "problem_solving", score: problemSolving, reasons: [], evidence: [] }],
  testsPassed: 0,
  testsTotal: 0,
  runs: 0,
  hintsTaken: 0,
  durationSec: 0,
  candidateTurns: 0,
  summary: "",
  scoredBy: "offline",
  quotes: {},
  improvements: [],
  createdAt: "2026-01-01T00:00:00.000Z",
});
const session = (
  id: string,
  day: string,
  score: number,
  solving: number,
  topics = ["arrays-and-hashing"],
): FinishedSession => ({
  sessionId: id,
  problemId: id,
  language: "javascript",
  title: id,
  topics,
  endedAt: new Date(`${day}T12:00:00Z`),
  report: report(score, solving),
});

describe("progress", () => {
  const finished = [
    session("c", "2026-11-26", 90, 4),
    session("a", "2026-11-20", 30, 1),
    session("b", "2026-11-25", 60, 2, ["trees"]),
  ];
  const progress = computeProgress(finished, new Date("2026-11-27T09:00:00Z"));

  it("lists the trend oldest first", () => {
    expect(progress.sessions.map((s) => [s.sessionId, s.score])).toEqual([
      ["a", 30],
      ["b", 60],
      ["c", 90],
    ]);
  });

  it("weighs recent sessions most in the skill profile", () => {
    // newest 4 (weight 1), then 2 (0.7), then 1 (0.49)
    const expected = (4 + 2 * 0.7 + 1 * 0.49) / (1 + 0.7 + 0.49);
    expect(progress.profile).toEqual([
      {
        type: "coding",
        dimension: "problem_solving",
        score: Math.round(expected * 100) / 100,
        sessions: 3,
      },
    ]);
    expect(expected).toBeGreaterThan((4 + 2 + 1) / 3);
  });

  it("covers topics and counts streaks of days", () => {
    expect(progress.topics).toEqual([
      { topic: "arrays-and-hashing", sessions: 2, averageScore: 60 },
      { topic: "trees", sessions: 1, averageScore: 60 },
    ]);
    expect(progress.streak).toEqual({ current: 2, longest: 2 });
    expect(computeProgress(finished, new Date("2026-11-30T09:00:00Z")).streak.current).toBe(0);
  });
});
