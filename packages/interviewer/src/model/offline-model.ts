import type { ModelPort } from "./model-port.ts";

/** The default engine: the rule-driven reply the engine already chose, streamed word by word. */
export function createOfflineModel(options: { delayMs?: number } = {}): ModelPort {
  const delayMs = options.delayMs ?? 12;
  return {
    name: "offline",
    async *streamReply(request) {
      const pieces = request.fallbackText.match(/\S+\s*/g) ?? [request.fallbackText];
      // The first word goes at once; the rest are paced like speech.
      for (const [i, piece] of pieces.entries()) {
        if (i > 0 && delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
        yield piece;
      }
    },
  };
}
