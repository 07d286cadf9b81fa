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

/** The AI SDK provider's model for a configuration, optionally over a given fetch. */
export function providerLanguageModel(
  config: ProviderConfig,
  fetch?: typeof globalThis.fetch,
): LanguageModelV3 {
  const options = { apiKey: config.apiKey, baseURL: config.baseUrl, ...(fetch ? { fetch } : {}) };
  switch (config.provider) {
    case "openai":
      return createOpenAI(options).chat(config.model);
    case "anthropic":
      return createAnthropic(options)(config.model);
    case "openai-compatible":
      if (!config.baseUrl) throw new Error("an openai-compatible provider needs a base URL");
      return createOpenAICompatible({ name: "compatible", ...options, baseURL: config.baseUrl })(
        config.model,
      );
  }
}

/** When a provider call was sent (its first attempt) and when its reply's first byte came. */
export interface ProviderTiming {
  sentAt?: number;
  firstByteAt?: number;
}

/** A fetch that notes in `timing` when the request left and when the response's first byte arrived. */
export function timedFetch(timing: ProviderTiming): typeof globalThis.fetch {
  return async (input, init) => {
    timing.sentAt ??= performance.now();
    const response = await globalThis.fetch(input, init);
    if (!response.body) return response;
    const body = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          timing.firstByteAt ??= performance.now();
          controller.enqueue(chunk);
        },
      }),
    );
    return new Response(body, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
}
