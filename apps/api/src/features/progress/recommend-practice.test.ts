import type { Report } from "@mentara/contracts/sessions";
import { describe, expect, it } from "vitest";
import { type Attempt, type CatalogProblem, recommendPractice } from "./recommend-practice.ts";

const problems: CatalogProblem[] = [
  { id: "two-sum", title: "Two Sum", topics: ["arrays-and-hashing"], difficulty: "easy" },
  {
    id: "group-anagrams",
    title: "Group Anagrams",
    topics: ["arrays-and-hashing"],
    difficulty: "medium",
  },
  { id: "top-k", title: "Top K", topics: ["arrays-and-hashing"], difficulty: "hard" },
  { id: "valid-parens", title: "Valid Parentheses", topics: ["stack"], difficulty: "easy" },
];

const failed = { band: "no_hire", score: 30, testsPassed: 1, testsTotal: 5 } as const;
const passedWell = { band: "hire", score: 85, testsPassed: 5, testsTotal: 5 } as const;

const attempt = (
  problemId: string,
  endedAt: string,
  outcome: typeof failed | typeof passedWell,
): Attempt => ({
  problemId,
  language: "python",
  title: problemId,
  endedAt: new Date(endedAt),
  report: {
    sessionId: `${problemId}-${endedAt}`,
    type: "coding",
    level: "mid",
    dimensions: [],
    expectations: [],
    runs: 1,
    hintsTaken: 0,
    durationSec: 600,
    candidateTurns: 5,
    summary: "",
    scoredBy: "offline",
    quotes: {},
    improvements: [],
    createdAt: endedAt,
    ...outcome,
  } satisfies Report,
});

const reviewOf = (attempts: Attempt[], now: string) =>
  recommendPractice({ attempts, problems, profile: [], topics: [], now: new Date(now) }).find(
    (r) => r.kind === "review" && r.problemId === "two-sum",
  );

describe("spaced repetition", () => {
  it("brings a failed problem back after 1 day, then 3, then 7 while it keeps being missed", () => {
    const first = [attempt("two-sum", "2026-11-01T10:00:00Z", failed)];
    expect(reviewOf(first, "2026-11-01T20:00:00Z")).toMatchObject({
      dueAt: "2026-11-02T10:00:00.000Z",
      due: false,
    });
    expect(reviewOf(first, "2026-11-02T10:00:00Z")?.due).toBe(true);

    const second = [...first, attempt("two-sum", "2026-11-02T11:00:00Z", failed)];
    expect(reviewOf(second, "2026-11-03T11:00:00Z")).toMatchObject({
      dueAt: "2026-11-05T11:00:00.000Z",
      due: false,
    });

    const third = [...second, attempt("two-sum", "2026-11-05T12:00:00Z", failed)];
    expect(reviewOf(third, "2026-11-06T12:00:00Z")?.dueAt).toBe("2026-11-12T12:00:00.000Z");
    const fourth = [...third, attempt("two-sum", "2026-11-12T12:00:00Z", failed)];
    expect(reviewOf(fourth, "2026-11-13T12:00:00Z")?.dueAt).toBe("2026-11-19T12:00:00.000Z");
  });

  it("moves on from a problem passed well to a harder unseen one of its topic", () => {
    const attempts = [
      attempt("two-sum", "2026-11-01T10:00:00Z", failed),
      attempt("two-sum", "2026-11-02T10:00:00Z", passedWell),
    ];
    const recs = recommendPractice({
      attempts,
      problems,
      profile: [],
      topics: [{ topic: "arrays-and-hashing", averageScore: 85 }],
      now: new Date("2026-11-03T10:00:00Z"),
    });
    expect(recs.some((r) => r.kind === "review")).toBe(false);
    expect(recs.find((r) => r.kind === "next_problem")).toMatchObject({
      problemId: "group-anagrams",
      difficulty: "medium",
    });
  });

  it("a miss after a good pass starts the intervals again at 1 day", () => {
    const attempts = [
      attempt("two-sum", "2026-11-01T10:00:00Z", failed),
      attempt("two-sum", "2026-11-02T10:00:00Z", failed),
      attempt("two-sum", "2026-11-05T10:00:00Z", passedWell),
      attempt("two-sum", "2026-11-20T10:00:00Z", failed),
    ];
    expect(reviewOf(attempts, "2026-11-20T11:00:00Z")?.dueAt).toBe("2026-11-21T10:00:00.000Z");
  });

  it("puts due reviews first, then the weakest topic and dimension, then reviews not yet due", () => {
    const recs = recommendPractice({
      attempts: [
        attempt("valid-parens", "2026-11-01T10:00:00Z", failed),
        attempt("two-sum", "2026-11-09T10:00:00Z", failed),
      ],
      problems,
      profile: [
        { type: "coding", dimension: "testing", score: 1.5 },
        { type: "coding", dimension: "communication", score: 3.2 },
      ],
      topics: [
        { topic: "stack", averageScore: 30 },
        { topic: "arrays-and-hashing", averageScore: 30 },
      ],
      now: new Date("2026-11-09T12:00:00Z"),
    });
    expect(recs.map((r) => [r.kind, r.problemId ?? r.topic ?? r.dimension])).toEqual([
      ["review", "valid-parens"],
      ["weak_topic", "stack"],
      ["weak_dimension", "testing"],
      ["review", "two-sum"],
    ]);
  });

  it("recommends nothing before the first finished interview", () => {
    expect(
      recommendPractice({ attempts: [], problems, profile: [], topics: [], now: new Date() }),
    ).toEqual([]);
  });
});
