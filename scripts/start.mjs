// `npm start`: the web build when its sources changed (usually done at install), then the API in
// this same process — tsx registered here rather than its CLI, which would start a second node.
import { register } from "tsx/esm/api";
import { buildWebIfChanged } from "./build-web-if-changed.mjs";

try {
  buildWebIfChanged();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
register();
await import("../apps/api/src/server.ts");
