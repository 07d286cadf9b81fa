import type { QueryClient } from "@tanstack/react-query";
import { saveToken } from "./auth-token.ts";
import { forgetThisDevice } from "./push/this-device.ts";

/** Signing out of Clerk as well, when Clerk signed the user in (set by the Clerk bridge). */
let signOutOfProvider: () => Promise<void> = async () => {};
export function setProviderSignOut(fn: () => Promise<void>): void {
  signOutOfProvider = fn;
}

/**
 * Forgets the session everywhere: this device's notifications (another person may use it next),
 * the provider, the stored token and every cached answer.
 */
export async function signOut(queryClient: QueryClient): Promise<void> {
  await forgetThisDevice().catch(() => {});
  await signOutOfProvider().catch(() => {});
  saveToken(null);
  queryClient.clear();
}
