import { asc, eq } from "drizzle-orm";
import type { Database } from "../../db/open-database.ts";
import {
  codeSnapshots,
  interviewSessions,
  interviewUsage,
  pushTokens,
  reports,
  runs,
  scores,
  sessionEvents,
  subscriptions,
  turns,
  webhookDeliveries,
  whiteboardSnapshots,
} from "../../db/schema.ts";

/** Reads for the export, push tokens, and webhook deliveries already handled. */
export function createAccountRepository(db: Database) {
  return {
    /** Every row of the user's data, table by table, oldest first. */
    async everythingOf(userId: string) {
      const [
        sessionRows,
        turnRows,
        snapshotRows,
        runRows,
        scoreRows,
        reportRows,
        eventRows,
        tokenRows,
        subscriptionRows,
        usageRows,
        boardRows,
      ] = await Promise.all([
        db
          .select()
          .from(interviewSessions)
          .where(eq(interviewSessions.userId, userId))
          .orderBy(asc(interviewSessions.startedAt)),
        db.select().from(turns).where(eq(turns.userId, userId)).orderBy(asc(turns.seq)),
        db
          .select()
          .from(codeSnapshots)
          .where(eq(codeSnapshots.userId, userId))
          .orderBy(asc(codeSnapshots.createdAt)),
        db.select().from(runs).where(eq(runs.userId, userId)).orderBy(asc(runs.createdAt)),
        db.select().from(scores).where(eq(scores.userId, userId)),
        db.select().from(reports).where(eq(reports.userId, userId)),
        db
          .select()
          .from(sessionEvents)
          .where(eq(sessionEvents.userId, userId))
          .orderBy(asc(sessionEvents.id)),
        db.select().from(pushTokens).where(eq(pushTokens.userId, userId)),
        db.select().from(subscriptions).where(eq(subscriptions.userId, userId)),
        db
          .select()
          .from(interviewUsage)
          .where(eq(interviewUsage.userId, userId))
          .orderBy(asc(interviewUsage.countedAt)),
        db
          .select()
          .from(whiteboardSnapshots)
          .where(eq(whiteboardSnapshots.userId, userId))
          .orderBy(asc(whiteboardSnapshots.createdAt)),
      ]);
      return {
        sessions: sessionRows,
        turns: turnRows,
        codeSnapshots: snapshotRows,
        runs: runRows,
        scores: scoreRows,
        reports: reportRows,
        events: eventRows,
        pushTokens: tokenRows,
        subscriptions: subscriptionRows,
        usage: usageRows,
        whiteboards: boardRows,
      };
    },

    async wasDelivered(id: string): Promise<boolean> {
      const rows = await db
        .select({ id: webhookDeliveries.id })
        .from(webhookDeliveries)
        .where(eq(webhookDeliveries.id, id));
      return rows.length > 0;
    },

    async recordDelivery(values: { id: string; source: string; type: string }): Promise<void> {
      await db.insert(webhookDeliveries).values(values).onConflictDoNothing();
    },
  };
}
export type AccountRepository = ReturnType<typeof createAccountRepository>;
