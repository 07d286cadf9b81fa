import { describe, expect, it } from "vitest";
import { codingProblems, toPublicProblem } from "./catalog.ts";

describe("catalog", () => {
  it("never exposes hidden tests, reference solutions or interviewer notes", () => {
    for (const problem of codingProblems) {
      const text = JSON.stringify(toPublicProblem(problem));
      expect(text).not.toContain("hiddenTests");
      expect(text).not.toContain(problem.referenceSolutions.javascript ?? "unreachable");
      expect(text).not.toContain(problem.interviewerNotes);
    }
  });

  it("has unique ids", () => {
    const ids = codingProblems.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
