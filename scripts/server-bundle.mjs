// The server as one plain JavaScript file, so `npm start` does not transpile ~400 TypeScript
// modules through tsx on every start (about 4 s here, more on a first start with tsx's cache
// empty). Our own TypeScript (apps/api and the workspace packages) is bundled by esbuild; every
// other package stays an import, resolved from the root node_modules as before. Each source file
// keeps its own `import.meta.url`, so files found beside it (migrations, the question bank, the
// sandbox's workers) are found where they are. Keyed by a hash of those sources, their packages'
// manifests, the lockfile and this script; made at install and by the first start after a change.
// Decision 016.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const skipped = /(^|[/\\])node_modules([/\\]|$)|\.test\.ts$/;

function sourceFiles(folder) {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .filter((file) => !skipped.test(file.slice(folder.length)))
    .sort();
}

function bundlePaths(root) {
  const folders = [
    join(root, "apps", "api", "src"),
    ...readdirSync(join(root, "packages")).map((name) => join(root, "packages", name, "src")),
  ];
  const hash = createHash("sha256");
  // Each package's manifest too: its exports decide what an import resolves to.
  const manifests = folders.map((folder) => join(folder, "..", "package.json"));
  for (const file of [
    ...folders.flatMap(sourceFiles),
    ...manifests,
    join(root, "package-lock.json"),
    fileURLToPath(import.meta.url), // how it is bundled
  ])
    hash.update(file.slice(root.length)).update(readFileSync(file));
  const cache = join(root, "node_modules", ".cache", "mentara");
  const dir = join(cache, `server-${hash.digest("hex").slice(0, 12)}`);
  return { cache, dir, file: join(dir, "server.mjs") };
}

/**
 * The bundled server's file URL, made now when the sources changed since it was last made.
 * Throws when esbuild is missing or the bundle cannot be made; the caller then uses tsx.
 */
export async function serverBundle(root) {
  const { cache, dir, file } = bundlePaths(root);
  if (existsSync(file)) return pathToFileURL(file);
  const { build } = await import("esbuild");
  const temporary = `${dir}.${process.pid}.tmp`;
  await build({
    entryPoints: { server: join(root, "apps", "api", "src", "server.ts") },
    outdir: temporary,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // What is imported only when configured (a provider, Clerk, PostgreSQL, Piston) goes in its
    // own chunk with its packages' imports, loaded when first needed.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
    plugins: [
      {
        name: "mentara-own-sources",
        setup(builder) {
          builder.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith("@mentara/") ? undefined : { path: args.path, external: true },
          );
          builder.onLoad({ filter: /\.ts$/ }, async (args) => ({
            // Not inside quotes: the sandbox's worker bundler names the expression in a string.
            contents: (await readFile(args.path, "utf8")).replace(
              /(?<!["'`])\bimport\.meta\.url\b(?!["'`])/g,
              JSON.stringify(pathToFileURL(args.path).href),
            ),
            loader: "ts",
            resolveDir: dirname(args.path),
          }));
        },
      },
    ],
  });
  // Older bundles are of sources that are gone.
  mkdirSync(cache, { recursive: true });
  for (const name of readdirSync(cache))
    if (/^server-[0-9a-f]{12}$/.test(name)) rmSync(join(cache, name), { recursive: true });
  try {
    renameSync(temporary, dir);
  } catch (error) {
    // Another start finished the same bundle first: use theirs.
    rmSync(temporary, { recursive: true, force: true });
    if (!existsSync(file)) throw error;
  }
  return pathToFileURL(file);
}
