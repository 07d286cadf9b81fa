import "./use-jitless-zod.ts";
import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { makePythonSnapshot } from "../engines/pyodide/make-python-snapshot.ts";

const port = parentPort;
if (!port) throw new Error("snapshot-worker runs only inside a worker thread");
// Made once, behind a starting server: the server's own thread should win the CPU meanwhile.
try {
  setPriority(0, 10);
} catch {
  // Not permitted here; the snapshot is still made, only less politely.
}
const snapshot = await makePythonSnapshot();
port.postMessage(snapshot, [snapshot.buffer as ArrayBuffer]);
