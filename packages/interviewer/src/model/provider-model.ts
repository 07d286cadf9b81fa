import type { LanguageModelV3Prompt, LanguageModelV3StreamPart } from "@ai-sdk/provider";
import { candidateContentRule, toModelMessages } from "./candidate-content.ts";
import { type ModelPort, ModelUnavailableError, type ReplyRequest } from "./model-port.ts";
import {
  type ProviderConfig,
  type ProviderTiming,
  providerLanguageModel,
  timedFetch,
} from "./provider-language-model.ts";
import { retryWithBackoff } from "./retry-with-backoff.ts";

export { type Provider, type ProviderConfig, providers } from "./provider-language-model.ts";

function toPrompt(request: ReplyRequest): LanguageModelV3Prompt {
  return [
    { role: "system", content: `${request.instructions}\n\n${candidateContentRule}` },
    ...toModelMessages(request.transcript, request.board).map((message) => ({
      role: message.role,
      content: [{ type: "text" as const, text: message.content }],
    })),
  ];
}

/**
 * A model behind the Vercel AI SDK's provider packages, streamed through the provider's own
 * `doStream` (decision 005: `streamText`'s orchestration cost a quarter of our first-token budget
 * and we use none of it), with a timeout, retries with backoff before the first token, and a
 * ModelUnavailableError when it still fails, so the session can record the failure instead of
 * quietly switching to another engine.
 */
export function createProviderModel(config: ProviderConfig): ModelPort {
  const name = `${config.provider}:${config.model}`;
  const unavailable = (error: unknown) =>
    new ModelUnavailableError(
      name,
      `The AI interviewer (${name}) is not answering (${error instanceof Error ? error.message : String(error)}). Everything you wrote is saved; send a message to try again.`,
    );
  return {
    name,
    async *streamReply(request, signal) {
      const timeout = AbortSignal.timeout(config.timeoutMs ?? 30_000);
      const abortSignal = signal ? AbortSignal.any([signal, timeout]) : timeout;
      const prompt = toPrompt(request);
      // A model per reply (cheap), over a fetch that times this reply's provider call.
      const timing: ProviderTiming = {};
      const model = providerLanguageModel(config, timedFetch(timing));
      let reader: ReadableStreamDefaultReader<LanguageModelV3StreamPart> | undefined;
      let produced = false;
      try {
        const { stream } = await retryWithBackoff(
          // An interviewer's turn is a few sentences; the cap also bounds cost and latency.
          () => model.doStream({ prompt, maxOutputTokens: 400, abortSignal }),
          config.maxRetries ?? 2,
          abortSignal,
        );
        reader = stream.getReader();
        for (;;) {
          const { done, value: part } = await reader.read();
          if (done) break;
          if (part.type === "text-delta" && part.delta) {
            if (!produced && request.timing && timing.sentAt && timing.firstByteAt)
              request.timing.providerMs = timing.firstByteAt - timing.sentAt;
            produced = true;
            yield part.delta;
          } else if (part.type === "error") {
            throw part.error;
          }
        }
      } catch (error: unknown) {
        throw unavailable(abortSignal.aborted && timeout.aborted ? "it timed out" : error);
      } finally {
        // Also when the caller stops early: the provider's connection is closed, not left streaming.
        await reader?.cancel().catch(() => {});
      }
      if (!produced)
        throw new ModelUnavailableError(
          name,
          `The AI interviewer (${name}) returned an empty reply.`,
        );
    },
  };
}
