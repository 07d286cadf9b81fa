/** The queue in front of the engines is full; the caller should retry after `retryAfterMs`. */
export class SandboxBusyError extends Error {
  readonly code = "SANDBOX_BUSY";
  constructor(readonly retryAfterMs: number) {
    super(`The code runner is busy; retry in ${retryAfterMs} ms.`);
    this.name = "SandboxBusyError";
  }
}

/** The sandbox was closed or an engine it needs is not available. */
export class SandboxUnavailableError extends Error {
  readonly code = "SANDBOX_UNAVAILABLE";
  constructor(message: string) {
    super(message);
    this.name = "SandboxUnavailableError";
  }
}
