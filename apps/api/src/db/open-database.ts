import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "./schema.ts";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface OpenDatabase {
  db: Database;
  kind: "pglite" | "postgres";
  /** Plain SQL with positional parameters (the job queue's access); several statements without. */
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** Runs a trivial query; false when the database does not answer. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL("../../drizzle", import.meta.url));

/**
 * PostgreSQL when a URL is given, otherwise embedded PGlite: in `dataDir` (kept across restarts)
 * or in memory when `dataDir` is "memory". Migrations are applied before it is returned.
 */
export async function openDatabase(options: {
  url?: string;
  dataDir: string;
}): Promise<OpenDatabase> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle connection the server drops (a restart, a forced disconnect) is replaced by the pool
    // on the next query; without a listener the error would crash the process.
    pool.on("error", () => {});
    const db = drizzleNodePostgres(pool, { schema });
    await migrateNodePostgres(db, { migrationsFolder });
    return {
      db,
      kind: "postgres",
      executeSql: async (text, values) => ({ rows: (await pool.query(text, values)).rows }),
      ping: () =>
        pool.query("select 1").then(
          () => true,
          () => false,
        ),
      close: () => pool.end(),
    };
  }
  if (options.dataDir !== "memory") mkdirSync(options.dataDir, { recursive: true });
  const client = options.dataDir === "memory" ? new PGlite() : new PGlite(options.dataDir);
  const db = drizzlePglite(client, { schema });
  await migratePglite(db, { migrationsFolder });
  return {
    db,
    kind: "pglite",
    async executeSql(text, values) {
      if (values?.length) return { rows: (await client.query(text, values)).rows };
      const results = await client.exec(text);
      return { rows: results.at(-1)?.rows ?? [] };
    },
    ping: () =>
      client.query("select 1").then(
        () => true,
        () => false,
      ),
    close: () => client.close(),
  };
}
