/**
 * Emscripten grows its heap through `WebAssembly.Memory.prototype.grow` and treats a throw as
 * "out of memory" (Python then raises MemoryError). Installed in a worker before the engine loads;
 * `limitBytes` is set once loading is done.
 */
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}
// The TypeScript lib for Node declares WebAssembly's types but not its Memory constructor.
declare const WebAssembly: { Memory: { prototype: WasmMemory } };

export interface WasmMemoryCap {
  limitBytes: number;
  /** How many times growth was refused since the limit was last set. */
  readonly refusals: number;
}

export function installWasmMemoryCap(): WasmMemoryCap {
  const cap = { limitBytes: Number.POSITIVE_INFINITY, refusals: 0 };
  const grow = WebAssembly.Memory.prototype.grow;
  WebAssembly.Memory.prototype.grow = function cappedGrow(this: WasmMemory, pages: number) {
    const next = this.buffer.byteLength + pages * 65_536;
    if (next > cap.limitBytes) {
      cap.refusals++;
      throw new RangeError("Mentara sandbox memory limit");
    }
    return grow.call(this, pages);
  };
  return {
    get limitBytes() {
      return cap.limitBytes;
    },
    set limitBytes(value: number) {
      cap.limitBytes = value;
      cap.refusals = 0;
    },
    get refusals() {
      return cap.refusals;
    },
  };
}
