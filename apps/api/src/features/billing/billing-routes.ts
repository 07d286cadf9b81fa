import { billingStatus, type PurchaseSettings } from "@mentara/contracts/billing";
import { DomainError } from "@mentara/domain/errors";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Allowance } from "./allowance.ts";
import type { BillingRepository } from "./billing-repository.ts";
import { billingStatusOf } from "./billing-status.ts";
import type { SubscriptionSync } from "./subscription-sync.ts";

const security = [{ bearer: [] }];

/** `GET /billing` (plan and allowance) and `POST /billing/refresh` (after a purchase or restore). */
export function billingRoutes(deps: {
  allowance: Allowance;
  repository: BillingRepository;
  sync: SubscriptionSync | undefined;
  entitlement: string;
  perMonth: number;
  purchases: PurchaseSettings;
  now: () => Date;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      "/billing",
      {
        schema: {
          response: { 200: billingStatus },
          security,
          tags: ["billing"],
          description:
            "The plan, this month's free interviews and the subscription; billing is off unless RevenueCat is configured.",
        },
      },
      async (request) => billingStatusOf(request.userId, deps),
    );

    app.post(
      "/billing/refresh",
      {
        config: { rateLimit: { max: 10, timeWindow: "1 minute" } },
        schema: {
          response: { 200: billingStatus },
          security,
          tags: ["billing"],
          description:
            "Reads the subscription from RevenueCat now (after a purchase or a restore) and answers the plan.",
        },
      },
      async (request) => {
        if (deps.sync) {
          try {
            await deps.sync.reconcile(request.userId);
          } catch (error: unknown) {
            request.log.warn({ err: error }, "RevenueCat could not be read for a refresh");
            throw new DomainError(
              "UNAVAILABLE",
              "RevenueCat could not be reached to confirm your subscription. A purchase is not lost: it shows here once RevenueCat answers. Try again in a minute.",
            );
          }
        }
        return billingStatusOf(request.userId, deps);
      },
    );
  };
}
