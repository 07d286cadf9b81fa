import type { z } from "zod";
import { ApiError, apiRequest } from "./api-client.ts";
import { isOnline, onLifecycle } from "./app-lifecycle.ts";

/** Whether a failed request may be sent again with the same key: the network, or a busy server. */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return error.code === "NETWORK" || error.status === 429 || error.status >= 500;
}

/** Resolves when the network is back or the app returns to the front, or after `ms`. */
function waitForNetwork(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, isOnline() ? ms : 60_000);
    const stop = onLifecycle((event) => {
      if (event === "online" || event === "resume") done();
    });
    function done() {
      clearTimeout(timer);
      stop();
      resolve();
    }
  });
}

/**
 * A POST that survives a flaky network: sent with an Idempotency-Key and, while the network is
 * down or the server busy, sent again with the same key until it gets an answer, so a request
 * that reached the server once is never stored twice. `onWaiting` says when it is waiting.
 */
export async function sendReliably<T extends z.ZodType>(
  path: string,
  schema: T,
  body: unknown,
  key: string,
  onWaiting: (waiting: boolean) => void = () => {},
): Promise<z.infer<T>> {
  let delayMs = 1_000;
  for (;;) {
    try {
      const answer = await apiRequest(path, schema, {
        method: "POST",
        body,
        headers: { "idempotency-key": key },
      });
      onWaiting(false);
      return answer;
    } catch (error: unknown) {
      if (!isRetryable(error)) {
        onWaiting(false);
        throw error;
      }
      onWaiting(true);
      await waitForNetwork(delayMs);
      delayMs = Math.min(delayMs * 2, 15_000);
    }
  }
}

/** A fresh key for one request. */
export const newRequestKey = (): string => crypto.randomUUID();
