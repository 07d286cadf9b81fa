import { meResponse } from "@mentara/contracts/account";
import { tokenResponse } from "@mentara/contracts/auth";
import { changeEmailBody, changePasswordBody } from "@mentara/contracts/credentials";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Authenticator } from "../auth/authenticator.ts";
import type { UsersRepository } from "../auth/users-repository.ts";
import { changeEmail } from "./change-email.ts";
import { changePassword } from "./change-password.ts";

const security = [{ bearer: [] }];
const tags = ["account"];

/** A local account's email and password; Clerk accounts change theirs in Clerk. */
export function credentialsRoutes(deps: {
  users: UsersRepository;
  tokens: Authenticator;
}): FastifyPluginAsyncZod {
  return async (app) => {
    // Each asks for the password: limited like sign-in, so it cannot be guessed at speed.
    const limited = { rateLimit: { max: 20, timeWindow: "1 minute" } };
    app.post(
      "/me/email",
      {
        config: limited,
        schema: {
          body: changeEmailBody,
          response: { 200: meResponse },
          security,
          tags,
          description:
            "A local account's new email, confirmed with its password: 403 when the password is wrong, 409 when the email is taken or the account is Clerk's.",
        },
      },
      async (request) => changeEmail(request.userId, request.body, deps),
    );
    app.post(
      "/me/password",
      {
        config: limited,
        schema: {
          body: changePasswordBody,
          response: { 200: tokenResponse },
          security,
          tags,
          description:
            "A local account's new password: every earlier token stops working and the answer is this device's new token. 403 when the current password is wrong, 409 for a Clerk account.",
        },
      },
      async (request) => changePassword(request.userId, request.body, deps),
    );
  };
}
