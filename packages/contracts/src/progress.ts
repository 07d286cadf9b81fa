import { z } from "zod";
import { interviewType } from "./sessions.ts";

/** A user's progress: finished sessions over time, a skill profile, topic coverage and streaks. */
export const progressResponse = z.object({
  /** Finished sessions with a report, oldest first (the trend). */
  sessions: z.array(
    z.object({
      sessionId: z.string(),
      type: interviewType,
      title: z.string(),
      endedAt: z.string(),
      score: z.number(),
      band: z.string(),
    }),
  ),
  /** Per interview type and rubric dimension: the score weighted towards recent sessions (1–4). */
  profile: z.array(
    z.object({
      type: interviewType,
      dimension: z.string(),
      score: z.number(),
      sessions: z.number(),
    }),
  ),
  /** Coding topics practised, how often and how well (average 0–100). */
  topics: z.array(z.object({ topic: z.string(), sessions: z.number(), averageScore: z.number() })),
  /** Days in a row with at least one finished interview: ending today or yesterday, and the longest. */
  streak: z.object({ current: z.number(), longest: z.number() }),
});
export type ProgressResponse = z.infer<typeof progressResponse>;
