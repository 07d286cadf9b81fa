import type { ModelPort } from "@mentara/interviewer/model/model-port";
import { createOfflineModel } from "@mentara/interviewer/model/offline-model";
import { createProviderModel } from "@mentara/interviewer/model/provider-model";
import type { Env } from "./env.ts";

/** The interviewer's model from configuration: the offline engine unless a provider is set. */
export function createInterviewerModel(env: Env, streamDelayMs: number): ModelPort {
  if (env.AI_PROVIDER === "offline" || !env.AI_MODEL)
    return createOfflineModel({ delayMs: streamDelayMs });
  return createProviderModel({
    provider: env.AI_PROVIDER,
    model: env.AI_MODEL,
    apiKey: env.AI_API_KEY,
    baseUrl: env.AI_BASE_URL,
    timeoutMs: env.AI_TIMEOUT_MS,
  });
}
