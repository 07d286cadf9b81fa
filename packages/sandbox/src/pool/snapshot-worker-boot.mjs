// The worker that makes Pyodide's memory snapshot; like engine-worker-boot, registers tsx first.
import { register } from "tsx/esm/api";

register();
await import("./snapshot-worker.ts");
