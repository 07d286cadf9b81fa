import { asc, desc, eq } from "drizzle-orm";
import type { Database } from "../../../db/open-database.ts";
import { whiteboardSnapshots } from "../../../db/schema.ts";

export type WhiteboardRow = typeof whiteboardSnapshots.$inferSelect;

/** A session's whiteboard snapshots: the scene as drawn and its text description. */
export function createWhiteboardRepository(db: Database) {
  return {
    async latest(sessionId: string): Promise<WhiteboardRow | undefined> {
      const [row] = await db
        .select()
        .from(whiteboardSnapshots)
        .where(eq(whiteboardSnapshots.sessionId, sessionId))
        .orderBy(desc(whiteboardSnapshots.createdAt))
        .limit(1);
      return row;
    },

    list(sessionId: string): Promise<WhiteboardRow[]> {
      return db
        .select()
        .from(whiteboardSnapshots)
        .where(eq(whiteboardSnapshots.sessionId, sessionId))
        .orderBy(asc(whiteboardSnapshots.createdAt));
    },

    async insert(values: {
      sessionId: string;
      userId: string;
      scene: unknown;
      description: string;
    }): Promise<WhiteboardRow> {
      const [row] = await db.insert(whiteboardSnapshots).values(values).returning();
      if (!row) throw new Error("whiteboard insert returned nothing");
      return row;
    },

    /** Rewrites a recent snapshot in place, so steady drawing keeps a snapshot every few seconds. */
    async replace(id: string, values: { scene: unknown; description: string }) {
      const [row] = await db
        .update(whiteboardSnapshots)
        .set(values)
        .where(eq(whiteboardSnapshots.id, id))
        .returning();
      return row;
    },
  };
}
export type WhiteboardRepository = ReturnType<typeof createWhiteboardRepository>;
