import { z } from "zod";
import { jsonValue } from "../submission.ts";

/** What an engine reports for one test before it is judged against the expected value. */
export const rawOutcomeSchema = z.discriminatedUnion("status", [
  z.object({
    status: z.literal("ok"),
    value: jsonValue,
    stdout: z.string(),
    timeMs: z.number(),
    work: z.number().optional(),
  }),
  z.object({
    status: z.enum(["error", "timeout", "memory_limit", "output_limit"]),
    message: z.string(),
    stdout: z.string(),
    timeMs: z.number(),
  }),
]);
export type RawOutcome = z.infer<typeof rawOutcomeSchema>;
