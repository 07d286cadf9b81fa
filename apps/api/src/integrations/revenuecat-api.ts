import { z } from "zod";
import { ExternalServiceError } from "./external-service-error.ts";

/** RevenueCat's documented v1 error body. */
const revenueCatErrorBody = z.object({
  code: z.union([z.number(), z.string()]).optional(),
  message: z.string(),
});

export interface RevenueCatApiOptions {
  secretKey: string;
  baseUrl?: string;
  timeoutMs?: number;
}

export interface RevenueCatApi {
  /** Resolves once RevenueCat holds nothing for the subscriber, including when it never did. */
  deleteSubscriber(appUserId: string): Promise<void>;
}

/**
 * The one REST call we make to RevenueCat, over plain fetch. Deletion is idempotent (404 counts as
 * done) so a retried account-deletion job converges instead of failing forever.
 */
export function createRevenueCatApi({
  secretKey,
  baseUrl = "https://api.revenuecat.com",
  timeoutMs = 10_000,
}: RevenueCatApiOptions): RevenueCatApi {
  // fetch quotes an invalid header value in its own error, which would leak the key: refuse it.
  if (!/^[\x21-\x7e]+$/.test(secretKey))
    throw new TypeError("The RevenueCat key is empty or has characters a header cannot carry.");
  const root = baseUrl.replace(/\/+$/, "");
  const sanitize = (text: string) => text.replaceAll(secretKey, "[redacted]").slice(0, 300);

  return {
    async deleteSubscriber(appUserId) {
      // "." and ".." survive URL-encoding and would be resolved to a different path.
      if (appUserId === "" || appUserId === "." || appUserId === "..")
        throw new TypeError(`"${appUserId}" is not a RevenueCat app user id.`);
      let response: Response;
      try {
        response = await fetch(`${root}/v1/subscribers/${encodeURIComponent(appUserId)}`, {
          method: "DELETE",
          headers: { authorization: `Bearer ${secretKey}` },
          redirect: "manual",
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error: unknown) {
        if (error instanceof Error && error.name === "TimeoutError")
          throw new ExternalServiceError(
            "revenuecat",
            undefined,
            `RevenueCat did not answer within ${timeoutMs} ms.`,
          );
        const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
        const detail = reason instanceof Error ? sanitize(reason.message) : "unknown error";
        throw new ExternalServiceError(
          "revenuecat",
          undefined,
          `RevenueCat could not be reached: ${detail}`,
          { cause: error },
        );
      }
      if (response.ok || response.status === 404) {
        await response.body?.cancel();
        return;
      }
      const body = revenueCatErrorBody.safeParse(await readJson(response));
      const detail = body.success
        ? `: ${sanitize(body.data.message)}${body.data.code === undefined ? "" : ` (code ${body.data.code})`}`
        : ".";
      throw new ExternalServiceError(
        "revenuecat",
        response.status,
        `RevenueCat answered ${response.status} to deleting a subscriber${detail}`,
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
