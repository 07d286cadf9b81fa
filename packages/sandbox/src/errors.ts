/** The queue in front of the engines is full; the caller should retry after `retryAfterMs`. */
export class SandboxBusyError extends Error {
  readonly code = "SANDBOX_BUSY";
  constructor(readonly retryAfterMs: number) {
    super(`The code runner is busy; retry in ${retryAfterMs} ms.`);
    this.name = "SandboxBusyError";
  }
}

/** The runner a refused run needed: local JavaScript or Python workers, or a Piston cluster. */
export type MissingRunner = "javascript" | "python" | "piston";

/**
 * The sandbox was closed or an engine it needs is not available. `missing` says which runner was
 * turned off or not configured, so the host can tell its operator which setting to change.
 */
export class SandboxUnavailableError extends Error {
  readonly code = "SANDBOX_UNAVAILABLE";
  constructor(
    message: string,
    readonly missing?: MissingRunner,
  ) {
    super(message);
    this.name = "SandboxUnavailableError";
  }
}
