import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defaultCacheDir } from "./cache-dir.ts";

const sourceRoot = fileURLToPath(new URL("..", import.meta.url));
const domainRoot = fileURLToPath(new URL("../../../domain/src", import.meta.url));
const entries = {
  engine: fileURLToPath(new URL("./engine-worker.ts", import.meta.url)),
  snapshot: fileURLToPath(new URL("./snapshot-worker.ts", import.meta.url)),
};
const bootFiles = {
  engine: new URL("./engine-worker-boot.mjs", import.meta.url),
  snapshot: new URL("./snapshot-worker-boot.mjs", import.meta.url),
};
export type WorkerKind = keyof typeof entries;

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith(".test.ts"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

let pending: Promise<Record<WorkerKind, URL>> | undefined;

/**
 * The file a worker thread starts from. Through tsx, every worker registered its own module
 * hooks thread and loaded each TypeScript module through it: most of a worker's start. So the
 * workers' TypeScript (this package and domain) is bundled once into plain JavaScript, keyed by
 * a hash of those sources; packages stay imports, resolved from node_modules as before. The
 * bundle keeps each source file's own `import.meta.url`, so the harness's `.py` files are found
 * where they are. Without esbuild (it comes with tsx), or when the bundle cannot be written, the
 * tsx boot files are used as before.
 */
export function workerEntries(): Promise<Record<WorkerKind, URL>> {
  pending ??= bundle().catch(() => bootFiles);
  return pending;
}

async function bundle(): Promise<Record<WorkerKind, URL>> {
  const hash = createHash("sha256");
  for (const file of [...sourceFiles(sourceRoot), ...sourceFiles(domainRoot)])
    hash.update(file).update(readFileSync(file));
  const dir = join(defaultCacheDir, `workers-${hash.digest("hex").slice(0, 12)}`);
  const outputs = {
    engine: pathToFileURL(join(dir, "engine-worker.mjs")),
    snapshot: pathToFileURL(join(dir, "snapshot-worker.mjs")),
  };
  if (existsSync(fileURLToPath(outputs.engine)) && existsSync(fileURLToPath(outputs.snapshot)))
    return outputs;
  const { build } = await import("esbuild");
  const temporary = `${dir}.${process.pid}.tmp`;
  await mkdir(temporary, { recursive: true });
  await build({
    entryPoints: { "engine-worker": entries.engine, "snapshot-worker": entries.snapshot },
    outdir: temporary,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // Each engine in its own chunk, loaded by the dynamic import that picks it: without splitting,
    // the bundle hoisted every engine's package imports (sucrase, QuickJS) into every worker.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    logLevel: "silent",
    plugins: [
      {
        name: "mentara-worker-sources",
        setup(builder) {
          // Our own TypeScript is bundled; every other package stays an import.
          builder.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path.startsWith("@mentara/") ? undefined : { path: args.path, external: true },
          );
          builder.onLoad({ filter: /\.ts$/ }, async (args) => ({
            contents: (await readFile(args.path, "utf8")).replaceAll(
              "import.meta.url",
              JSON.stringify(pathToFileURL(args.path).href),
            ),
            loader: "ts",
            resolveDir: dirname(args.path),
          }));
        },
      },
    ],
  });
  await rm(dir, { recursive: true, force: true });
  await rename(temporary, dir).catch(async (error: unknown) => {
    // Another process finished the same bundle first: use theirs.
    await rm(temporary, { recursive: true, force: true });
    if (!existsSync(fileURLToPath(outputs.engine))) throw error;
  });
  return outputs;
}
