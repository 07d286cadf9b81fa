import { describe, expect, it } from "vitest";
import type { DimensionScore } from "./dimension-score.ts";
import { applyCeilings } from "./judge-ceilings.ts";
import { scoreBehavioralAnswer } from "./score-behavioral-answer.ts";
import { scoreCodingSession } from "./score-coding-session.ts";

const known = new Set(["t1", "run-1"]);
const generous = (scores: DimensionScore[], evidence = ["t1"]) =>
  scores.map((s) => ({
    dimension: s.dimension,
    score: 4 as const,
    reasons: ["Excellent."],
    evidence,
  }));

describe("a judge under objective ceilings", () => {
  it("cannot lift gibberish, one-word or off-topic answers off the bottom", () => {
    for (const text of [
      "asdkjh qwpoeiru zxmcnv lkjhgf poiuyt",
      "yes",
      "I like lemon cake with lots of sugar on top.",
    ]) {
      const offline = scoreBehavioralAnswer({
        question: "Tell me about a conflict at work.",
        competency: "conflict-resolution",
        level: "mid",
        turns: [{ id: "t1", text }],
      });
      expect(applyCeilings(offline, generous(offline), known).map((d) => d.score)).toEqual([
        1, 1, 1, 1, 1,
      ]);
    }
  });

  it("cannot lift problem solving or code quality above what the tests show", () => {
    const offline = scoreCodingSession({
      level: "mid",
      problem: {
        statement: "Return indices of two numbers that add up to target.",
        optimalTime: "O(n)",
      },
      turns: [
        {
          id: "t1",
          text: "I will use a hash map from value to index, which is O(n) time and O(n) space.",
        },
      ],
      runs: [{ id: "run-1", passed: 3, total: 10 }],
      finalCode: "function twoSum() {}",
      hintsTaken: [],
    });
    const judged = applyCeilings(offline, generous(offline), known);
    const of = (name: string, scores: DimensionScore[]) =>
      scores.find((d) => d.dimension === name)?.score;
    expect(of("problem_solving", judged)).toBe(of("problem_solving", offline));
    expect(of("code_quality", judged)).toBe(of("code_quality", offline));
    expect(judged.find((d) => d.dimension === "problem_solving")?.reasons.at(-1)).toMatch(
      /^Capped at/,
    );
  });

  it("lets a judge lift a dimension one step, only citing turns that exist, and lower it freely", () => {
    const anchor: DimensionScore[] = [
      { dimension: "depth", score: 2, reasons: ["Few specifics."], evidence: ["t1"] },
      { dimension: "communication", score: 3, reasons: ["Clear."], evidence: ["t1"] },
    ];
    expect(applyCeilings(anchor, generous(anchor), known).map((d) => d.score)).toEqual([3, 4]);
    expect(
      applyCeilings(anchor, generous(anchor, ["made-up-id"]), known).map((d) => d.score),
    ).toEqual([2, 3]);
    const harsh = anchor.map((d) => ({ ...d, score: 1 as const, reasons: ["Vague."] }));
    expect(applyCeilings(anchor, harsh, known).map((d) => d.score)).toEqual([1, 1]);
    expect(applyCeilings(anchor, [], known)).toEqual(anchor);
  });
});
