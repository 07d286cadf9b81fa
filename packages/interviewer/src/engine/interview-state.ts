import { interviewModes, levels } from "@mentara/domain/interview";
import { z } from "zod";
import { type InterviewKind, interviewPlans } from "./interview-plan.ts";

/**
 * Everything the engine remembers between events; plain data, stored with the session and read
 * back through this schema.
 */
export const interviewStateSchema = z.object({
  kind: z.enum(Object.keys(interviewPlans) as [InterviewKind, ...InterviewKind[]]),
  mode: z.enum(interviewModes),
  level: z.enum(levels),
  phase: z.string(),
  startedAtMs: z.number(),
  phaseStartedAtMs: z.number(),
  limitMs: z.number(),
  /** Tiers of hints given so far (coding). */
  hints: z.array(z.number()),
  /** Phases already nudged for running over, so each is nudged once. */
  nudged: z.array(z.string()),
  candidateTurns: z.number(),
  lastRun: z
    .object({ passed: z.number(), total: z.number(), compileError: z.boolean().optional() })
    .optional(),
  /** Behavioral: which question is being asked, and which STAR parts have been probed for it. */
  questionIndex: z.number(),
  probed: z.array(z.string()),
  followUpAsked: z.boolean(),
  /** Behavioral: what the candidate has said about the current question so far. */
  answerSoFar: z.array(z.string()),
  /**
   * Behavioral: the question each candidate turn answered, by turn id, as the engine saw it. The
   * scorer groups answers by this, whatever words the interviewer used to move on.
   */
  questionOfTurn: z.record(z.string(), z.number()).default({}),
  /** System design: deep-dive topics already opened. */
  deepDivesOpened: z.number(),
  /** Coding: follow-up questions asked after the complexity discussion. */
  followUpsAsked: z.number().default(0),
  /**
   * Questions the level calls for that were asked once already ("edge_cases", "failure",
   * "regions", "cost", "scope"), and what the candidate raised unprompted ("edge_cases").
   */
  levelProbes: z.array(z.string()).default([]),
  ended: z.boolean(),
});
export type InterviewState = z.output<typeof interviewStateSchema>;

/** The stored engine state, or undefined when the column holds something else. */
export function readInterviewState(stored: unknown): InterviewState | undefined {
  const parsed = interviewStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}

export function startState(
  kind: InterviewKind,
  mode: InterviewState["mode"],
  level: InterviewState["level"],
  nowMs: number,
  limitMs: number,
): InterviewState {
  const phase =
    kind === "coding" ? "intro" : kind === "system_design" ? "requirements" : "questions";
  return {
    kind,
    mode,
    level,
    phase,
    startedAtMs: nowMs,
    phaseStartedAtMs: nowMs,
    limitMs,
    hints: [],
    nudged: [],
    candidateTurns: 0,
    questionIndex: 0,
    probed: [],
    followUpAsked: false,
    answerSoFar: [],
    questionOfTurn: {},
    deepDivesOpened: 0,
    followUpsAsked: 0,
    levelProbes: [],
    ended: false,
  };
}
