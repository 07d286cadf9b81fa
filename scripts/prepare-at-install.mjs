// `postinstall`: what `npm start` would otherwise do on its first run — the web build and the
// database template. Neither failure fails the install: `npm start` builds the web app itself,
// and without a template the server makes its database the slow way. Decision 016.
import { fileURLToPath } from "node:url";
import { buildWebIfChanged } from "./build-web-if-changed.mjs";
import { makeDatabaseTemplate } from "./database-template.mjs";

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
