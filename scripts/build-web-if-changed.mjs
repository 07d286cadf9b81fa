// Builds the web app only when what it is made from changed since the last build: a content hash
// of its inputs (web-build-hash.mjs) is kept in the build output, which Vite empties on every
// build, so any other build also forces the next check to build. Decision 016.
//
//   node scripts/build-web-if-changed.mjs   (also called by start.mjs and prepare-at-install.mjs)
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { webBuildHash } from "./web-build-hash.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "apps", "web", "dist");
const stampFile = join(dist, ".build-stamp");

/** True when a build ran and succeeded, false when none was needed; throws when it failed. */
export function buildWebIfChanged() {
  const hash = webBuildHash(root);
  const built = existsSync(join(dist, "index.html")) && existsSync(stampFile);
  if (built && readFileSync(stampFile, "utf8").trim() === hash) return false;
  console.log("Building the web app (its sources changed since the last build)…");
  const build = spawnSync("npm", ["run", "build:web"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) throw new Error("The web build failed (npm run build:web).");
  writeFileSync(stampFile, `${hash}\n`);
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    buildWebIfChanged();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
