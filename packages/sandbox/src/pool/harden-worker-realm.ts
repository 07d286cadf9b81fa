import { lockDownNodeModules } from "./lock-down-node-modules.ts";

/**
 * Removes what a sandbox escape would reach for inside a worker thread: Node's process, require,
 * networking and timers on the global object, and code generation from strings through eval and
 * every function constructor. Called after the engine has loaded and before any candidate code
 * runs; the worker keeps its own references to what it needs (the message port).
 */
export function hardenWorkerRealm(): void {
  lockDownNodeModules();
  const functionPrototypes = [
    Function.prototype,
    Object.getPrototypeOf(async () => {}),
    Object.getPrototypeOf(function* () {}),
    Object.getPrototypeOf(async function* () {}),
  ];
  for (const prototype of functionPrototypes) {
    Object.defineProperty(prototype, "constructor", {
      value: undefined,
      writable: false,
      configurable: false,
    });
  }
  const global = globalThis as Record<string, unknown>;
  for (const name of [
    "eval",
    "Function",
    "require",
    "process",
    "Buffer",
    "fetch",
    "WebSocket",
    "XMLHttpRequest",
    "EventSource",
    "Worker",
    "setTimeout",
    "setInterval",
    "setImmediate",
    "queueMicrotask",
    "structuredClone",
    "module",
    "exports",
    "__filename",
    "__dirname",
  ]) {
    try {
      Object.defineProperty(global, name, {
        value: undefined,
        writable: false,
        configurable: false,
      });
    } catch {
      // A property Node made non-configurable stays; the engine's own bridges are closed instead.
    }
  }
}
