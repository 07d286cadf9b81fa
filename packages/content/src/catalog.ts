import type { CodingProblem } from "./schema/coding-problem-schema.ts";
import { inLanguage } from "./schema/localized-text.ts";

/** The part of a problem a candidate may see: never hidden tests, solutions or interviewer notes. */
export function toPublicProblem(problem: CodingProblem, language = "en") {
  return {
    id: problem.id,
    title: inLanguage(problem.title, language),
    difficulty: problem.difficulty,
    topics: problem.topics,
    statement: inLanguage(problem.statement, language),
    entry: problem.entry,
    starterCode: problem.starterCode,
    examples: problem.examples,
  };
}
