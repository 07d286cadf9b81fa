import { codingLanguages, difficulties } from "@mentara/domain/interview";
import { z } from "zod";

export const codingLanguage = z.enum(codingLanguages);

export const exampleSchema = z.union([
  z.object({ args: z.array(z.unknown()), expected: z.unknown() }),
  z.object({ calls: z.array(z.array(z.unknown())), expected: z.array(z.unknown()) }),
]);

export const difficulty = z.enum(difficulties);

export const problemSummary = z.object({
  id: z.string(),
  title: z.string(),
  difficulty,
  topics: z.array(z.string()),
});
export type ProblemSummary = z.infer<typeof problemSummary>;

/** What a candidate may see of a problem: never hidden tests, solutions or interviewer notes. */
export const publicProblem = problemSummary.extend({
  statement: z.string(),
  entry: z.string(),
  starterCode: z.record(codingLanguage, z.string()),
  examples: z.array(exampleSchema),
});
export type PublicProblem = z.infer<typeof publicProblem>;

export const catalogResponse = z.object({
  interviewTypes: z.array(z.string()),
  languages: z.array(codingLanguage),
  topics: z.array(z.string()),
  problems: z.array(problemSummary),
  designPrompts: z.array(z.object({ id: z.string(), title: z.string() })),
  competencies: z.array(z.string()),
});
