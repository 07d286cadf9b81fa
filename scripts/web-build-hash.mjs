// The content hash of everything the web build is made from: the web app's own files (not its
// build output, native projects or tests), the workspace packages it imports, the lockfile and
// the VITE_* settings Vite reads. Equal hashes mean an equal build.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const skippedFolders = new Set(["node_modules", "dist", "ios", "android", "e2e", "coverage"]);
const isTest = (name) => /\.test\.[cm]?[jt]sx?$/.test(name);

function filesUnder(root, folder) {
  const files = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) files.push(...filesUnder(root, path));
    } else if (entry.isFile() && !isTest(entry.name)) files.push(path);
  }
  return files;
}

/** The workspace packages a package depends on, transitively (`@mentara/*` → packages/*). */
function workspaceDependencies(root, packageDir, seen = new Set()) {
  const manifest = JSON.parse(readFileSync(join(packageDir, "package.json"), "utf8"));
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })) {
    if (!name.startsWith("@mentara/")) continue;
    const dir = join(root, "packages", name.slice("@mentara/".length));
    if (existsSync(dir) && !seen.has(dir)) {
      seen.add(dir);
      workspaceDependencies(root, dir, seen);
    }
  }
  return seen;
}

export function webBuildHash(root) {
  const webDir = join(root, "apps", "web");
  const folders = [webDir, ...workspaceDependencies(root, webDir)];
  const files = folders.flatMap((folder) => filesUnder(root, folder));
  files.push(join(root, "package-lock.json"), join(root, "tsconfig.base.json"));
  const hash = createHash("sha256");
  for (const file of files.filter((f) => existsSync(f)).sort()) {
    hash
      .update(`${relative(root, file)}\0`)
      .update(readFileSync(file))
      .update("\0");
  }
  const viteSettings = Object.entries(process.env).filter(([name]) => name.startsWith("VITE_"));
  hash.update(JSON.stringify(viteSettings.sort()));
  return hash.digest("hex");
}
