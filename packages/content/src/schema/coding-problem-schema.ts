import { complexityClasses } from "@mentara/domain/complexity";
import { difficulties } from "@mentara/domain/interview";
import { z } from "zod";
import { localizedText } from "./localized-text.ts";
import { topics, tracks } from "./taxonomy.ts";

const json = z.unknown();
const functionTest = z.object({ args: z.array(json), expected: json });
/** A design-problem test: calls[0] constructs the class, later calls are methods; one expected per call. */
const classTest = z
  .object({ calls: z.array(z.tuple([z.string()], json)).min(1), expected: z.array(json) })
  .refine(
    (t) => t.calls.length === t.expected.length,
    "a class test needs one expected value per call",
  );
export const contentTest = z.union([functionTest, classTest]);
export type ContentTest = z.infer<typeof contentTest>;

/**
 * How structured values cross into the candidate's language. "list": a JSON array becomes a
 * singly linked ListNode chain (and back); "tree": a level-order array with nulls for missing
 * children becomes a TreeNode (and back, trailing nulls dropped). See docs/content-format.md.
 */
export const valueShape = z.enum(["list", "tree"]).nullable();
export const adapters = z.object({
  args: z.array(valueShape).optional(),
  returns: valueShape.optional(),
});

const source = z.string().trim().min(1);
const complexity = z.enum(complexityClasses);
const isFunction = (value: unknown): value is (...args: never[]) => unknown =>
  typeof value === "function";

export const codingProblemSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case"),
  title: localizedText,
  difficulty: z.enum(difficulties),
  topics: z.array(z.enum(topics)).min(1),
  tracks: z.array(z.enum(tracks)).min(1),
  /** Markdown: the task, at least one example, and the constraints. */
  statement: localizedText,
  /** The function (or, for kind "class", the class) the tests call. */
  entry: z.string().regex(/^[A-Za-z_$][\w$]*$/),
  kind: z.enum(["function", "class"]).default("function"),
  adapters: adapters.default({}),
  starterCode: z.object({ javascript: source, typescript: source, python: source }),
  /** Shown in the statement and runnable by the candidate. */
  examples: z.array(contentTest).min(1),
  /** Never leave the server; at least 15, with edge cases. */
  hiddenTests: z.array(contentTest).min(15, "a problem needs at least 15 hidden tests"),
  compare: z
    .object({
      floatTolerance: z.number().min(0).max(1).optional(),
      orderInsensitive: z.enum(["none", "outer", "deep"]).optional(),
    })
    .default({}),
  /**
   * Input of size n for measuring complexity: the entry's arguments (function problems) or the
   * class calls (class problems). `random` is a seeded generator returning [0, 1).
   */
  generate: z.custom<(n: number, random: () => number) => unknown[]>(
    isFunction,
    "generate must be a function",
  ),
  /** Sizes for measuring complexity when the default doubling from 64 does not fit (exponential problems). */
  complexitySizes: z.array(z.number().int().positive()).min(3).optional(),
  optimal: z.object({ time: complexity, space: complexity }),
  referenceSolutions: z.object({ javascript: source, python: source }),
  /** A correct but slower approach; the complexity check must measure it slower than the reference. */
  slowerSolution: z.object({ javascript: source, time: complexity }),
  hints: z.tuple([localizedText, localizedText, localizedText]),
  followUps: z.array(localizedText).min(2),
  interviewerNotes: z.object({
    strong: z.array(localizedText).min(1),
    weak: z.array(localizedText).min(1),
  }),
  timeLimitSec: z.number().int().positive().default(2_700),
});
export type CodingProblem = z.output<typeof codingProblemSchema>;
export type CodingProblemInput = z.input<typeof codingProblemSchema>;
