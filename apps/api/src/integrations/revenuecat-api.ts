import { z } from "zod";
import { ExternalServiceError } from "./external-service-error.ts";
import { createServiceHttp } from "./service-http.ts";

/** RevenueCat's documented v1 error body. */
const revenueCatErrorBody = z.object({
  code: z.union([z.number(), z.string()]).optional(),
  message: z.string(),
});

const isoDate = z.string().nullish();

/** The parts of `GET /v1/subscribers/{id}` that decide a plan; other fields pass unread. */
export const revenueCatSubscriberBody = z.object({
  subscriber: z.object({
    original_app_user_id: z.string().optional(),
    management_url: z.string().nullish(),
    entitlements: z.record(
      z.string(),
      z.object({
        expires_date: isoDate,
        grace_period_expires_date: isoDate,
        product_identifier: z.string(),
        purchase_date: isoDate,
      }),
    ),
    subscriptions: z.record(
      z.string(),
      z.object({
        store: z.string(),
        expires_date: isoDate,
        purchase_date: isoDate,
        unsubscribe_detected_at: isoDate,
        billing_issues_detected_at: isoDate,
        grace_period_expires_date: isoDate,
        auto_resume_date: isoDate,
        refunded_at: isoDate,
        period_type: z.string().nullish(),
        management_url: z.string().nullish(),
      }),
    ),
    non_subscriptions: z
      .record(z.string(), z.array(z.object({ store: z.string(), purchase_date: isoDate })))
      .optional(),
  }),
});
export type RevenueCatSubscriber = z.infer<typeof revenueCatSubscriberBody>["subscriber"];

export interface RevenueCatApiOptions {
  secretKey: string;
  baseUrl?: string;
  timeoutMs?: number;
}

export interface RevenueCatApi {
  /**
   * The customer as RevenueCat holds it now: the source of truth for a plan. RevenueCat creates
   * a customer it does not know (and answers 201), so this never fails for an unknown id.
   */
  getSubscriber(appUserId: string): Promise<RevenueCatSubscriber>;
  /** Resolves once RevenueCat holds nothing for the subscriber, including when it never did. */
  deleteSubscriber(appUserId: string): Promise<void>;
}

/**
 * The REST calls we make to RevenueCat, over plain fetch. Deletion is idempotent (404 counts as
 * done) so a retried account-deletion job converges instead of failing forever.
 */
export function createRevenueCatApi({
  secretKey,
  baseUrl = "https://api.revenuecat.com",
  timeoutMs = 10_000,
}: RevenueCatApiOptions): RevenueCatApi {
  const http = createServiceHttp({
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
  return {
    async getSubscriber(appUserId) {
      const body = await http.read("/v1/subscribers", appUserId, "a subscriber");
      const parsed = revenueCatSubscriberBody.safeParse(body);
      if (!parsed.success)
        throw new ExternalServiceError(
          "revenuecat",
          200,
          `RevenueCat answered with a subscriber we could not read: ${parsed.error.issues[0]?.path.join(".")} ${parsed.error.issues[0]?.message}`,
        );
      return parsed.data.subscriber;
    },
    deleteSubscriber: (appUserId) => http.remove("/v1/subscribers", appUserId, "a subscriber"),
  };
}
