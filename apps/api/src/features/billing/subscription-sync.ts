import type { RevenueCatApi } from "../../integrations/revenuecat-api.ts";
import { type BillingRepository, toPlanRecord } from "./billing-repository.ts";
import { planFromSubscriber } from "./plan-from-subscriber.ts";
import { hasAccess } from "./plan-record.ts";
import {
  appUserIdsOf,
  grantingTypes,
  planFromEvent,
  type RevenueCatEvent,
} from "./revenuecat-event.ts";

/** The job that reads a subscriber back from RevenueCat when doing it at once failed. */
export const reconcileSubscriberJob = "revenuecat-reconcile";
export interface ReconcileSubscriberJob {
  userId: string;
}

/** Event types whose meaning we know; any other is acknowledged and changes nothing. */
const knownTypes = new Set([
  ...grantingTypes,
  "TEMPORARY_ENTITLEMENT_GRANT",
  "CANCELLATION",
  "BILLING_ISSUE",
  "SUBSCRIPTION_PAUSED",
  "EXPIRATION",
  "TRANSFER",
]);

export type EventOutcome =
  | { outcome: "redelivery" }
  | { outcome: "ignored"; reason: "test" | "unknown_type" | "no_user" }
  | { outcome: "applied"; users: string[] };

export interface SubscriptionSyncDeps {
  repository: BillingRepository;
  revenueCat: RevenueCatApi;
  entitlement: string;
  now: () => Date;
  jobs: { send(name: string, data: object): Promise<void> };
  log: { warn(details: object, message: string): void };
}

/**
 * Keeps `subscriptions` equal to what RevenueCat knows. Webhook events are applied by their
 * meaning, then the subscriber is read back from the REST API, which has the last word, so events
 * that arrive late, twice or out of order cannot leave a wrong plan. A read that fails is retried
 * by a durable job.
 */
export function createSubscriptionSync(deps: SubscriptionSyncDeps) {
  const { repository, entitlement } = deps;

  /** Reads the subscriber and stores what it says; throws when RevenueCat cannot be read. */
  async function reconcile(userId: string): Promise<void> {
    const subscriber = await deps.revenueCat.getSubscriber(userId);
    const now = deps.now();
    const record = planFromSubscriber(subscriber, entitlement, now);
    if (record) return repository.saveChecked(userId, entitlement, record, now);
    const current = await repository.subscriptionOf(userId, entitlement);
    if (!current) return;
    const held = toPlanRecord(current);
    // A temporary grant (a store outage) holds for its 24 hours even before RevenueCat lists it.
    if (held.status === "temporary" && hasAccess(held, now)) return;
    const ended = held.expiresAt && held.expiresAt < now ? held.expiresAt : now;
    await repository.saveChecked(
      userId,
      entitlement,
      { ...held, status: "expired", willRenew: false, expiresAt: ended },
      now,
    );
  }

  /** Reconciles now; on failure leaves it to the retried job. */
  async function reconcileSoon(userId: string): Promise<void> {
    try {
      await reconcile(userId);
    } catch (error: unknown) {
      deps.log.warn(
        { err: error, userId },
        "RevenueCat could not be read; the subscriber will be read again by a job",
      );
      await deps.jobs.send(reconcileSubscriberJob, { userId });
    }
  }

  return {
    reconcile,

    /** Applies one webhook event exactly once and returns what it did. */
    async handleEvent(event: RevenueCatEvent): Promise<EventOutcome> {
      const now = deps.now();
      const eventAt =
        typeof event.event_timestamp_ms === "number" ? new Date(event.event_timestamp_ms) : now;
      const result = await repository.transaction(async (tx): Promise<EventOutcome> => {
        const first = await tx.recordDelivery({
          id: event.id,
          source: "revenuecat",
          type: event.type,
        });
        if (!first) return { outcome: "redelivery" };
        if (event.type === "TEST") return { outcome: "ignored", reason: "test" };
        if (!knownTypes.has(event.type)) return { outcome: "ignored", reason: "unknown_type" };
        const users = await tx.existingUsers(appUserIdsOf(event));
        if (users.length === 0) return { outcome: "ignored", reason: "no_user" };
        for (const userId of users) {
          const current = await tx.subscriptionOf(userId, entitlement);
          const record = planFromEvent(event, entitlement, current && toPlanRecord(current), now);
          if (record) await tx.saveFromEvent(userId, entitlement, record, eventAt);
        }
        return { outcome: "applied", users };
      });
      if (result.outcome === "applied")
        for (const userId of result.users) await reconcileSoon(userId);
      return result;
    },
  };
}
export type SubscriptionSync = ReturnType<typeof createSubscriptionSync>;
