import { z } from "zod";
import { localizedText } from "./localized-text.ts";
import { designStages, tracks } from "./taxonomy.ts";

const texts = (min: number) => z.array(localizedText).min(min);

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
    .array(z.object({ stage: z.enum(designStages), text: localizedText }))
    .min(6)
    .refine(
      (items) => designStages.every((stage) => items.some((i) => i.stage === stage)),
      "every stage needs a checkpoint",
    ),
  timeLimitSec: z.number().int().positive().default(2_700),
});
export type SystemDesignPrompt = z.output<typeof systemDesignPromptSchema>;
export type SystemDesignPromptInput = z.input<typeof systemDesignPromptSchema>;
