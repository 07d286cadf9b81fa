import { codingLanguages } from "@mentara/domain/interview";
import { z } from "zod";

/** Languages the in-process WASM engines run. Piston may run more (see engines/piston). */
export const localLanguages = codingLanguages;
export type LocalLanguage = (typeof localLanguages)[number];

export const jsonValue: z.ZodType<Json> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(jsonValue),
    z.record(z.string(), jsonValue),
  ]),
);
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const limitsSchema = z.object({
  /** Wall time one test may take, in milliseconds. */
  perTestMs: z.number().int().min(10).max(30_000).default(2_000),
  /** Wall time the whole submission may take, in milliseconds. */
  totalMs: z.number().int().min(50).max(120_000).default(10_000),
  /** Heap the candidate's code may allocate, in MiB. */
  memoryMb: z.number().int().min(8).max(1024).default(64),
  /** Console output kept per test (or per scratch run), in bytes. */
  outputBytes: z.number().int().min(256).max(1_048_576).default(16_384),
});
export type Limits = z.infer<typeof limitsSchema>;

/** A call of the entry function with these arguments, expected to return `expected`. */
const callTest = z.object({
  id: z.string().optional(),
  args: z.array(jsonValue),
  expected: jsonValue,
});

/**
 * A design-problem test: `calls[0]` constructs the class named by `entry` with its arguments,
 * each later call invokes a method; `expected[i]` is what call i returns (null for the constructor).
 */
const classTest = z
  .object({
    id: z.string().optional(),
    calls: z.array(z.tuple([z.string().min(1)], jsonValue)).min(1),
    expected: z.array(jsonValue),
  })
  .refine((t) => t.calls.length === t.expected.length, {
    message: "a class test needs one expected value per call",
  });

export const testCaseSchema = z.union([callTest, classTest]);
export type TestCase = z.infer<typeof testCaseSchema>;

export const compareOptionsSchema = z.object({
  /** Numbers within this absolute or relative distance count as equal. */
  floatTolerance: z.number().min(0).max(1).default(0),
  /** "outer": the top-level list is a multiset; "deep": every nested list is. */
  orderInsensitive: z.enum(["none", "outer", "deep"]).default("none"),
});
export type CompareOptions = z.infer<typeof compareOptionsSchema>;

/**
 * How structured values cross into the candidate's language: "list" turns a JSON array into a
 * ListNode chain, "tree" turns a level-order array (null for a missing child) into a TreeNode;
 * results convert back the same way. Both classes are predefined in every language.
 */
export const valueShape = z.enum(["list", "tree"]).nullable();
export const adaptersSchema = z.object({
  args: z.array(valueShape).optional(),
  returns: valueShape.optional(),
});
export type Adapters = z.infer<typeof adaptersSchema>;

const identifier = z
  .string()
  .regex(/^[A-Za-z_$][\w$]*$/, "entry must be a plain function or class name, such as twoSum");

export const submissionSchema = z.object({
  language: z.enum(localLanguages),
  code: z.string().max(100_000, "code is limited to 100 000 characters"),
  entry: identifier,
  tests: z.array(testCaseSchema).min(1).max(200),
  compare: compareOptionsSchema.default({ floatTolerance: 0, orderInsensitive: "none" }),
  adapters: adaptersSchema.default({}),
  limits: limitsSchema.default(limitsSchema.parse({})),
});
export type Submission = z.input<typeof submissionSchema>;
export type ParsedSubmission = z.output<typeof submissionSchema>;

export const scratchRunSchema = z.object({
  /** A local language, or any language a configured Piston cluster has (java, c++, go, ...). */
  language: z
    .string()
    .regex(
      /^[a-z][a-z0-9+#.-]{0,31}$/,
      "language must be a lower-case name such as python or java",
    ),
  code: z.string().max(100_000, "code is limited to 100 000 characters"),
  stdin: z.string().max(1_000_000).default(""),
  limits: limitsSchema.default(limitsSchema.parse({})),
});
export type ScratchRun = z.input<typeof scratchRunSchema>;
export type ParsedScratchRun = z.output<typeof scratchRunSchema>;

export const verdicts = [
  "passed",
  "failed",
  "error",
  "timeout",
  "memory_limit",
  "output_limit",
  "not_run",
] as const;
export type Verdict = (typeof verdicts)[number];

export const testResultSchema = z.object({
  index: z.number().int(),
  id: z.string().optional(),
  verdict: z.enum(verdicts),
  /** What the candidate's code returned, as JSON (cut to a preview when large). */
  actual: jsonValue.optional(),
  expected: jsonValue,
  /** The candidate's own console output during this test, capped. */
  stdout: z.string(),
  /** Why the test did not pass, in words a candidate understands. */
  message: z.string().optional(),
  timeMs: z.number(),
  /** Work counted by the engine (QuickJS interrupt ticks, Python trace events) when measured. */
  work: z.number().optional(),
});
export type TestResult = z.infer<typeof testResultSchema>;

export const runSummarySchema = z.object({
  passed: z.number().int(),
  total: z.number().int(),
  /** The worst verdict seen, or "passed" when every test passed. */
  verdict: z.enum(verdicts),
  timeMs: z.number(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

const engineName = z.enum(["quickjs", "pyodide", "piston"]);

export const runResultSchema = z.object({
  engine: engineName,
  language: z.string(),
  /** Set when the code did not compile or failed while loading; every test then has verdict error. */
  compileError: z.string().optional(),
  tests: z.array(testResultSchema),
  summary: runSummarySchema,
});
export type RunResult = z.infer<typeof runResultSchema>;

export const scratchResultSchema = z.object({
  engine: engineName,
  language: z.string(),
  status: z.enum(["ok", "error", "timeout", "memory_limit", "output_limit"]),
  stdout: z.string(),
  stderr: z.string(),
  timeMs: z.number(),
});
export type ScratchResult = z.infer<typeof scratchResultSchema>;
