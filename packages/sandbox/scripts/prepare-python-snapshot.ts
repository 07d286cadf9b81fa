/**
 * Run at install (scripts/prepare-at-install.mjs): Pyodide's memory snapshot made now, in the
 * folder the server reads it from, so the first `npm start` loads it instead of making it while
 * the server starts. Prints what it did; a failure is left for the first start to retry.
 */
import { defaultCacheDir } from "../src/pool/cache-dir.ts";
import { pythonSnapshotSource } from "../src/pool/python-snapshot.ts";

const dir = process.env.SANDBOX_CACHE_DIR || defaultCacheDir;
const started = performance.now();
const { origin } = await pythonSnapshotSource(dir).get();
if (origin === "made")
  console.log(`Made Python's start-up snapshot in ${Math.round(performance.now() - started)} ms.`);
