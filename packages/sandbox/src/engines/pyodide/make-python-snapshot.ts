import { readFileSync } from "node:fs";
import { loadPyodide } from "pyodide";
import { pyodideIndexUrl } from "./pyodide-index-url.ts";

/** The Python that runs before the snapshot; part of the snapshot file's name (its key). */
export const snapshotPreludeSource = readFileSync(
  new URL("./snapshot-prelude.py", import.meta.url),
  "utf8",
);

/**
 * A memory snapshot of a fresh Pyodide with the harness's standard-library imports done. Runs in
 * its own worker that then exits: a snapshot is never taken of an interpreter that ran candidate
 * code, so every worker born from it starts from the same clean state.
 */
export async function makePythonSnapshot(): Promise<Uint8Array> {
  const pyodide = await loadPyodide({
    indexURL: pyodideIndexUrl,
    stdout: () => {},
    stderr: () => {},
    env: {},
    _makeSnapshot: true,
  });
  pyodide.runPython(snapshotPreludeSource);
  return pyodide.makeMemorySnapshot();
}
