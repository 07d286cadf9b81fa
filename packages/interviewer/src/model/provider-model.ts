import { createAnthropic } from "@ai-sdk/anthropic";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import { type LanguageModel, streamText } from "ai";
import { candidateContentRule, toModelMessages } from "./candidate-content.ts";
import { type ModelPort, ModelUnavailableError } from "./model-port.ts";

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

function languageModel(config: ProviderConfig): LanguageModel {
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

/**
 * A model behind the Vercel AI SDK: streaming, a timeout, retries with backoff (the SDK's), and a
 * ModelUnavailableError when it still fails, so the session can record the failure instead of
 * quietly switching to another engine.
 */
export function createProviderModel(config: ProviderConfig): ModelPort {
  const model = languageModel(config);
  const name = `${config.provider}:${config.model}`;
  return {
    name,
    async *streamReply(request, signal) {
      const timeout = AbortSignal.timeout(config.timeoutMs ?? 30_000);
      const result = streamText({
        model,
        system: `${request.instructions}\n\n${candidateContentRule}`,
        messages: toModelMessages(request.transcript),
        maxRetries: config.maxRetries ?? 2,
        // An interviewer's turn is a few sentences; the cap also bounds cost and latency.
        maxOutputTokens: 400,
        abortSignal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        // Errors arrive as stream parts below; the SDK's default is to also print them.
        onError: () => {},
      });
      let produced = false;
      try {
        for await (const part of result.fullStream) {
          if (part.type === "text-delta" && part.text) {
            produced = true;
            yield part.text;
          } else if (part.type === "error") {
            throw part.error;
          }
        }
      } catch (error: unknown) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new ModelUnavailableError(
          name,
          `The AI interviewer (${name}) is not answering: ${reason}`,
        );
      }
      if (!produced)
        throw new ModelUnavailableError(
          name,
          `The AI interviewer (${name}) returned an empty reply.`,
        );
    },
  };
}
