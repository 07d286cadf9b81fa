import type { LocalLanguage, Verdict } from "../submission.ts";

/**
 * Programs a hostile candidate might submit, each with the verdict it must get. Every program is
 * called as `f(1)` and expected to return "contained" unless noted; a program that proves the
 * sandbox holds returns that value and passes, one that is stopped gets the stopping verdict.
 */
/** A file on the host that a program which escaped would create; the test checks it never appears. */
export const escapeMarker = "/tmp/mentara-sandbox-escape-marker";

export interface HostileProgram {
  name: string;
  language: LocalLanguage;
  code: string;
  verdict: Verdict;
}

const js = (name: string, verdict: Verdict, code: string): HostileProgram => ({
  name,
  language: "javascript",
  code,
  verdict,
});
const ts = (name: string, verdict: Verdict, code: string): HostileProgram => ({
  name,
  language: "typescript",
  code,
  verdict,
});
const py = (name: string, verdict: Verdict, code: string): HostileProgram => ({
  name,
  language: "python",
  code,
  verdict,
});

export const hostileCorpus: HostileProgram[] = [
  js(
    "reads a file with require",
    "error",
    `function f() { return require("fs").readFileSync("/etc/passwd", "utf8"); }`,
  ),
  js(
    "imports fs dynamically",
    "error",
    `function f() { return import("node:fs").then((fs) => fs.readFileSync("/etc/passwd", "utf8")); }`,
  ),
  js(
    "reads env vars through process",
    "error",
    `function f() { return process.env.MENTARA_HOST_SECRET; }`,
  ),
  js(
    "finds no host globals",
    "passed",
    `function f() {
      const names = ["process", "require", "fetch", "WebSocket", "XMLHttpRequest", "std", "os", "Deno", "Bun", "setTimeout"];
      return names.every((n) => typeof globalThis[n] === "undefined") ? "contained" : "escaped";
    }`,
  ),
  js(
    "climbs constructor.constructor to the global object",
    "passed",
    `function f() {
      const g = (function () {}).constructor.constructor("return this")();
      return typeof g.process === "undefined" && typeof g.require === "undefined" ? "contained" : "escaped";
    }`,
  ),
  js(
    "spawns a process",
    "error",
    `function f() { return require("child_process").execSync("id > ${escapeMarker}").toString(); }`,
  ),
  js(
    "opens a socket with fetch",
    "error",
    `function f() { return fetch("http://127.0.0.1:5432/"); }`,
  ),
  js(
    "opens a WebSocket",
    "error",
    `function f() { return new WebSocket("ws://127.0.0.1:6379/"); }`,
  ),
  js(
    "pollutes Object.prototype for the next candidate",
    "passed",
    `Object.prototype.polluted = "yes"; Array.prototype.includes = () => true;
     function f() { return "contained"; }`,
  ),
  js(
    "forges its result by replacing JSON.stringify",
    "failed",
    `JSON.stringify = () => '"contained"'; function f() { return "forged"; }`,
  ),
  js("loops forever", "timeout", `function f() { while (true) {} }`),
  js(
    "catches the interrupt and loops on",
    "timeout",
    `function f() { for (;;) { try { for (;;) {} } catch (e) {} finally { for (;;) {} } } }`,
  ),
  js("recurses without end", "error", `function f(n) { return f(n + 1) + 1; }`),
  js(
    "allocates typed arrays until memory runs out",
    "memory_limit",
    `function f() { const keep = []; for (;;) keep.push(new Float64Array(1 << 20)); }`,
  ),
  js(
    "asks for one enormous buffer",
    "memory_limit",
    `function f() { return new ArrayBuffer(2 ** 30).byteLength; }`,
  ),
  js("doubles a string without end", "error", `function f() { let s = "x"; for (;;) s += s; }`),
  js(
    "materialises a huge string",
    "memory_limit",
    `function f() { let s = "xy"; for (;;) { s += s; s.charCodeAt(s.length - 1); s.split(""); } }`,
  ),
  js(
    "floods the console",
    "output_limit",
    `function f() { for (;;) console.log("flood flood flood"); }`,
  ),
  js(
    "blocks the thread with Atomics.wait",
    "error",
    `function f() { return Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); }`,
  ),
  js(
    "schedules work for later",
    "error",
    `function f() { setTimeout(() => { for (;;) {} }, 0); return "contained"; }`,
  ),
  ts(
    "reads env vars from TypeScript",
    "error",
    `declare const process: { env: Record<string, string> };
     export function f(): string { return process.env.MENTARA_HOST_SECRET; }`,
  ),
  ts(
    "imports fs from TypeScript",
    "error",
    `import fs from "fs";\nexport function f(): string { return fs.readFileSync("/etc/passwd", "utf8"); }`,
  ),
  ts(
    "loops forever in TypeScript",
    "timeout",
    `export function f(n: number): number { while (n > 0) {} return n; }`,
  ),
  ts(
    "reaches the global object through a typed constructor",
    "passed",
    `export function f(): string {
      const make = (Object as unknown as { constructor: FunctionConstructor }).constructor;
      const g = make("return this")() as Record<string, unknown>;
      return g.process === undefined ? "contained" : "escaped";
    }`,
  ),
  py("reads a file with open", "error", `def f(x):\n    return open("/etc/passwd").read()`),
  py(
    "imports os to run a command",
    "error",
    `import os\ndef f(x):\n    return os.popen("id > ${escapeMarker}").read()`,
  ),
  py(
    "imports subprocess",
    "error",
    `import subprocess\ndef f(x):\n    return subprocess.check_output(["id"]).decode()`,
  ),
  py(
    "imports socket",
    "error",
    `import socket\ndef f(x):\n    s = socket.create_connection(("127.0.0.1", 5432))\n    return "escaped"`,
  ),
  py("imports ctypes", "error", `import ctypes\ndef f(x):\n    return str(ctypes.CDLL(None))`),
  py("imports js", "error", `import js\ndef f(x):\n    return js.process.env.MENTARA_HOST_SECRET`),
  py(
    "imports pyodide's run_js",
    "error",
    `from pyodide.code import run_js\ndef f(x):\n    return run_js("process.env")`,
  ),
  py(
    "reads env vars through a module it did not import",
    "passed",
    `import sys\ndef f(x):\n    env = sys.modules["os"].environ\n    return "escaped" if "MENTARA_HOST_SECRET" in env else "contained"`,
  ),
  py(
    "runs a shell through the real __import__",
    "passed",
    `import sys\ndef f(x):\n    os = sys.modules["builtins"].__import__("os")\n    try:\n        code = os.system("id > ${escapeMarker}")\n    except OSError:\n        return "contained"\n    return "contained" if code != 0 else "escaped"`,
  ),
  py(
    "hunts JavaScript proxies through the garbage collector",
    "passed",
    `import sys
def f(x):
    gc = sys.modules["gc"]
    for obj in gc.get_objects():
        if "Js" not in type(obj).__name__:
            continue
        try:
            ctor = obj.constructor.constructor
            if ctor is not None and ctor("return typeof process")() != "undefined":
                return "escaped"
        except Exception:
            pass
    return "contained"`,
  ),
  py("loops forever", "timeout", `def f(x):\n    while True:\n        pass`),
  py(
    "catches the timeout exception and loops on",
    "timeout",
    `def f(x):\n    while True:\n        try:\n            while True:\n                pass\n        except BaseException:\n            pass`,
  ),
  py(
    "recurses without end after raising the limit",
    "error",
    `import sys\nsys.setrecursionlimit(10**9)\ndef f(x):\n    return f(x + 1) + 1`,
  ),
  py("allocates a huge list", "memory_limit", `def f(x):\n    return len([0] * 10**9)`),
  py(
    "allocates buffers until memory runs out",
    "memory_limit",
    `def f(x):\n    keep = []\n    while True:\n        keep.append(bytearray(10**7))`,
  ),
  py(
    "floods stdout",
    "output_limit",
    `def f(x):\n    while True:\n        print("flood flood flood")`,
  ),
  py(
    "catches the output limit and prints on",
    "output_limit",
    `def f(x):\n    while True:\n        try:\n            print("x" * 1000)\n        except BaseException:\n            pass`,
  ),
  py(
    "patches the standard library for the next candidate",
    "passed",
    `import json\njson.dumps = lambda *a, **k: '"hijacked"'\ndef f(x):\n    return "contained"`,
  ),
  py(
    "ignores SIGINT to dodge the timeout",
    "timeout",
    `import sys\nsignal = sys.modules["signal"]\nsignal.signal(signal.SIGINT, signal.SIG_IGN)\ndef f(x):\n    while True:\n        pass`,
  ),
  py(
    "imports asyncio to reach the event loop",
    "error",
    `import asyncio\ndef f(x):\n    return "escaped"`,
  ),
];
