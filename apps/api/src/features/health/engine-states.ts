import type { EngineStates } from "@mentara/sandbox/create-sandbox";

let read: (() => EngineStates) | undefined;

/**
 * The running server's code engines, for /api/health: server.ts hands over its sandbox's reader
 * here because the server answers before the engines are warm. Apps built for tests (which wait
 * for warm engines) set none, and health then leaves `engines` out.
 */
export function reportEngineStates(reader: () => EngineStates): void {
  read = reader;
}

export function currentEngineStates(): EngineStates | undefined {
  return read?.();
}
