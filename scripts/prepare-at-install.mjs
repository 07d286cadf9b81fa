// `postinstall`: what `npm start` would otherwise do on its first run — the web build, the
// database template, the server bundle and Python's start-up snapshot. No failure fails the
// install: `npm start` builds the web app and the bundle itself, without a template the server
// makes its database the slow way, without a bundle it runs through tsx, and without a snapshot
// the first start makes it. Decision 016.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildWebIfChanged } from "./build-web-if-changed.mjs";
import { makeDatabaseTemplate } from "./database-template.mjs";
import { serverBundle } from "./server-bundle.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
try {
  buildWebIfChanged();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  console.error("npm start will try the web build again.");
}
try {
  await makeDatabaseTemplate(root);
} catch (error) {
  console.error("No database template:", error instanceof Error ? error.message : error);
}
try {
  await serverBundle(root);
} catch (error) {
  console.error("No server bundle:", error instanceof Error ? error.message : error);
}
const snapshot = spawnSync(
  process.execPath,
  ["--import", "tsx", "packages/sandbox/scripts/prepare-python-snapshot.ts"],
  { cwd: root, stdio: "inherit" },
);
if (snapshot.status !== 0) console.error("No Python snapshot yet: the first start makes it.");
