// `npm start`: the web build when its sources changed (usually done at install), the database
// template made at install named for a new PGlite DATA_DIR, then the API in this same process
// from its bundle (server-bundle.mjs, usually made at install), or through tsx when no bundle can
// be made. Decision 016.
import { fileURLToPath } from "node:url";
import { buildWebIfChanged } from "./build-web-if-changed.mjs";
import { databaseTemplate } from "./database-template.mjs";
import { serverBundle } from "./server-bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
let server;
try {
  buildWebIfChanged();
  // The server uses it only for a DATA_DIR that is new (decision 016).
  const template = databaseTemplate(root);
  if (template && !process.env.DATABASE_TEMPLATE) process.env.DATABASE_TEMPLATE = template;
  server = await serverBundle(root).catch((error) => {
    console.error("Starting through tsx (no server bundle):", error.message ?? error);
    return undefined;
  });
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
