import { z } from "zod";
import { localizedText } from "./localized-text.ts";
import { designStages, tracks } from "./taxonomy.ts";

const texts = (min: number) => z.array(localizedText).min(min);

/**
 * One way of saying an idea, matched against the candidate's words (docs/content-format.md):
 * lower-case words in order; `word*` also matches longer words (replica* → replicas, replicated);
 * `#` matches any number (10, 1.5, 115k, 99.99%), also inside a word (`#:1` → 10:1, 100:1); `...`
 * lets up to six words stand between.
 */
const phrase = z
  .string()
  .regex(
    /^(\.\.\.|[\p{Ll}\p{N}#][\p{Ll}\p{N}#:./%^'-]*\*?)( (\.\.\.|[\p{Ll}\p{N}#][\p{Ll}\p{N}#:./%^'-]*\*?))*$/u,
    "a phrase is lower-case words, word*, # or ... separated by single spaces",
  );
/** An idea a checkpoint needs, as people say it in English and in Russian; any phrase shows it. */
const concept = z.object({ en: z.array(phrase).min(1), ru: z.array(phrase).min(1) });
/** What shows a checkpoint was met: `need` different concepts in the candidate's own words. */
export const checkpointSignals = z
  .object({ concepts: z.array(concept).min(2), need: z.number().int().min(2).optional() })
  .refine((s) => (s.need ?? 2) <= s.concepts.length, "need cannot exceed the number of concepts");
export type CheckpointSignals = z.output<typeof checkpointSignals>;

export const systemDesignPromptSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case"),
  title: localizedText,
  tracks: z.array(z.enum(tracks)).min(1),
  /** What the candidate is asked, in a paragraph. */
  prompt: localizedText,
  scope: localizedText,
  clarifyingQuestions: texts(4),
  functionalRequirements: texts(3),
  nonFunctionalRequirements: texts(3),
  /** Numbers for back-of-envelope estimates (users, requests per second, sizes, retention). */
  scale: z.array(z.object({ label: localizedText, value: z.string().min(1) })).min(3),
  coreEntities: z
    .array(z.object({ name: z.string().min(1), fields: z.array(z.string()).min(1) }))
    .min(2),
  api: z.array(z.object({ signature: z.string().min(1), purpose: localizedText })).min(2),
  components: z.array(z.object({ name: localizedText, role: localizedText })).min(4),
  deepDives: z.array(z.object({ topic: localizedText, tradeOffs: texts(2) })).min(3),
  expectations: z.object({ mid: texts(2), senior: texts(2), staff: texts(2) }),
  checkpoints: z
    .array(
      z.object({
        stage: z.enum(designStages),
        text: localizedText,
        /** What shows the checkpoint was met in the candidate's own words (required). */
        signals: checkpointSignals,
      }),
    )
    .min(6)
    .refine(
      (items) => designStages.every((stage) => items.some((i) => i.stage === stage)),
      "every stage needs a checkpoint",
    ),
  timeLimitSec: z.number().int().positive().default(2_700),
});
export type SystemDesignPrompt = z.output<typeof systemDesignPromptSchema>;
export type SystemDesignPromptInput = z.input<typeof systemDesignPromptSchema>;
