import { type CodingProblem, codingProblemSchema } from "./problem-schema.ts";
import { twoSum } from "./problems/two-sum.ts";

/** Every problem, validated once when the module loads: a broken bank stops start-up. */
export const codingProblems: readonly CodingProblem[] = [twoSum].map((p) =>
  codingProblemSchema.parse(p),
);

export function findProblem(id: string): CodingProblem | undefined {
  return codingProblems.find((p) => p.id === id);
}

/** The part of a problem a candidate may see. */
export function toPublicProblem(problem: CodingProblem) {
  const { id, title, difficulty, topics, statement, entry, starterCode, examples } = problem;
  return { id, title, difficulty, topics, statement, entry, starterCode, examples };
}
