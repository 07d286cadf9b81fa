import { z } from "zod";
import { createHttpDeleter } from "./delete-over-http.ts";

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
  const remove = createHttpDeleter({
    service: "revenuecat",
    secretKey,
    baseUrl,
    timeoutMs,
    describeError: (body) => {
      const parsed = revenueCatErrorBody.safeParse(body).data;
      return parsed
        ? `${parsed.message}${parsed.code === undefined ? "" : ` (${parsed.code})`}`
        : undefined;
    },
  });
  return { deleteSubscriber: (appUserId) => remove("/v1/subscribers", appUserId, "a subscriber") };
}
