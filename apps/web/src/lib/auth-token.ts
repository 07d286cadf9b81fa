import { useSyncExternalStore } from "react";

const key = "mentara.token";
const listeners = new Set<() => void>();

export function readToken(): string | null {
  return localStorage.getItem(key);
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
