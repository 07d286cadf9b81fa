import { interviewModes, interviewTypes, levels } from "@mentara/domain/interview";
import { bands } from "@mentara/domain/rubric";
import { z } from "zod";
import { codingLanguage, difficulty, publicProblem } from "./catalog.ts";
import { whiteboardSnapshot } from "./whiteboard.ts";

export const idParams = z.object({ id: z.uuid("the id in the address is not a valid id") });

export const interviewType = z.enum(interviewTypes);
export const interviewMode = z.enum(interviewModes);
export const interviewLevel = z.enum(levels);

/**
 * Starts an interview. Coding: a named problem, or a random one matching topic and difficulty.
 * System design: a named prompt or a random one. Behavioral: questions on one competency, or mixed.
 */
export const createSessionBody = z.object({
  type: interviewType.default("coding"),
  mode: interviewMode.default("practice"),
  level: interviewLevel.default("mid"),
  problemId: z.string().min(1).max(100).optional(),
  topic: z.string().min(1).max(60).optional(),
  difficulty: difficulty.optional(),
  language: codingLanguage.default("javascript"),
  promptId: z.string().min(1).max(100).optional(),
  competency: z.string().min(1).max(60).optional(),
});
export type CreateSessionBody = z.input<typeof createSessionBody>;

export const dimensionScore = z.object({
  dimension: z.string(),
  score: z.number().int().min(1).max(4),
  reasons: z.array(z.string()),
  evidence: z.array(z.string()),
});
export type DimensionScore = z.infer<typeof dimensionScore>;

/**
 * How a spoken answer was delivered, from its transcription (never the audio): milliseconds from
 * the first word to the last, and each long silence within, from the first word.
 */
export const turnSpeech = z
  .object({
    durationMs: z
      .number()
      .int("durationMs is whole milliseconds")
      .min(0, "durationMs cannot be negative")
      .max(3_600_000, "a spoken answer is at most an hour (durationMs ≤ 3600000)"),
    pauses: z
      .array(
        z.object({
          atMs: z.number().int("atMs is whole milliseconds").min(0, "atMs cannot be negative"),
          ms: z
            .number()
            .int("a pause is whole milliseconds")
            .min(1, "a pause lasts at least 1 ms")
            .max(3_600_000, "a pause is at most an hour"),
        }),
      )
      .max(500, "send at most 500 pauses"),
  })
  .refine((s) => s.pauses.every((p) => p.atMs <= s.durationMs), {
    message: "every pause's atMs must lie within durationMs",
    path: ["pauses"],
  });
export type TurnSpeech = z.infer<typeof turnSpeech>;

export const turn = z.object({
  id: z.string(),
  seq: z.number(),
  role: z.enum(["candidate", "interviewer"]),
  text: z.string(),
  /** Present when the candidate spoke this turn. */
  speech: turnSpeech.optional(),
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
  /** Measured after every test passes, when the measurement succeeds. */
  measuredComplexity: z.string().optional(),
  tests: z.array(runTest),
  createdAt: z.string(),
});
export type Run = z.infer<typeof run>;

export const sessionStatus = z.enum(["active", "ended"]);

export const sessionSummary = z.object({
  id: z.string(),
  type: interviewType,
  mode: interviewMode,
  level: interviewLevel,
  status: sessionStatus,
  problemId: z.string(),
  /** The problem's, prompt's or first question's title. */
  title: z.string(),
  language: codingLanguage,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  score: z.number().nullable(),
});
export type SessionSummary = z.infer<typeof sessionSummary>;

export const designPrompt = z.object({ title: z.string(), prompt: z.string(), scope: z.string() });

export const sessionDetail = sessionSummary.extend({
  timeLimitSec: z.number(),
  phase: z.string(),
  /** Coding interviews only. */
  problem: publicProblem.nullable(),
  /** System design interviews only. */
  prompt: designPrompt.nullable(),
  turns: z.array(turn),
  code: z.string(),
  runs: z.array(run),
  /** Live rubric scores; empty in assessment mode until the report. */
  scores: z.array(dimensionScore),
  hintsTaken: z.number(),
  /** "offline" or "<provider>:<model>", and the provider's last failure when it failed. */
  aiEngine: z.string(),
  aiError: z.string().nullable(),
  /** The server's clock when this was read: the room counts the time left on it. */
  serverTime: z.string(),
});
export type SessionDetail = z.infer<typeof sessionDetail>;

export const sessionList = z.object({ sessions: z.array(sessionSummary) });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "write the date as YYYY-MM-DD")
  .refine((v) => {
    const parsed = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(v);
  }, "this date does not exist");
const scoreBound = z.coerce
  .number()
  .int("a score is a whole number")
  .min(0, "scores run from 0 to 100")
  .max(100, "scores run from 0 to 100");

/** History filters: interview type, a start date range (UTC days, inclusive) and a score range. */
export const sessionListQuery = z
  .object({
    type: interviewType.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    minScore: scoreBound.optional(),
    maxScore: scoreBound.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: "the 'from' date must not be after the 'to' date",
    path: ["from"],
  })
  .refine((q) => q.minScore === undefined || q.maxScore === undefined || q.minScore <= q.maxScore, {
    message: "minScore must not be above maxScore",
    path: ["minScore"],
  });
export type SessionListQuery = z.input<typeof sessionListQuery>;

export const turnBody = z.object({
  text: z
    .string()
    .trim()
    .min(1, "write a message first")
    .max(4_000, "keep a message under 4 000 characters"),
  code: z.string().max(100_000).optional(),
  /** A spoken turn's delivery, as the transcription route measured it. */
  speech: turnSpeech.optional(),
});
export type TurnBody = z.input<typeof turnBody>;

