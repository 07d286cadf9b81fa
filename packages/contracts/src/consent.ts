import { z } from "zod";

/** Give (true) or withdraw (false) consent to sending session content to AI providers (policy §4). */
export const aiConsentBody = z.object({
  aiConsent: z.boolean({ error: "aiConsent is true to give consent or false to withdraw it" }),
});
export type AiConsentBody = z.input<typeof aiConsentBody>;
