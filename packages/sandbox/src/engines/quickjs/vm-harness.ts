/**
 * Source evaluated inside each fresh QuickJS context before the candidate's code. It installs a
 * console that writes through one host function and returns the functions the host calls for
 * each test. It keeps its own references to JSON so later tampering by candidate code only
 * affects that candidate's own run. \`mark(0)\` and \`mark(1)\` bracket the candidate's own call, so the
 * work measured leaves out turning the test's JSON into lists and trees and back.
 */
export const vmHarnessSource = String.raw`(function (write, readLine, markWork) {
  "use strict";
  // Piston's driver does not measure work: it passes no marker.
  const mark = typeof markWork === "function" ? markWork : function () {};
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
  const maxNodes = 4194304; // 2^22: room for the largest measured inputs (2^20) and their trees
  class ListNode {
    constructor(val = 0, next = null) { this.val = val; this.next = next; }
  }
  class TreeNode {
    constructor(val = 0, left = null, right = null) { this.val = val; this.left = left; this.right = right; }
  }
  function toList(values) {
    let head = null;
    for (let i = values.length - 1; i >= 0; i--) head = new ListNode(values[i], head);
    return head;
  }
  function fromList(node) {
    const out = [];
    for (; node; node = node.next) {
      if (out.length >= maxNodes) throw new Error("the returned list has a cycle or more than " + maxNodes + " nodes");
      out.push(node.val);
    }
    return out;
  }
  function toTree(values) {
    if (!values.length || values[0] === null) return null;
    const root = new TreeNode(values[0]);
    const queue = [root];
    let i = 1;
    for (let head = 0; head < queue.length && i < values.length; head++) {
      const node = queue[head];
      for (const side of ["left", "right"]) {
        if (i >= values.length) break;
        const value = values[i++];
        if (value !== null) { node[side] = new TreeNode(value); queue.push(node[side]); }
      }
    }
    return root;
  }
  function fromTree(root) {
    const out = [];
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      if (queue.length > maxNodes) throw new Error("the returned tree has a cycle or more than " + maxNodes + " nodes");
      const node = queue[head];
      if (node) { out.push(node.val); queue.push(node.left, node.right); } else out.push(null);
    }
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  }
  const into = { list: toList, tree: toTree };
  const outOf = { list: fromList, tree: fromTree };
  globalThis.ListNode = ListNode;
  globalThis.TreeNode = TreeNode;
  globalThis.console = { log: print, info: print, warn: print, error: print, debug: print };
  globalThis.print = print;
  globalThis.readline = function () { return readLine(); };
  return {
    callFunction(fn, argsJson, adaptersJson) {
      const adapters = parse(adaptersJson);
      const shapes = adapters.args || [];
      const args = parse(argsJson).map((value, i) => (shapes[i] ? into[shapes[i]](value) : value));
      mark(0);
      const result = fn(...args);
      mark(1);
      return toJson(adapters.returns ? outOf[adapters.returns](result) : result);
    },
    callClass(Cls, callsJson) {
      const calls = parse(callsJson);
      const results = [null];
      mark(0);
      const instance = new Cls(...calls[0].slice(1));
      for (let i = 1; i < calls.length; i++) {
        const [method, ...args] = calls[i];
        if (typeof instance[method] !== "function") {
          throw new TypeError(Cls.name + " has no method " + method);
        }
        const value = instance[method](...args);
        results.push(value === undefined ? null : value);
      }
      mark(1);
      return toJson(results);
    },
  };
})`;
