import { codingProblems, systemDesignPrompts } from "@mentara/content/load-content";
import { describe, expect, it } from "vitest";
import { chooseContent } from "./choose-content.ts";

/** A seeded generator, so the counts below are the same on every run. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const difficultyOf = (id: string) => codingProblems.find((p) => p.id === id)?.difficulty;

function difficulties(level: "junior" | "mid" | "senior" | "staff") {
  const random = seeded(7);
  const counts = { easy: 0, medium: 0, hard: 0 };
  for (let i = 0; i < 300; i++) {
    const chosen = chooseContent(
      { type: "coding", mode: "practice", level, language: "javascript" },
      random,
    );
    const difficulty = difficultyOf(chosen.id);
    if (difficulty) counts[difficulty]++;
  }
  return counts;
}

describe("choosing a problem by level", () => {
  it("gives juniors mostly easy problems and staff mostly hard ones, never the other extreme", () => {
    const junior = difficulties("junior");
    const staff = difficulties("staff");
    expect(junior.easy).toBeGreaterThan(junior.medium + junior.hard);
    expect(junior.hard).toBe(0);
    expect(staff.hard).toBeGreaterThan(staff.easy + staff.medium);
    expect(staff.easy).toBe(0);
    const mid = difficulties("mid");
    expect(mid.medium).toBeGreaterThan(mid.easy);
    expect(mid.medium).toBeGreaterThan(mid.hard);
  });

  it("does not offer again what the candidate recently passed well while anything else fits", () => {
    const easyArrays = codingProblems.filter(
      (p) => p.difficulty === "easy" && p.topics.includes("arrays-and-hashing"),
    );
    const passed = new Set(easyArrays.slice(1).map((p) => p.id));
    const random = seeded(3);
    for (let i = 0; i < 50; i++) {
      const chosen = chooseContent(
        {
          type: "coding",
          mode: "practice",
          level: "mid",
          language: "javascript",
          topic: "arrays-and-hashing",
          difficulty: "easy",
        },
        random,
        passed,
      );
      expect(chosen.id).toBe(easyArrays[0]?.id);
    }
    const allPrompts = new Set(systemDesignPrompts.slice(1).map((p) => p.id));
    const prompt = chooseContent(
      { type: "system_design", mode: "practice", level: "mid", language: "javascript" },
      random,
      allPrompts,
    );
    expect(prompt.id).toBe(systemDesignPrompts[0]?.id);
  });

  it("still picks a problem when everything that fits was passed well", () => {
    const everything = new Set(codingProblems.map((p) => p.id));
    const chosen = chooseContent(
      { type: "coding", mode: "practice", level: "senior", language: "python" },
      seeded(1),
      everything,
    );
    expect(difficultyOf(chosen.id)).toBeDefined();
  });
});
