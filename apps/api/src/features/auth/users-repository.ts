import { eq } from "drizzle-orm";
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
  };
}
export type UsersRepository = ReturnType<typeof createUsersRepository>;
