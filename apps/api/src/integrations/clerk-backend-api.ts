import { z } from "zod";
import { ExternalServiceError } from "./external-service-error.ts";

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
  // fetch quotes an invalid header value in its own error, which would leak the key: refuse it.
  if (!/^[\x21-\x7e]+$/.test(secretKey))
    throw new TypeError("The Clerk secret key is empty or has characters a header cannot carry.");
  const root = baseUrl.replace(/\/+$/, "");
  const sanitize = (text: string) => text.replaceAll(secretKey, "[redacted]").slice(0, 300);

  return {
    async deleteUser(clerkUserId) {
      // "." and ".." survive URL-encoding and would be resolved to a different path.
      if (clerkUserId === "" || clerkUserId === "." || clerkUserId === "..")
        throw new TypeError(`"${clerkUserId}" is not a Clerk user id.`);
      let response: Response;
      try {
        response = await fetch(`${root}/v1/users/${encodeURIComponent(clerkUserId)}`, {
          method: "DELETE",
          headers: { authorization: `Bearer ${secretKey}` },
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error: unknown) {
        if (error instanceof Error && error.name === "TimeoutError")
          throw new ExternalServiceError(
            "clerk",
            undefined,
            `Clerk did not answer within ${timeoutMs} ms.`,
          );
        const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        const detail = reason instanceof Error ? sanitize(reason.message) : "unknown error";
        throw new ExternalServiceError(
          "clerk",
          undefined,
          `Clerk could not be reached: ${detail}`,
          {
            cause: error,
          },
        );
      }
      if (response.ok || response.status === 404) {
        await response.body?.cancel();
        return;
      }
      const body = clerkErrorBody.safeParse(await readJson(response));
      const first = body.success ? body.data.errors[0] : undefined;
      const detail = first
        ? `: ${sanitize(first.long_message ?? first.message)} (${first.code})`
        : ".";
      throw new ExternalServiceError(
        "clerk",
        response.status,
        `Clerk answered ${response.status} to deleting a user${detail}`,
      );
    },
  };
}

/** The body as JSON, or undefined when it is not JSON or stops arriving before the timeout. */
async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}
