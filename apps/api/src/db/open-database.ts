import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
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
 * given and readable (a PGlite data folder with the migrations applied, made at install:
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

/**
 * Written first when a new folder is filled from the template and deleted last: a start killed
 * while copying leaves a folder the next start fills again, rather than half a database.
 */
const fillingMarker = ".mentara-filling";

/** A folder PGlite has not made a database in: missing, empty, or a fill cut short. */
function isNewFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0 || existsSync(join(dir, fillingMarker));
}

/**
 * A plain recursive copy: Node's own `fs.cp` took 2.5 s for the template's ~1 000 files (an
 * await and several stats per file), this about a fifth of that.
 */
function copyFolder(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyFolder(join(from, entry.name), join(to, entry.name));
    else copyFileSync(join(from, entry.name), join(to, entry.name));
  }
}

function emptyFolder(dir: string): void {
  for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
}

/**
 * PGlite in memory or in `dataDir`; a new folder is first filled with a copy of the template (a
 * native copy of some 40 MB, where loading PGlite's tarball wrote each file through WebAssembly:
 * 1.5–2.5 s of a first start). A template that is missing or does not open is passed over: the
 * folder is emptied and PGlite makes a new database there, as without one.
 */
async function openPglite(dataDir: string, template: string | undefined): Promise<PGlite> {
  if (dataDir === "memory") return new PGlite();
  const fresh = isNewFolder(dataDir);
  mkdirSync(dataDir, { recursive: true });
  if (!fresh) return new PGlite(dataDir);
  emptyFolder(dataDir);
  if (!template) return new PGlite(dataDir);
  try {
    if (!existsSync(join(template, "PG_VERSION"))) throw new Error("not a PGlite data folder");
    writeFileSync(join(dataDir, fillingMarker), "");
    copyFolder(template, dataDir);
    rmSync(join(dataDir, fillingMarker));
    const client = new PGlite(dataDir);
    await client.waitReady;
    return client;
  } catch {
    emptyFolder(dataDir);
    return new PGlite(dataDir);
  }
}
