import { APICallError } from "@ai-sdk/provider";

/** Whether a failed provider call is worth repeating: overloads, server errors, dropped connections. */
export function isRetryable(error: unknown): boolean {
  if (APICallError.isInstance(error)) return error.isRetryable;
  return error instanceof TypeError; // fetch's network failures
}

/**
 * Runs `attempt` up to `retries + 1` times with exponential backoff (250 ms, 500 ms, 1 s, …, or the
 * provider's retry-after when it asks for longer), stopping early on an error that will not heal
 * or when `signal` aborts.
 */
export async function retryWithBackoff<T>(
  attempt: () => PromiseLike<T>,
  retries: number,
  signal: AbortSignal,
): Promise<T> {
  for (let tried = 0; ; tried++) {
    try {
      return await attempt();
    } catch (error: unknown) {
      if (tried >= retries || signal.aborted || !isRetryable(error)) throw error;
      const asked = APICallError.isInstance(error)
        ? Number(error.responseHeaders?.["retry-after"]) * 1000
        : 0;
      const wait = Math.max(250 * 2 ** tried, Number.isFinite(asked) ? Math.min(asked, 10_000) : 0);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
