import { DomainError } from "@mentara/domain/errors";
import type { FastifyPluginAsync } from "fastify";
import { z } from "zod";
import { isUniqueViolation } from "../../db/constraint-violations.ts";
import type { UsersRepository } from "../auth/users-repository.ts";
import type { AccountRepository } from "./account-repository.ts";
import type { AccountDeletion } from "./delete-account.ts";

/** The parts of Clerk's user events we use (Clerk sends much more). */
const clerkEvent = z.object({
  type: z.string(),
  data: z.object({
    id: z.string().optional(),
    deleted: z.boolean().optional(),
    primary_email_address_id: z.string().nullable().optional(),
    email_addresses: z.array(z.object({ id: z.string(), email_address: z.string() })).optional(),
    first_name: z.string().nullable().optional(),
    last_name: z.string().nullable().optional(),
  }),
});

/**
 * `POST /webhooks/clerk`: user.created, user.updated and user.deleted from Clerk, accepted only
 * with a valid Svix signature over the exact body. A delivery already handled (same `svix-id`)
 * is acknowledged and ignored; the handlers are idempotent besides, so a race costs nothing.
 */
export function clerkWebhookRoutes(deps: {
  signingSecret: string | undefined;
  users: UsersRepository;
  accounts: AccountRepository;
  deletion: AccountDeletion;
}): FastifyPluginAsync {
  return async (app) => {
    // The signature covers the raw body, so this route reads it as text.
    app.addContentTypeParser("application/json", { parseAs: "string" }, (_request, body, done) =>
      done(null, body),
    );
    app.post("/webhooks/clerk", { schema: { hide: true } }, async (request) => {
      if (!deps.signingSecret)
        throw new DomainError(
          "UNAVAILABLE",
          "Clerk webhooks are not configured: set CLERK_WEBHOOK_SIGNING_SECRET to the endpoint's signing secret.",
        );
      const headers = {
        "svix-id": String(request.headers["svix-id"] ?? ""),
        "svix-timestamp": String(request.headers["svix-timestamp"] ?? ""),
        "svix-signature": String(request.headers["svix-signature"] ?? ""),
      };
      // Loaded on the first webhook, not at start: svix is some 250 modules (decision 016).
      const { Webhook, WebhookVerificationError } = await import("svix");
      let payload: unknown;
      try {
        payload = new Webhook(deps.signingSecret).verify(String(request.body ?? ""), headers);
      } catch (error) {
        if (error instanceof WebhookVerificationError)
          throw new DomainError(
            "VALIDATION",
            "The webhook's Svix signature does not verify (svix-id, svix-timestamp, svix-signature).",
          );
        throw error;
      }
      const event = clerkEvent.safeParse(payload);
      if (!event.success)
        throw new DomainError("VALIDATION", "The webhook body is not a Clerk event.");
      if (await deps.accounts.wasDelivered(headers["svix-id"]))
        return { received: true, duplicate: true };
      await handle(event.data, deps);
      await deps.accounts.recordDelivery({
        id: headers["svix-id"],
        source: "clerk",
        type: event.data.type,
      });
      return { received: true, duplicate: false };
    });
  };
}

async function handle(
  event: z.infer<typeof clerkEvent>,
  deps: { users: UsersRepository; deletion: AccountDeletion },
): Promise<void> {
  const clerkUserId = event.data.id;
  if (!clerkUserId) return;
  if (event.type === "user.deleted") {
    const user = await deps.users.findByClerkId(clerkUserId);
    if (user) await deps.deletion.deleteAccount(user.id, { keepClerkUser: true });
    return;
  }
  if (event.type !== "user.created" && event.type !== "user.updated") return;
  const email =
    event.data.email_addresses?.find((e) => e.id === event.data.primary_email_address_id)
      ?.email_address ?? null;
  const name = [event.data.first_name, event.data.last_name].filter(Boolean).join(" ") || null;
  try {
    await deps.users.upsertClerkUser(clerkUserId, { email: email?.toLowerCase() ?? null, name });
  } catch (error) {
    // The address belongs to a local account already: keep the Clerk user without it.
    if (!isUniqueViolation(error)) throw error;
    await deps.users.upsertClerkUser(clerkUserId, { name });
  }
}
