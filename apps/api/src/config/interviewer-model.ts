import type { ModelPort } from "@mentara/interviewer/model/model-port";
import { createOfflineModel } from "@mentara/interviewer/model/offline-model";
import { createProviderJudge } from "@mentara/interviewer/model/provider-judge";
import { createProviderModel } from "@mentara/interviewer/model/provider-model";
import type { JudgePort } from "@mentara/interviewer/scoring/judge-port";
import { type Env, providerSettings } from "./env.ts";

/** The interviewer's model from configuration: the offline engine unless a provider is set. */
export function createInterviewerModel(env: Env, streamDelayMs: number): ModelPort {
  const { provider, model, ...rest } = providerSettings(env, "AI");
  if (provider === "offline" || !model) return createOfflineModel({ delayMs: streamDelayMs });
  return createProviderModel({ provider, model, ...rest });
}

/** The judge from configuration; none (the offline scorer alone) unless a provider is set. */
export function createJudge(env: Env): JudgePort | undefined {
  const { provider, model, ...rest } = providerSettings(env, "JUDGE");
  if (provider === "offline" || !model) return undefined;
  return createProviderJudge({ provider, model, ...rest });
}
