import {
  accountDeletionResult,
  meResponse,
  onboardingBody,
  profileBody,
  publicConfig,
} from "@mentara/contracts/account";
import { DomainError } from "@mentara/domain/errors";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Env } from "../../config/env.ts";
import type { UsersRepository } from "../auth/users-repository.ts";
import type { AccountRepository } from "./account-repository.ts";
import { correctBirthYear } from "./correct-birth-year.ts";
import type { AccountDeletion } from "./delete-account.ts";
import { exportAccount } from "./export-account.ts";
import { onboardUser } from "./onboard-user.ts";
import { toMe } from "./to-me.ts";

const security = [{ bearer: [] }];
const tags = ["account"];

/** The rights the privacy policy grants: see and correct (profile), export, delete. */
export function accountRoutes(deps: {
  env: Env;
  users: UsersRepository;
  accounts: AccountRepository;
  deletion: AccountDeletion;
  now: () => Date;
  /** The VAPID public key browsers subscribe with. */
  webPushKey: string;
  /** Called when both notification switches are off: the user's devices are forgotten. */
  forgetDevices: (userId: string) => Promise<void>;
}): FastifyPluginAsyncZod {
  const currentUser = async (userId: string) => {
    const user = await deps.users.findById(userId);
    if (!user)
      throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
    return user;
  };
  return async (app) => {
    app.get(
      "/config",
      { schema: { response: { 200: publicConfig }, tags: ["health"] } },
      async () => ({
        clerkPublishableKey: deps.env.CLERK_PUBLISHABLE_KEY ?? null,
        privacyPolicyUpdated: deps.env.PRIVACY_POLICY_UPDATED,
        contactEmail: deps.env.PRIVACY_CONTACT_EMAIL,
        webPushKey: deps.webPushKey,
      }),
    );

    app.get("/me", { schema: { response: { 200: meResponse }, security, tags } }, async (request) =>
      toMe(await currentUser(request.userId)),
    );

    app.patch(
      "/me",
      { schema: { body: profileBody, response: { 200: meResponse }, security, tags } },
      async (request) => {
        const user = await currentUser(request.userId);
        const { notifications, pushOffered, birthYear, birthMonth, ...fields } = request.body;
        const correction =
          birthYear === undefined ? {} : correctBirthYear({ birthYear, birthMonth }, deps.now());
        const updated = await deps.users.update(user.id, {
          ...fields,
          ...correction,
          ...(pushOffered ? { pushOfferedAt: deps.now() } : {}),
          ...(notifications?.reportReady !== undefined
            ? { notifyReportReady: notifications.reportReady }
            : {}),
          ...(notifications?.reminders !== undefined
            ? { notifyReminders: notifications.reminders }
            : {}),
        });
        const now = updated ?? user;
        // No notification left on: no device of this user keeps a token.
        if (!now.notifyReportReady && !now.notifyReminders) await deps.forgetDevices(user.id);
        return toMe(now);
      },
    );

    app.post(
      "/me/onboarding",
      {
        schema: {
          body: onboardingBody,
          response: { 200: meResponse },
          security,
          tags,
          description:
            "Age gate (16+; under 16 deletes the account), consent to AI processing, role, level, language.",
        },
      },
      async (request) => onboardUser(request.userId, request.body, deps),
    );

    app.get(
      "/me/export",
      {
        schema: {
          security,
          tags,
          description: "Everything Mentara holds on the user, as a JSON download.",
        },
      },
      async (request, reply) => {
        const userId = request.userId;
        const data = await exportAccount(userId, deps);
        const day = data.exportedAt.slice(0, 10);
        return reply
          .header("content-disposition", `attachment; filename="mentara-export-${day}.json"`)
          .header("cache-control", "no-store")
          .type("application/json")
          .send(JSON.stringify(data, null, 2));
      },
    );

    app.delete(
      "/me",
      {
        schema: {
          response: { 200: accountDeletionResult },
          security,
          tags,
          description:
            "Deletes the account and all its data now; the Clerk user and RevenueCat subscriber follow by a retried job.",
        },
      },
      async (request) => {
        const user = await currentUser(request.userId);
        const result = await deps.deletion.deleteAccount(user.id);
        // The operator must finish what this server could not: say which setting is missing.
        if (result.clerk === "not_configured")
          request.log.warn("account deleted, but its Clerk user was not: set CLERK_SECRET_KEY");
        return result;
      },
    );
  };
}
