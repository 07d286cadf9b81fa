import { z } from "zod";
import { birthMonth } from "./age-gate.ts";

const email = z
  .string()
  .transform((value) => value.trim().toLowerCase())
  .pipe(z.email("enter a valid email address").max(254));

export const signUpBody = z.object({
  email,
  password: z.string().min(8, "the password needs at least 8 characters").max(200),
  birthYear: z.number().int().min(1900, "enter your birth year, such as 1994").max(2100),
  birthMonth: birthMonth.optional(),
});
export type SignUpBody = z.input<typeof signUpBody>;

export const signInBody = z.object({
  email,
  password: z.string().min(1, "enter your password").max(200),
});
export type SignInBody = z.input<typeof signInBody>;

export const tokenResponse = z.object({ token: z.string() });
