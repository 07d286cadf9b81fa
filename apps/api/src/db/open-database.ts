import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
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
 * or in memory when `dataDir` is "memory". A new `dataDir` starts from `template` when one is
 * given and readable (a PGlite data folder's tarball with the migrations applied, made at install:
 * decision 016). Migrations are applied before it is returned.
 */
export async function openDatabase(options: {
  url?: string;
  dataDir: string;
  template?: string | undefined;
}): Promise<OpenDatabase> {
  if (options.url) {
    // Loaded only for PostgreSQL: the embedded default starts without them.
    const [{ default: pg }, { drizzle: drizzleNodePostgres }, { migrate: migrateNodePostgres }] =
      await Promise.all([
        import("pg"),
        import("drizzle-orm/node-postgres"),
        import("drizzle-orm/node-postgres/migrator"),
      ]);
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
  const client = await openPglite(options.dataDir, options.template);
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

/** A folder PGlite has not made a database in: missing or empty. */
function isNewFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/**
 * PGlite in memory or in `dataDir`; a new folder is filled from the template in the same start
 * (one PGlite start instead of two). A template that cannot be read or loaded is passed over:
 * the folder is emptied and PGlite makes a new database there, as without one.
 */
async function openPglite(dataDir: string, template: string | undefined): Promise<PGlite> {
  if (dataDir === "memory") return new PGlite();
  const fresh = template && isNewFolder(dataDir);
  const tarball = fresh ? await readFile(template).catch(() => undefined) : undefined;
  mkdirSync(dataDir, { recursive: true });
  if (!tarball) return new PGlite(dataDir);
  try {
    const client = new PGlite(dataDir, { loadDataDir: new Blob([tarball]) });
    await client.waitReady;
    return client;
  } catch {
    for (const name of readdirSync(dataDir)) rmSync(join(dataDir, name), { recursive: true });
    return new PGlite(dataDir);
  }
}
