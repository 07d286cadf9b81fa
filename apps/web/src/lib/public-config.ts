import type { PublicConfig } from "@mentara/contracts/account";
import { apiUrl } from "./api-origin.ts";

/**
 * Reads the server's public configuration as the contract's `publicConfig` schema does, without
 * zod: the app waits for this answer before its first page, and zod's core alone would weigh
 * more than that page's own code (decision 017). `public-config.test.ts` holds the two readings
 * equal.
 */
export function readPublicConfig(payload: unknown): PublicConfig {
  const fields = new Map(
    typeof payload === "object" && payload !== null ? Object.entries(payload) : [],
  );
  const text = (name: keyof PublicConfig): string => {
    const value = fields.get(name);
    if (typeof value !== "string") throw new Error(`the configuration's ${name} is not text`);
    return value;
  };
  const clerkKey = fields.get("clerkPublishableKey");
  return {
    clerkPublishableKey: clerkKey === null ? null : text("clerkPublishableKey"),
    privacyPolicyUpdated: text("privacyPolicyUpdated"),
    contactEmail: text("contactEmail"),
    webPushKey: text("webPushKey"),
  };
}

export async function fetchPublicConfig(): Promise<PublicConfig> {
  const response = await fetch(apiUrl("/config"));
  if (!response.ok) throw new Error(`the configuration answered HTTP ${response.status}`);
  return readPublicConfig(await response.json());
}

let startup: Promise<PublicConfig | undefined> | undefined;
/**
 * The configuration the app starts with, asked once and once more after a failure; with no
 * answer the app runs on local accounts.
 */
export function startupConfig(): Promise<PublicConfig | undefined> {
  startup ??= fetchPublicConfig()
    .catch(() => fetchPublicConfig())
    .catch(() => undefined);
  return startup;
}
