// A fresh PGlite data folder costs initdb and every migration (about 4 s on 2 cores). The same
// result, made once at install from apps/api/drizzle and kept as a PGlite data folder, is what a
// new DATA_DIR starts from: `npm start` names it to the server (DATABASE_TEMPLATE), which copies
// it into the new folder before opening it. Keyed by PGlite's version and the migrations'
// content, so a new migration or PGlite means a new template (or, until the next install, none:
// then the server runs initdb and the migrations itself, as before). Decision 016.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";

function templatePath(root) {
  const migrations = join(root, "apps", "api", "drizzle");
  const hash = createHash("sha256");
  const files = readdirSync(migrations, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(migrations.length)).update(readFileSync(file));
  const manifest = join(root, "node_modules", "@electric-sql", "pglite", "package.json");
  const { version } = JSON.parse(readFileSync(manifest, "utf8"));
  const dir = join(root, "node_modules", ".cache", "mentara");
  return { dir, folder: join(dir, `pglite-${version}-${hash.digest("hex").slice(0, 12)}`) };
}

/** A finished template: PGlite writes PG_VERSION, and the folder gets its name only when done. */
const isTemplate = (folder) => existsSync(join(folder, "PG_VERSION"));

/**
 * Makes the template unless it exists: PGlite on a temporary folder, every migration, closed,
 * then renamed into place (a crash never leaves half a template). Older templates are deleted.
 */
export async function makeDatabaseTemplate(root) {
  const { dir, folder } = templatePath(root);
  if (isTemplate(folder)) return false;
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  mkdirSync(dir, { recursive: true });
  const temporary = `${folder}.${process.pid}.tmp`;
  rmSync(temporary, { recursive: true, force: true });
  const client = new PGlite(temporary);
  try {
    await migrate(drizzle(client), { migrationsFolder: join(root, "apps", "api", "drizzle") });
  } finally {
    await client.close();
  }
  try {
    renameSync(temporary, folder);
  } catch (error) {
    // Another install finished the same template first: keep theirs.
    rmSync(temporary, { recursive: true, force: true });
    if (!isTemplate(folder)) throw error;
  }
  for (const name of readdirSync(dir)) {
    const stale =
      name.startsWith("pglite-") && !name.endsWith(".tmp") && join(dir, name) !== folder;
    if (stale) rmSync(join(dir, name), { recursive: true, force: true });
  }
  return true;
}

/** The template made at install for these migrations and this PGlite, when there is one. */
export function databaseTemplate(root) {
  const { folder } = templatePath(root);
  return isTemplate(folder) ? folder : undefined;
}
