import type { QueryClient } from "@tanstack/react-query";
import { saveToken } from "./auth-token.ts";

/** Signing out of Clerk as well, when Clerk signed the user in (set by the Clerk bridge). */
let signOutOfProvider: () => Promise<void> = async () => {};
export function setProviderSignOut(fn: () => Promise<void>): void {
  signOutOfProvider = fn;
}

/** Forgets the session everywhere: the provider, the stored token and every cached answer. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  await signOutOfProvider().catch(() => {});
  saveToken(null);
  queryClient.clear();
}
