import { useSyncExternalStore } from "react";

const key = "mentara.token";
const listeners = new Set<() => void>();

/** Where the token is kept between launches: this browser's storage, or the native app's own. */
export interface TokenStore {
  load(): Promise<string | null>;
  save(token: string | null): Promise<void>;
}

const browserStore: TokenStore = {
  load: async () => localStorage.getItem(key),
  save: async (token) => {
    if (token) localStorage.setItem(key, token);
    else localStorage.removeItem(key);
  },
};

let store = browserStore;
let current: string | null = typeof localStorage === "undefined" ? null : localStorage.getItem(key);

/**
 * The native apps keep the token in their own storage (Capacitor Preferences: iOS UserDefaults,
 * Android SharedPreferences) rather than the WebView's; the native shell switches to it before
 * the first render.
 */
export async function switchTokenStore(native: TokenStore): Promise<void> {
  store = native;
  current = await native.load();
}

export function readToken(): string | null {
  return current;
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
  current = token;
  void store.save(token);
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
