import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModelV3 } from "@ai-sdk/provider";

export const providers = ["openai", "anthropic", "openai-compatible"] as const;
export type Provider = (typeof providers)[number];

export interface ProviderConfig {
  provider: Provider;
  model: string;
  apiKey?: string | undefined;
  /** Required for openai-compatible servers (Ollama, vLLM, llama.cpp, OpenRouter); optional otherwise. */
  baseUrl?: string | undefined;
  timeoutMs?: number;
  maxRetries?: number;
}

/** The AI SDK provider's model for a configuration. */
export function providerLanguageModel(config: ProviderConfig): LanguageModelV3 {
  switch (config.provider) {
    case "openai":
      return createOpenAI({ apiKey: config.apiKey, baseURL: config.baseUrl }).chat(config.model);
    case "anthropic":
      return createAnthropic({ apiKey: config.apiKey, baseURL: config.baseUrl })(config.model);
    case "openai-compatible":
      if (!config.baseUrl) throw new Error("an openai-compatible provider needs a base URL");
      return createOpenAICompatible({
        name: "compatible",
        baseURL: config.baseUrl,
        apiKey: config.apiKey,
      })(config.model);
  }
}
