import { and, count, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import type { Database } from "../../db/open-database.ts";
import { interviewUsage, subscriptions, users, webhookDeliveries } from "../../db/schema.ts";
import type { PlanRecord, SubscriptionStatus } from "./plan-record.ts";

export type SubscriptionRow = typeof subscriptions.$inferSelect;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const toPlanRecord = (row: SubscriptionRow): PlanRecord => ({
  store: row.store,
  status: row.status as SubscriptionStatus,
  expiresAt: row.expiresAt,
  productId: row.productId,
  willRenew: row.willRenew,
  managementUrl: row.managementUrl,
});

/** Subscriptions, webhook deliveries and the monthly interview count. */
export interface BillingRepository {
  /** Runs `work` in one transaction; it sees a repository bound to that transaction. */
  transaction<T>(work: (repository: BillingRepository) => Promise<T>): Promise<T>;
  /** Which of these ids are our users (RevenueCat also knows anonymous and other ids). */
  existingUsers(ids: string[]): Promise<string[]>;
  subscriptionOf(userId: string, entitlement: string): Promise<SubscriptionRow | undefined>;
  /** Marks a webhook event handled; false when it already was (a redelivery). */
  recordDelivery(values: { id: string; source: string; type: string }): Promise<boolean>;
  /**
   * Writes what an event says, unless a newer event or a newer read of the subscriber already
   * stands: an event that arrives late changes nothing.
   */
  saveFromEvent(
    userId: string,
    entitlement: string,
    record: PlanRecord,
    eventAt: Date,
  ): Promise<void>;
  /** Writes what RevenueCat's REST API says now. */
  saveChecked(
    userId: string,
    entitlement: string,
    record: PlanRecord,
    checkedAt: Date,
  ): Promise<void>;
  /** Interviews counted since `since`. */
  usedSince(userId: string, since: Date): Promise<number>;
  isCounted(sessionId: string): Promise<boolean>;
  /**
   * Counts the interview once, after `admit` (given the user's count since `since`) allows it.
   * The user's counts are taken one at a time, so two first answers at once cannot both slip
   * under the allowance.
   */
  countInterview(
    values: { userId: string; sessionId: string; at: Date; since: Date },
    admit: (used: number, tx: BillingRepository) => Promise<void>,
  ): Promise<void>;
  /** Counts the interview once, with nothing to decide: one statement, no lock. */
  recordInterview(values: { userId: string; sessionId: string; at: Date }): Promise<void>;
}

export function createBillingRepository(db: Database): BillingRepository {
  const upsert = (
    userId: string,
    entitlement: string,
    values: PlanRecord & { lastEventAt?: Date; checkedAt?: Date },
    where?: ReturnType<typeof and>,
  ) =>
    db
      .insert(subscriptions)
      .values({ userId, entitlement, ...values, updatedAt: new Date() })
      .onConflictDoUpdate({
        target: [subscriptions.userId, subscriptions.entitlement],
        set: { ...values, updatedAt: new Date() },
        ...(where ? { setWhere: where } : {}),
      });

  return {
    transaction<T>(work: (repository: BillingRepository) => Promise<T>): Promise<T> {
      return db.transaction((tx) => work(createBillingRepository(tx as unknown as Database)));
    },

    async existingUsers(ids: string[]): Promise<string[]> {
      const candidates = ids.filter((id) => uuidPattern.test(id)).map((id) => id.toLowerCase());
      if (candidates.length === 0) return [];
      const rows = await db
        .select({ id: users.id })
        .from(users)
        .where(inArray(users.id, candidates));
      return rows.map((r) => r.id);
    },

    async subscriptionOf(userId: string, entitlement: string) {
      const [row] = await db
        .select()
        .from(subscriptions)
        .where(and(eq(subscriptions.userId, userId), eq(subscriptions.entitlement, entitlement)));
      return row;
    },

    async recordDelivery(values: { id: string; source: string; type: string }) {
      const rows = await db
        .insert(webhookDeliveries)
        .values(values)
        .onConflictDoNothing()
        .returning({ id: webhookDeliveries.id });
      return rows.length > 0;
    },

    async saveFromEvent(userId: string, entitlement: string, record: PlanRecord, eventAt: Date) {
      await upsert(
        userId,
        entitlement,
        { ...record, lastEventAt: eventAt },
        and(
          or(isNull(subscriptions.lastEventAt), lte(subscriptions.lastEventAt, eventAt)),
          or(isNull(subscriptions.checkedAt), lte(subscriptions.checkedAt, eventAt)),
        ),
      );
    },

    async saveChecked(userId: string, entitlement: string, record: PlanRecord, checkedAt: Date) {
      await upsert(userId, entitlement, { ...record, checkedAt });
    },

    async usedSince(userId: string, since: Date): Promise<number> {
      const [row] = await db
        .select({ used: count() })
        .from(interviewUsage)
        .where(and(eq(interviewUsage.userId, userId), gte(interviewUsage.countedAt, since)));
      return row?.used ?? 0;
    },

    async isCounted(sessionId: string): Promise<boolean> {
      const rows = await db
        .select({ id: interviewUsage.id })
        .from(interviewUsage)
        .where(eq(interviewUsage.sessionId, sessionId));
      return rows.length > 0;
    },

    countInterview(values, admit) {
      return db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${values.userId}))`);
        const repository = createBillingRepository(tx as unknown as Database);
        if (await repository.isCounted(values.sessionId)) return;
        await admit(await repository.usedSince(values.userId, values.since), repository);
        await repository.recordInterview(values);
      });
    },

    async recordInterview(values) {
      await db
        .insert(interviewUsage)
        .values({ userId: values.userId, sessionId: values.sessionId, countedAt: values.at })
        .onConflictDoNothing();
    },
  };
}
