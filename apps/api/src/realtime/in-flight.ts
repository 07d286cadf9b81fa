/**
 * Work keyed by a client's idempotency key: a request that arrives while the same key's work is
 * still running (a retry after a timeout, say) waits for that work and gets its answer.
 */
export function createInFlight() {
  const running = new Map<string, Promise<unknown>>();
  return {
    share<T>(key: string, work: () => Promise<T>): Promise<T> {
      const existing = running.get(key);
      if (existing) return existing as Promise<T>;
      const promise = work().finally(() => running.delete(key));
      running.set(key, promise);
      return promise;
    },
  };
}
export type InFlight = ReturnType<typeof createInFlight>;
