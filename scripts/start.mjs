// `npm start`: the web build when its sources changed (usually done at install), a new PGlite
// DATA_DIR filled from the database template made at install, then the API in this same process
// from its bundle (server-bundle.mjs, usually made at install), or through tsx when no bundle can
// be made. Decision 016.
import { fileURLToPath } from "node:url";
import { buildWebIfChanged } from "./build-web-if-changed.mjs";
import { seedDataDir } from "./database-template.mjs";
import { serverBundle } from "./server-bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
let server;
try {
  buildWebIfChanged();
  // DATA_DIR's default is the server's own (apps/api/src/config/env.ts); a bad value is left for
  // the server to refuse with its message.
  const dataDir = process.env.DATA_DIR || "./data";
  [server] = await Promise.all([
    serverBundle(root).catch((error) => {
      console.error("Starting through tsx (no server bundle):", error.message ?? error);
      return undefined;
    }),
    process.env.DATABASE_URL ? false : seedDataDir(root, dataDir).catch(() => false),
  ]);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
if (server) await import(server.href);
else {
  // tsx registered here rather than its CLI, which would start a second node.
  const { register } = await import("tsx/esm/api");
  register();
  await import("../apps/api/src/server.ts");
}
