import { and, asc, eq, isNull, or, sql } from "drizzle-orm";
import type { Database } from "../../db/open-database.ts";
import { pushTokens, reports, users } from "../../db/schema.ts";

export type PushTokenRow = typeof pushTokens.$inferSelect;

/** Devices, the user's notification choices and what was already sent. */
export function createNotificationsRepository(db: Database) {
  return {
    listTokens(userId: string) {
      return db
        .select()
        .from(pushTokens)
        .where(eq(pushTokens.userId, userId))
        .orderBy(asc(pushTokens.createdAt));
    },

    async findToken(id: string) {
      const [row] = await db.select().from(pushTokens).where(eq(pushTokens.id, id));
      return row;
    },

    /** Registers a device; the same token moves to whoever registers it last (a shared device). */
    async saveToken(values: { userId: string; platform: string; token: string }) {
      const [row] = await db
        .insert(pushTokens)
        .values(values)
        .onConflictDoUpdate({
          target: pushTokens.token,
          set: { userId: values.userId, platform: values.platform, createdAt: new Date() },
        })
        .returning();
      if (!row) throw new Error("the push token could not be stored");
      return row;
    },

    async deleteToken(userId: string, id: string): Promise<boolean> {
      const deleted = await db
        .delete(pushTokens)
        .where(and(eq(pushTokens.id, id), eq(pushTokens.userId, userId)))
        .returning({ id: pushTokens.id });
      return deleted.length > 0;
    },

    /** A token the push service says is gone. */
    async pruneToken(id: string): Promise<void> {
      await db.delete(pushTokens).where(eq(pushTokens.id, id));
    },

    async deleteAllTokens(userId: string): Promise<void> {
      await db.delete(pushTokens).where(eq(pushTokens.userId, userId));
    },

    async setTimeZone(userId: string, timeZone: string): Promise<void> {
      await db.update(users).set({ timeZone }).where(eq(users.id, userId));
    },

    /** Marks the report as announced; false when it already was (a retried job). */
    async claimReportNotice(sessionId: string, at: Date): Promise<boolean> {
      const claimed = await db
        .update(reports)
        .set({ notifiedAt: at })
        .where(and(eq(reports.sessionId, sessionId), isNull(reports.notifiedAt)))
        .returning({ id: reports.id });
      return claimed.length > 0;
    },

    /** Users with reminders on and a device, not reminded since `since`. */
    reminderCandidates(since: Date) {
      return db
        .selectDistinct({
          id: users.id,
          locale: users.locale,
          timeZone: users.timeZone,
        })
        .from(users)
        .innerJoin(pushTokens, eq(pushTokens.userId, users.id))
        .where(
          and(
            eq(users.notifyReminders, true),
            or(isNull(users.lastReminderAt), sql`${users.lastReminderAt} < ${since}`),
          ),
        );
    },

    /** Records a reminder, unless another process recorded one since `since`. */
    async claimReminder(userId: string, since: Date, at: Date): Promise<boolean> {
      const claimed = await db
        .update(users)
        .set({ lastReminderAt: at })
        .where(
          and(
            eq(users.id, userId),
            or(isNull(users.lastReminderAt), sql`${users.lastReminderAt} < ${since}`),
          ),
        )
        .returning({ id: users.id });
      return claimed.length > 0;
    },
  };
}
export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
