/**
 * `npm run diagnostics [days]`: the most frequent crash reports of the last `days` (7 by
 * default), from the web, the apps and the server, most frequent first. Reads the database the
 * server uses (DATABASE_URL, or PGlite in DATA_DIR: stop the server first, PGlite has one user).
 */
import { parseEnv } from "../src/config/env.ts";
import { openDatabase } from "../src/db/open-database.ts";
import { createDiagnosticsRepository } from "../src/features/diagnostics/diagnostics-repository.ts";

const days = Number(process.argv[2] ?? 7);
if (!Number.isFinite(days) || days <= 0) {
  console.error("Give the number of days to look back, such as: npm run diagnostics 7");
  process.exit(2);
}
const env = parseEnv(process.env);
const database = await openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR });
const since = new Date(Date.now() - days * 86_400_000);
const rows = await createDiagnosticsRepository(database.db).mostFrequent(since);
await database.close();

if (rows.length === 0) {
  console.log(`No crash reports in the last ${days} days.`);
} else {
  console.log(`Most frequent crash reports, last ${days} days (${database.kind}):\n`);
  for (const row of rows) {
    const last = new Date(row.lastSeen).toISOString().slice(0, 16).replace("T", " ");
    console.log(`${String(row.count).padStart(5)}×  ${row.source}/${row.kind}  ${row.route}`);
    console.log(`        last ${last} UTC  ${row.message.split("\n")[0]?.slice(0, 160)}\n`);
  }
}
