import { z } from "zod";

/** Every text a candidate or interviewer reads: English required, Russian optional. */
export const localizedText = z.object({
  en: z.string().trim().min(1, "English text is required"),
  ru: z.string().trim().min(1).optional(),
});
export type LocalizedText = z.infer<typeof localizedText>;

export function inLanguage(text: LocalizedText, language: string): string {
  return (language === "ru" ? text.ru : undefined) ?? text.en;
}
