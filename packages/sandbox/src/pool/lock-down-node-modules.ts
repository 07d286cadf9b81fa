import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Node's built-in modules that reach outside the worker. Engines keep module-scoped references to
 * some of them (Pyodide's `system()` calls child_process.spawnSync), so removing globals is not
 * enough: every function these modules export is replaced, in this worker's realm only, with one
 * that refuses. Called once the engine has loaded everything it needs from disk.
 */
const dangerousModules = [
  "node:child_process",
  "node:fs",
  "node:net",
  "node:tls",
  "node:dgram",
  "node:dns",
  "node:http",
  "node:https",
  "node:http2",
  "node:os",
  "node:vm",
  "node:inspector",
  "node:cluster",
  "node:module",
  "node:worker_threads",
  "node:v8",
];

export function lockDownNodeModules(): void {
  // Load them all before changing any: Node's own modules extend each other's classes on load.
  const loaded = dangerousModules.map((name) => [name, require(name)] as const);
  for (const [name, exports] of loaded) {
    if (typeof exports === "object" && exports !== null) refuseAll(exports, name);
  }
}

function refuseAll(exports: Record<string, unknown>, name: string): void {
  for (const key of Object.keys(exports)) {
    const value = exports[key];
    if (name === "node:worker_threads" && key !== "Worker") continue;
    if (typeof value === "function") {
      const descriptor = Object.getOwnPropertyDescriptor(exports, key);
      // Lazy getters (net.BlockList and the like) hand out classes with no reach of their own.
      if (descriptor && "value" in descriptor) exports[key] = refusal(name, key);
    } else if (key === "promises" && typeof value === "object" && value !== null) {
      refuseAll(value as Record<string, unknown>, `${name}/promises`);
    }
  }
}

function refusal(name: string, key: string) {
  if (name === "node:child_process" && key === "spawnSync") {
    // Emscripten's system() reads the status; a failed spawn becomes a non-zero exit, not a crash.
    return () => ({ status: 127, signal: null, error: new Error("not available in the sandbox") });
  }
  return () => {
    throw new Error(`${name.slice(5)}.${key} is not available in Mentara's sandbox`);
  };
}
