import { meResponse } from "@mentara/contracts/account";
import { tokenResponse } from "@mentara/contracts/auth";
import type { ChangeEmailBody, ChangePasswordBody } from "@mentara/contracts/credentials";
import { apiRequest } from "../../lib/api-client.ts";

/** A local account's new email, confirmed with its password; answers the updated profile. */
export const changeEmail = (body: ChangeEmailBody) =>
  apiRequest("/me/email", meResponse, { method: "POST", body });

/** A local account's new password; answers this device's new token (every other one is signed out). */
export const changePassword = (body: ChangePasswordBody) =>
  apiRequest("/me/password", tokenResponse, { method: "POST", body });
