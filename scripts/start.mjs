// `npm start`: the web build when its sources changed (usually done at install), a new PGlite
// DATA_DIR filled from the database template made at install, then the API in this same process
// — tsx registered here rather than its CLI, which would start a second node. Decision 016.
import { fileURLToPath } from "node:url";
import { register } from "tsx/esm/api";
import { buildWebIfChanged } from "./build-web-if-changed.mjs";
import { seedDataDir } from "./database-template.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
try {
  buildWebIfChanged();
  // DATA_DIR's default is the server's own (apps/api/src/config/env.ts); a bad value is left for
  // the server to refuse with its message.
  const dataDir = process.env.DATA_DIR || "./data";
  if (!process.env.DATABASE_URL) await seedDataDir(root, dataDir).catch(() => false);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
register();
await import("../apps/api/src/server.ts");
