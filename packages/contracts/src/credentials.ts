import { z } from "zod";
import { signUpBody } from "./auth.ts";

const currentPassword = z
  .string()
  .min(1, "enter your current password")
  .max(200, "the password is too long");

/** A local account's new email, confirmed with its password. Same email rules as sign-up. */
export const changeEmailBody = z.object({
  email: signUpBody.shape.email,
  password: currentPassword,
});
export type ChangeEmailBody = z.input<typeof changeEmailBody>;

/** A local account's new password, confirmed with the current one. Same length rules as sign-up. */
export const changePasswordBody = z.object({
  currentPassword,
  newPassword: signUpBody.shape.password,
});
export type ChangePasswordBody = z.input<typeof changePasswordBody>;
