import { z } from "zod";

const json = z.unknown();
const language = z.enum(["javascript", "typescript", "python"]);

export const callTestSchema = z.object({ args: z.array(json), expected: json });

/** A coding problem as the question bank stores it, hidden parts included. */
export const codingProblemSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "ids are kebab-case"),
  title: z.string().min(1),
  difficulty: z.enum(["easy", "medium", "hard"]),
  topics: z.array(z.string()).min(1),
  statement: z.string().min(1),
  entry: z.string().regex(/^[A-Za-z_$][\w$]*$/),
  starterCode: z.record(language, z.string()),
  examples: z.array(callTestSchema).min(1),
  hiddenTests: z.array(callTestSchema).min(1),
  compare: z
    .object({
      floatTolerance: z.number().optional(),
      orderInsensitive: z.enum(["none", "outer", "deep"]).optional(),
    })
    .default({}),
  referenceSolutions: z.partialRecord(language, z.string()),
  timeLimitSec: z.number().int().positive().default(2_700),
  interviewerNotes: z.string(),
});
export type CodingProblem = z.infer<typeof codingProblemSchema>;
