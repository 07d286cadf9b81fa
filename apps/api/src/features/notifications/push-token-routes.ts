import { pushToken, pushTokenBody, pushTokenList } from "@mentara/contracts/account";
import { idParams } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { isAllowedPushHost, webPushSubscription } from "../../integrations/web-push-sender.ts";
import type { UsersRepository } from "../auth/users-repository.ts";
import type { NotificationsRepository } from "./notifications-repository.ts";

const security = [{ bearer: [] }];
const tags = ["notifications"];

const toPushToken = (row: { id: string; platform: string; createdAt: Date }) => ({
  id: row.id,
  platform: row.platform,
  createdAt: row.createdAt.toISOString(),
});

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * The token as it is stored, checked for its platform: an APNs device token (hex), an FCM
 * registration token, or a Web Push subscription on one of the push services we deliver to.
 */
function deviceToken(platform: "ios" | "android" | "web", token: string, allowedHosts: string[]) {
  if (platform === "ios") {
    if (!/^[0-9a-fA-F]{64,200}$/.test(token))
      throw new DomainError(
        "VALIDATION",
        "token: an iOS device token is 64 or more hexadecimal characters.",
      );
    return token.toLowerCase();
  }
  if (platform === "android") {
    if (!/^[\w:.-]{20,4096}$/.test(token))
      throw new DomainError("VALIDATION", "token: this is not an FCM registration token.");
    return token;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(token);
  } catch {
    throw new DomainError("VALIDATION", "token: a web token is the push subscription as JSON.");
  }
  const subscription = webPushSubscription.safeParse(parsed);
  if (!subscription.success)
    throw new DomainError(
      "VALIDATION",
      `token: ${subscription.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`,
    );
  if (!isAllowedPushHost(subscription.data.endpoint, allowedHosts))
    throw new DomainError(
      "VALIDATION",
      "token: the endpoint is not on a push service this server delivers to (WEB_PUSH_ALLOWED_HOSTS).",
    );
  // One spelling per subscription, so registering it twice keeps one row.
  return JSON.stringify(subscription.data);
}

/** The user's devices: list, register (only with a notification turned on), remove. */
export function pushTokenRoutes(deps: {
  users: UsersRepository;
  notifications: NotificationsRepository;
  allowedWebPushHosts: string[];
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/me/push-tokens",
      { schema: { response: { 200: pushTokenList }, security, tags } },
      async (request) => ({
        tokens: (await deps.notifications.listTokens(request.userId)).map(toPushToken),
      }),
    );

    app.post(
      "/me/push-tokens",
      {
        schema: {
          body: pushTokenBody,
          response: { 201: pushToken },
          security,
          tags,
          description:
            "Registers this device for the notifications the user turned on; refused (409) while none is on.",
        },
      },
      async (request, reply) => {
        const user = await deps.users.findById(request.userId);
        if (!user)
          throw new DomainError("UNAUTHENTICATED", "This account no longer exists; sign up again.");
        if (!user.notifyReportReady && !user.notifyReminders)
          throw new DomainError(
            "CONFLICT",
            "Turn on a notification first (Profile → Notifications): a device is registered only for notifications you asked for.",
          );
        const { platform, token, timeZone } = request.body;
        if (timeZone !== undefined && !isTimeZone(timeZone))
          throw new DomainError(
            "VALIDATION",
            "timeZone: use an IANA time zone such as Europe/Berlin.",
          );
        const row = await deps.notifications.saveToken({
          userId: user.id,
          platform,
          token: deviceToken(platform, token, deps.allowedWebPushHosts),
        });
        if (timeZone) await deps.notifications.setTimeZone(user.id, timeZone);
        return reply.status(201).send(toPushToken(row));
      },
    );

    app.delete(
      "/me/push-tokens/:id",
      { schema: { params: idParams, response: { 204: z.undefined() }, security, tags } },
      async (request, reply) => {
        if (!(await deps.notifications.deleteToken(request.userId, request.params.id)))
          throw new DomainError("NOT_FOUND", "No device with this id belongs to you.");
        return reply.status(204).send();
      },
    );
  };
}
