import { meResponse } from "@mentara/contracts/account";
import { aiConsentBody } from "@mentara/contracts/consent";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { UsersRepository } from "../auth/users-repository.ts";
import { setAiConsent } from "./set-ai-consent.ts";

/** Consent to AI processing (policy §4), given at onboarding, withdrawn and given again here. */
export function aiConsentRoutes(deps: {
  users: UsersRepository;
  now: () => Date;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/me/ai-consent",
      {
        schema: {
          body: aiConsentBody,
          response: { 200: meResponse },
          security: [{ bearer: [] }],
          tags: ["account"],
          description:
            "Gives (true) or withdraws (false) consent to sending session content to AI providers. While it is withdrawn, interviews that would reach a provider are refused with 403 AI_CONSENT_REQUIRED; the user stays onboarded.",
        },
      },
      async (request) => setAiConsent(request.userId, request.body.aiConsent, deps),
    );
  };
}
