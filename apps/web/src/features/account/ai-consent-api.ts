import { meResponse } from "@mentara/contracts/account";
import { apiRequest } from "../../lib/api-client.ts";

/** Gives (true) or withdraws (false) consent to AI processing; answers the updated profile. */
export const setAiConsent = (aiConsent: boolean) =>
  apiRequest("/me/ai-consent", meResponse, { method: "POST", body: { aiConsent } });
