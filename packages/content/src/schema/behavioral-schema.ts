import { z } from "zod";
import { localizedText } from "./localized-text.ts";
import { competencies } from "./taxonomy.ts";

const texts = (min: number) => z.array(localizedText).min(min);

export const behavioralQuestionSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case"),
  competency: z.enum(competencies),
  question: localizedText,
  /** Follow-up probes that pull out each missing STAR part. */
  probes: z.object({ situation: texts(1), task: texts(1), action: texts(2), result: texts(1) }),
  followUps: texts(2),
  /** What a strong answer shows at each scope. */
  strongAnswer: z.object({
    junior: localizedText,
    mid: localizedText,
    senior: localizedText,
    staff: localizedText,
  }),
  redFlags: texts(2),
});
export type BehavioralQuestion = z.output<typeof behavioralQuestionSchema>;
export type BehavioralQuestionInput = z.input<typeof behavioralQuestionSchema>;
