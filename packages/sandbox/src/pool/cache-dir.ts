import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const pyodidePackage = createRequire(import.meta.url).resolve("pyodide/package.json");

/**
 * What the sandbox makes once and keeps (Pyodide's memory snapshot, the workers' bundle): beside
 * the installed packages, so a reinstall that changes them makes new ones. SANDBOX_CACHE_DIR
 * moves the snapshot elsewhere.
 */
export const defaultCacheDir = join(dirname(dirname(pyodidePackage)), ".cache", "mentara");
