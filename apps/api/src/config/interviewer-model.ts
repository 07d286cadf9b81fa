import type { ModelPort } from "@mentara/interviewer/model/model-port";
import { createOfflineModel } from "@mentara/interviewer/model/offline-model";
import type { JudgePort } from "@mentara/interviewer/scoring/judge-port";
import { type Env, providerSettings } from "./env.ts";

// The providers' code (the AI SDK) is loaded only when one is configured: an offline server
// starts without it (decision 016).

/** The interviewer's model from configuration: the offline engine unless a provider is set. */
export async function createInterviewerModel(env: Env, streamDelayMs: number): Promise<ModelPort> {
  const { provider, model, ...rest } = providerSettings(env, "AI");
  if (provider === "offline" || !model) return createOfflineModel({ delayMs: streamDelayMs });
  const { createProviderModel } = await import("@mentara/interviewer/model/provider-model");
  return createProviderModel({ provider, model, ...rest });
}

/** The judge from configuration; none (the offline scorer alone) unless a provider is set. */
export async function createJudge(env: Env): Promise<JudgePort | undefined> {
  const { provider, model, ...rest } = providerSettings(env, "JUDGE");
  if (provider === "offline" || !model) return undefined;
  const { createProviderJudge } = await import("@mentara/interviewer/model/provider-judge");
  return createProviderJudge({ provider, model, ...rest });
}
