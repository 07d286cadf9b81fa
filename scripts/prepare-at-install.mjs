// `postinstall`: what `npm start` would otherwise do on its first run — the web build, the
// database template and the server bundle. No failure fails the install: `npm start` builds the
// web app and the bundle itself, without a template the server makes its database the slow way,
// and without a bundle it runs through tsx. Decision 016.
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
