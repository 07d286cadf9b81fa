import { createSandbox, type Sandbox } from "@mentara/sandbox/create-sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toPublicProblem } from "./catalog.ts";
import { behavioralQuestions, codingProblems, systemDesignPrompts } from "./load-content.ts";
import { competencies, designStages, topics, tracks } from "./schema/taxonomy.ts";
import { verifyCodingProblem } from "./verify/verify-coding-problem.ts";

const count = <T>(items: readonly T[], test: (item: T) => boolean) => items.filter(test).length;

describe("the question bank's size and spread", () => {
  it("has at least 60 coding problems, about 20 easy, 30 medium and 10 hard", () => {
    expect(codingProblems.length).toBeGreaterThanOrEqual(60);
    expect(count(codingProblems, (p) => p.difficulty === "easy")).toBeGreaterThanOrEqual(18);
    expect(count(codingProblems, (p) => p.difficulty === "medium")).toBeGreaterThanOrEqual(28);
    expect(count(codingProblems, (p) => p.difficulty === "hard")).toBeGreaterThanOrEqual(9);
  });

  it("covers every topic with at least two problems and every track with at least ten", () => {
    const thinTopics = topics.filter((t) => count(codingProblems, (p) => p.topics.includes(t)) < 2);
    expect(thinTopics).toEqual([]);
    const thinTracks = tracks.filter(
      (t) => count(codingProblems, (p) => p.tracks.includes(t)) < 10,
    );
    expect(thinTracks).toEqual([]);
  });

  it("has at least 20 system design prompts with checkpoints for every stage", () => {
    expect(systemDesignPrompts.length).toBeGreaterThanOrEqual(20);
    for (const prompt of systemDesignPrompts) {
      expect(
        designStages.filter((s) => !prompt.checkpoints.some((c) => c.stage === s)),
        prompt.id,
      ).toEqual([]);
    }
  });

  it("has at least 40 behavioral questions, at least four per competency", () => {
    expect(behavioralQuestions.length).toBeGreaterThanOrEqual(40);
    const thin = competencies.filter(
      (c) => count(behavioralQuestions, (q) => q.competency === c) < 4,
    );
    expect(thin).toEqual([]);
  });

  it("uses each id once across every kind", () => {
    const ids = [...codingProblems, ...systemDesignPrompts, ...behavioralQuestions].map(
      (item) => item.id,
    );
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("never puts hidden tests, solutions, hints or interviewer notes in what a candidate sees", () => {
    for (const problem of codingProblems) {
      const visible = JSON.stringify(toPublicProblem(problem));
      const secrets = [
        problem.referenceSolutions.javascript,
        problem.referenceSolutions.python,
        problem.slowerSolution.javascript,
        ...problem.hints.map((h) => h.en),
        ...problem.interviewerNotes.strong.map((n) => n.en),
      ];
      expect(
        secrets.filter((s) => visible.includes(JSON.stringify(s).slice(1, -1))),
        problem.id,
      ).toEqual([]);
      expect(Object.keys(toPublicProblem(problem))).not.toContain("hiddenTests");
    }
  });
});

describe("every coding problem is sound in the sandbox", () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await createSandbox({ jsWorkers: 2, pythonWorkers: 2, maxQueue: 64 });
  }, 60_000);
  afterAll(async () => {
    await sandbox?.close();
  });

  it.concurrent.each(codingProblems.map((p) => [p.id, p] as const))(
    "%s: references pass, starters fail, the slower solution measures slower",
    async (_id, problem) => {
      expect(await verifyCodingProblem(sandbox, problem)).toEqual([]);
    },
    180_000,
  );
});
