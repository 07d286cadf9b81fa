import { createHash, timingSafeEqual } from "node:crypto";
import { webhookAck } from "@mentara/contracts/billing";
import { DomainError } from "@mentara/domain/errors";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { revenueCatWebhookBody } from "./revenuecat-event.ts";
import type { SubscriptionSync } from "./subscription-sync.ts";

/** Compares in constant time; hashing first makes the lengths equal. */
function sameSecret(given: string | undefined, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/**
 * `POST /webhooks/revenuecat`: RevenueCat's events, accepted only with the Authorization value set
 * for the webhook in RevenueCat (it sends it verbatim; there is no signature). Every accepted event
 * is answered 200, even one we ignore, because RevenueCat retries anything else.
 */
export function revenueCatWebhookRoutes(deps: {
  authorization: string | undefined;
  sync: SubscriptionSync | undefined;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/webhooks/revenuecat",
      {
        schema: {
          response: { 200: webhookAck },
          tags: ["billing"],
          description:
            "RevenueCat webhook events (Authorization: the value of REVENUECAT_WEBHOOK_AUTH). Idempotent on event.id.",
        },
      },
      async (request, reply) => {
        if (!deps.authorization || !deps.sync)
          throw new DomainError(
            "UNAVAILABLE",
            "RevenueCat webhooks are not configured: set REVENUECAT_WEBHOOK_AUTH (with REVENUECAT_SECRET_KEY) to the Authorization header value given to this webhook in RevenueCat.",
          );
        if (!sameSecret(request.headers.authorization, deps.authorization))
          throw new DomainError(
            "UNAUTHENTICATED",
            "The Authorization header does not match the value this server expects for RevenueCat webhooks (REVENUECAT_WEBHOOK_AUTH).",
          );
        const parsed = revenueCatWebhookBody.safeParse(request.body);
        if (!parsed.success)
          throw new DomainError(
            "VALIDATION",
            `This is not a RevenueCat webhook event: ${parsed.error.issues
              .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
              .join("; ")}`,
          );
        const { event } = parsed.data;
        const result = await deps.sync.handleEvent(event);
        request.log.info(
          { eventId: event.id, eventType: event.type, ...result },
          result.outcome === "ignored"
            ? "RevenueCat event acknowledged without a change"
            : "RevenueCat event handled",
        );
        return reply.status(200).send({ received: true, outcome: result.outcome });
      },
    );
  };
}
