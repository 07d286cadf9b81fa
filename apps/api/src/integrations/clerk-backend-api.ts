import { z } from "zod";
import { createServiceHttp } from "./service-http.ts";

/** Clerk's documented error body; the first error is the one worth reporting. */
const clerkErrorBody = z.object({
  errors: z
    .array(z.object({ message: z.string(), long_message: z.string().optional(), code: z.string() }))
    .min(1),
});

export interface ClerkBackendApiOptions {
  secretKey: string;
  baseUrl?: string;
  timeoutMs?: number;
}

export interface ClerkBackendApi {
  /** Resolves once the user no longer exists in Clerk, including when it was already gone. */
  deleteUser(clerkUserId: string): Promise<void>;
}

/**
 * The one Backend API call we make, over plain fetch: the full SDK would pull in far more than an
 * account deletion needs. Deletion is idempotent (404 counts as done) so a retried job converges.
 */
export function createClerkBackendApi({
  secretKey,
  baseUrl = "https://api.clerk.com",
  timeoutMs = 10_000,
}: ClerkBackendApiOptions): ClerkBackendApi {
  const http = createServiceHttp({
    service: "clerk",
    secretKey,
    baseUrl,
    timeoutMs,
    describeError: (body) => {
      const first = clerkErrorBody.safeParse(body).data?.errors[0];
      return first ? `${first.long_message ?? first.message} (${first.code})` : undefined;
    },
  });
  return { deleteUser: (clerkUserId) => http.remove("/v1/users", clerkUserId, "a user") };
}
