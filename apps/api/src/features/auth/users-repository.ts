import { eq, sql } from "drizzle-orm";
import { isUniqueViolation } from "../../db/constraint-violations.ts";
import type { Database } from "../../db/open-database.ts";
import { users } from "../../db/schema.ts";

export type UserRow = typeof users.$inferSelect;

export function createUsersRepository(db: Database) {
  return {
    async insert(values: {
      email: string;
      passwordHash: string;
      birthYear: number;
    }): Promise<UserRow | undefined> {
      const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
      return row;
    },
    async findByEmail(email: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.email, email));
      return row;
    },
    async findById(id: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row;
    },
    async findByClerkId(clerkUserId: string): Promise<UserRow | undefined> {
      const [row] = await db.select().from(users).where(eq(users.clerkUserId, clerkUserId));
      return row;
    },
    /**
     * The internal user for a Clerk user, created on first sight (a token or a webhook, whichever
     * comes first); `email` is filled in or updated when known.
     */
    async upsertClerkUser(
      clerkUserId: string,
      fields: { email?: string | null; name?: string | null } = {},
    ) {
      const [row] = await db
        .insert(users)
        .values({ clerkUserId, ...fields })
        .onConflictDoUpdate({
          target: users.clerkUserId,
          set: Object.keys(fields).length > 0 ? fields : { clerkUserId },
        })
        .returning();
      if (!row) throw new Error("the Clerk user could not be stored");
      return row;
    },
    async update(
      id: string,
      fields: Partial<Omit<typeof users.$inferInsert, "id" | "createdAt">>,
    ): Promise<UserRow | undefined> {
      const [row] = await db.update(users).set(fields).where(eq(users.id, id)).returning();
      return row;
    },
    /** A new password hash, and a new token version: every token issued before stops working. */
    async changePassword(id: string, passwordHash: string): Promise<UserRow | undefined> {
      const [row] = await db
        .update(users)
        .set({ passwordHash, tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(eq(users.id, id))
        .returning();
      return row;
    },
    /** A new email; "taken" when another account already uses it. */
    async changeEmail(id: string, email: string): Promise<UserRow | "taken" | undefined> {
      try {
        const [row] = await db.update(users).set({ email }).where(eq(users.id, id)).returning();
        return row;
      } catch (error: unknown) {
        if (isUniqueViolation(error, "users_email_unique")) return "taken";
        throw error;
      }
    },
    /** Deletes the user; every table holding their data cascades from this row. */
    async delete(id: string): Promise<UserRow | undefined> {
      const [row] = await db.delete(users).where(eq(users.id, id)).returning();
      return row;
    },
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
