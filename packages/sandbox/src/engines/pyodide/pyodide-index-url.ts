import { createRequire } from "node:module";
import { dirname } from "node:path";

/**
 * Pyodide's own folder. Left to itself, Pyodide finds it from an error's stack trace, which a
 * host with source maps on (tsx) rewrites to paths that do not exist; so it is always given.
 */
export const pyodideIndexUrl = `${dirname(createRequire(import.meta.url).resolve("pyodide/pyodide.mjs"))}/`;
