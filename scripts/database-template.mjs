// A fresh PGlite data folder costs initdb and every migration (about 4 s on 2 cores). The same
// result, made once at install from apps/api/drizzle and kept as PGlite's own tarball, is what a
// new DATA_DIR starts from: `npm start` names it to the server (DATABASE_TEMPLATE), which loads
// it as it opens the folder. Keyed by PGlite's version and the migrations' content, so a new
// migration or PGlite means a new template (or, until the next install, none: then the server
// runs initdb and the migrations itself, as before). Decision 016.
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
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
  return { dir, file: join(dir, `pglite-${version}-${hash.digest("hex").slice(0, 12)}.tar.gz`) };
}

/** Makes the template unless it exists: an in-memory PGlite, every migration, then its tarball. */
export async function makeDatabaseTemplate(root) {
  const { dir, file } = templatePath(root);
  if (existsSync(file)) return false;
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = new PGlite();
  try {
    await migrate(drizzle(client), { migrationsFolder: join(root, "apps", "api", "drizzle") });
    const tarball = Buffer.from(await (await client.dumpDataDir("gzip")).arrayBuffer());
    mkdirSync(dir, { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, tarball);
    renameSync(temporary, file);
    for (const name of readdirSync(dir)) {
      if (name.startsWith("pglite-") && name.endsWith(".tar.gz") && join(dir, name) !== file)
        rmSync(join(dir, name), { force: true });
    }
    return true;
  } finally {
    await client.close();
  }
}

/** The template made at install for these migrations and this PGlite, when there is one. */
export function databaseTemplate(root) {
  const { file } = templatePath(root);
  return existsSync(file) ? file : undefined;
}
