import { z } from "zod";

const monthMessage = "enter your month of birth as a number from 1 (January) to 12 (December)";

/** Asked only when the year of birth leaves the 16+ gate open; never stored. */
export const birthMonth = z
  .number({ error: monthMessage })
  .int(monthMessage)
  .min(1, monthMessage)
  .max(12, monthMessage);

/**
 * The `details` of the 400 that asks for the month of birth (the year alone leaves the gate
 * open): the app shows the month field when it reads them.
 */
export const monthNeededDetails = z.object({
  needed: z.literal("birthMonth"),
  issues: z.array(z.object({ path: z.string(), message: z.string() })),
});
export type MonthNeededDetails = z.infer<typeof monthNeededDetails>;
