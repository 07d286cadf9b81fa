import { useSyncExternalStore } from "react";

const key = "mentara.token";
const listeners = new Set<() => void>();

export function readToken(): string | null {
  return localStorage.getItem(key);
}

/**
 * Where API calls get their bearer token. Local accounts keep it in storage; with Clerk, the
 * Clerk bridge replaces this with Clerk's `getToken` (short-lived tokens, refreshed by Clerk).
 */
let tokenSource: () => Promise<string | null> = async () => readToken();
export const bearerToken = () => tokenSource();
export function setTokenSource(source: () => Promise<string | null>): void {
  tokenSource = source;
}

export function saveToken(token: string | null): void {
  if (token) localStorage.setItem(key, token);
  else localStorage.removeItem(key);
  for (const listener of listeners) listener();
}

/** The current bearer token; components re-render when the user signs in or out. */
export function useToken(): string | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readToken,
    () => null,
  );
}
