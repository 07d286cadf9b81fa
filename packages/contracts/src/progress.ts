import { z } from "zod";
import { codingLanguage, difficulty } from "./catalog.ts";
import { interviewLevel, interviewType } from "./sessions.ts";

/**
 * One suggestion of what to practise. `review`: a problem not yet passed well, back after 1, 3
 * then 7 days (due when `dueAt` has passed); `next_problem`: the one passed well moves on to an
 * unseen problem of its topic; `weak_topic`: the coding topic scored lowest or not yet practised;
 * `weak_dimension`: the rubric dimension with the lowest weighted score.
 */
export const recommendation = z.object({
  kind: z.enum(["review", "next_problem", "weak_topic", "weak_dimension"]),
  type: interviewType,
  level: interviewLevel,
  /** Coding: the language of the candidate's latest coding interview. */
  language: codingLanguage.optional(),
  problemId: z.string().optional(),
  title: z.string().optional(),
  difficulty: difficulty.optional(),
  topic: z.string().optional(),
  dimension: z.string().optional(),
  score: z.number().optional(),
  dueAt: z.string().optional(),
  due: z.boolean(),
});
export type Recommendation = z.infer<typeof recommendation>;

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
  /** What to practise next, most urgent first. */
  recommendations: z.array(recommendation),
});
export type ProgressResponse = z.infer<typeof progressResponse>;
