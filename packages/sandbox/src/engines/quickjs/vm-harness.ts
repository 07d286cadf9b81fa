/**
 * Source evaluated inside each fresh QuickJS context before the candidate's code. It installs a
 * console that writes through one host function and returns the functions the host calls for
 * each test. It keeps its own references to JSON so later tampering by candidate code only
 * affects that candidate's own run.
 */
export const vmHarnessSource = String.raw`(function (write, readLine) {
  "use strict";
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const NativePromise = Promise;
  function replacer(_key, value) {
    if (value === undefined) return null;
    if (typeof value === "bigint") return Number(value);
    if (typeof value === "number" && !Number.isFinite(value)) return String(value);
    if (value instanceof Map) return Object.fromEntries(value);
    if (value instanceof Set) return Array.from(value);
    return value;
  }
  function format(value) {
    if (typeof value === "string") return value;
    try {
      const text = stringify(value, replacer);
      return text === undefined ? String(value) : text;
    } catch (e) {
      return String(value);
    }
  }
  function print(...args) {
    write(args.map(format).join(" ") + "\n");
  }
  function toJson(value) {
    if (value instanceof NativePromise) {
      throw new TypeError("the entry returned a Promise; return the value itself");
    }
    const text = stringify(value === undefined ? null : value, replacer);
    return text === undefined ? "null" : text;
  }
  globalThis.console = { log: print, info: print, warn: print, error: print, debug: print };
  globalThis.print = print;
  globalThis.readline = function () { return readLine(); };
  return {
    callFunction(fn, argsJson) {
      return toJson(fn(...parse(argsJson)));
    },
    callClass(Cls, callsJson) {
      const calls = parse(callsJson);
      const results = [null];
      const instance = new Cls(...calls[0].slice(1));
      for (let i = 1; i < calls.length; i++) {
        const [method, ...args] = calls[i];
        if (typeof instance[method] !== "function") {
          throw new TypeError(Cls.name + " has no method " + method);
        }
        const value = instance[method](...args);
        results.push(value === undefined ? null : value);
      }
      return toJson(results);
    },
  };
})`;