/**
 * Turns and runs may carry the client's `Idempotency-Key`: a request retried with the same key
 * (the first reached the server, its answer was lost) stores nothing twice and gets the first
 * answer back.
 */
export const idempotencyHeaders = z.looseObject({
  "idempotency-key": z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{8,128}$/, "an Idempotency-Key is 8 to 128 letters, digits, - or _")
    .optional(),
});

/** The answer to a hint request: how many hints this interview has taken so far. */
export const hintResponse = z.object({ hintsTaken: z.number() });
export type HintResponse = z.infer<typeof hintResponse>;

export const runBody = z.object({
  language: codingLanguage,
  code: z.string().max(100_000, "code is limited to 100 000 characters"),
});
export type RunBody = z.input<typeof runBody>;

export const report = z.object({
  sessionId: z.string(),
  type: interviewType,
  level: interviewLevel,
  /** 0–100, the average rubric score scaled. */
  score: z.number(),
  band: z.enum(bands),
  /** What the level measured against expects, each item met or not; a hire needs them all. */
  expectations: z
    .array(z.object({ id: z.string(), text: z.string(), met: z.boolean() }))
    .default([]),
  dimensions: z.array(dimensionScore),
  testsPassed: z.number(),
  testsTotal: z.number(),
  runs: z.number(),
  hintsTaken: z.number(),
  durationSec: z.number(),
  candidateTurns: z.number(),
  summary: z.string(),
  /** "offline" (the rule-based scorer alone) or the judge model that scored it, "<provider>:<model>". */
  scoredBy: z.string().default("offline"),
  /** Why the configured judge did not score this report, when it failed. */
  judgeError: z.string().optional(),
  /** Excerpts of the candidate turns the scores cite, by turn id (links into the transcript). */
  quotes: z.record(z.string(), z.string()).default({}),
  /** Three concrete things to do differently, weakest dimension first. */
  improvements: z.array(z.string()).default([]),
  /** Coding: claimed against measured complexity, hints taken, and the reference solution. */
  coding: z
    .object({
      claimedComplexity: z.string().nullable(),
      measuredComplexity: z.string().nullable(),
      optimalComplexity: z.string(),
      hintTiers: z.array(z.number()),
      referenceLanguage: codingLanguage,
      referenceSolution: z.string(),
    })
    .optional(),
  /** System design: the prompt's checkpoints met and missed. */
  design: z.object({ met: z.array(z.string()), missed: z.array(z.string()) }).optional(),
  /** Behavioral: each answer's STAR parts found and missing. */
  answers: z
    .array(
      z.object({ question: z.string(), found: z.array(z.string()), missing: z.array(z.string()) }),
    )
    .optional(),
  /** Spoken answers only: pace, filler words and long pauses, each moment linked to its turn. */
  delivery: z
    .object({
      spokenTurns: z.number(),
      /** Speaking time of the spoken answers, from first word to last. */
      speakingMs: z.number(),
      wordsPerMinute: z.number(),
      fillersPerMinute: z.number(),
      /** Filler words and phrases heard, most frequent first. */
      fillers: z.array(z.object({ word: z.string(), count: z.number() })),
      longPauses: z.array(z.object({ turnId: z.string(), atMs: z.number(), ms: z.number() })),
      /** Per spoken turn: its pace and filler count, to find the moments in the transcript. */
      turns: z.array(
        z.object({
          turnId: z.string(),
          wordsPerMinute: z.number(),
          fillers: z.number(),
          longPauses: z.number(),
        }),
      ),
    })
    .optional(),
  /** The recommended next session. */
  next: z
    .object({
      type: interviewType,
      topic: z.string().optional(),
      difficulty: difficulty.optional(),
      reason: z.string(),
    })
    .optional(),
  createdAt: z.string(),
});
export type Report = z.infer<typeof report>;

/** Two finished interviews of one type side by side, with the change per rubric dimension. */
export const compareQuery = z
  .object({
    a: z.uuid("'a' is not a valid session id"),
    b: z.uuid("'b' is not a valid session id"),
  })
  .refine((q) => q.a !== q.b, { message: "choose two different sessions", path: ["b"] });
export const comparison = z.object({
  type: interviewType,
  sessions: z.tuple([sessionSummary, sessionSummary]),
  reports: z.tuple([report, report]),
  /** Every dimension either report scored: each side's score (null when absent) and b − a. */
  dimensions: z.array(
    z.object({
      dimension: z.string(),
      a: z.number().nullable(),
      b: z.number().nullable(),
      change: z.number().nullable(),
    }),
  ),
});
export type Comparison = z.infer<typeof comparison>;

/**
 * A finished interview as it happened: the transcript, the code at each save, the runs and the
 * whiteboard at each saved moment.
 */
export const replay = z.object({
  sessionId: z.string(),
  turns: z.array(turn),
  snapshots: z.array(z.object({ id: z.string(), code: z.string(), createdAt: z.string() })),
  runs: z.array(run),
  boards: z.array(whiteboardSnapshot),
});
export type Replay = z.infer<typeof replay>;

/** The steps of writing a report, in order. */
export const reportStep = z.enum(["queued", "scoring", "judging", "saving"]);
export type ReportStep = z.infer<typeof reportStep>;

/** A report still being written (HTTP 202): the step it has reached. */
export const reportPending = z.object({ status: z.literal("writing"), step: reportStep });
export type ReportPending = z.infer<typeof reportPending>;
