import { z } from "zod";
import { codingLanguage, difficulty, publicProblem } from "./catalog.ts";

export const idParams = z.object({ id: z.uuid("the id in the address is not a valid id") });

/** A named problem, or a random one among those matching the topic and difficulty given. */
export const createSessionBody = z.object({
  type: z.literal("coding"),
  problemId: z.string().min(1).max(100).optional(),
  topic: z.string().min(1).max(60).optional(),
  difficulty: difficulty.optional(),
  language: codingLanguage.default("javascript"),
});
export type CreateSessionBody = z.input<typeof createSessionBody>;

export const turn = z.object({
  id: z.string(),
  seq: z.number(),
  role: z.enum(["candidate", "interviewer"]),
  text: z.string(),
  createdAt: z.string(),
});
export type Turn = z.infer<typeof turn>;

export const testVerdict = z.enum([
  "passed",
  "failed",
  "error",
  "timeout",
  "memory_limit",
  "output_limit",
  "not_run",
]);

export const runTest = z.object({
  index: z.number(),
  verdict: testVerdict,
  args: z.array(z.unknown()).optional(),
  actual: z.unknown().optional(),
  expected: z.unknown().optional(),
  stdout: z.string(),
  message: z.string().optional(),
  timeMs: z.number(),
});

export const run = z.object({
  id: z.string(),
  language: codingLanguage,
  passed: z.number(),
  total: z.number(),
  verdict: testVerdict,
  compileError: z.string().optional(),
  tests: z.array(runTest),
  createdAt: z.string(),
});
export type Run = z.infer<typeof run>;

export const sessionStatus = z.enum(["active", "ended"]);

export const sessionSummary = z.object({
  id: z.string(),
  type: z.literal("coding"),
  status: sessionStatus,
  problemId: z.string(),
  problemTitle: z.string(),
  language: codingLanguage,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  score: z.number().nullable(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;

export const sessionDetail = sessionSummary.extend({
  timeLimitSec: z.number(),
  problem: publicProblem,
  turns: z.array(turn),
  code: z.string(),
  runs: z.array(run),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

export const sessionList = z.object({ sessions: z.array(sessionSummary) });

export const turnBody = z.object({
  text: z
    .string()
    .trim()
    .min(1, "write a message first")
    .max(4_000, "keep a message under 4 000 characters"),
  code: z.string().max(100_000).optional(),
});
export type TurnBody = z.input<typeof turnBody>;

export const runBody = z.object({
  language: codingLanguage,
  code: z.string().max(100_000, "code is limited to 100 000 characters"),
});
export type RunBody = z.input<typeof runBody>;

export const report = z.object({
  sessionId: z.string(),
  score: z.number(),
  testsPassed: z.number(),
  testsTotal: z.number(),
  runs: z.number(),
  durationSec: z.number(),
  candidateTurns: z.number(),
  summary: z.string(),
  createdAt: z.string(),
});
export type Report = z.infer<typeof report>;
