import { createParser } from "eventsource-parser";
import { bearerToken } from "./auth-token.ts";

export type StreamStatus = "connecting" | "open" | "reconnecting" | "closed";

/**
 * A Server-Sent Events client over fetch, so the bearer token goes in a header (EventSource
 * cannot send one). It reconnects on its own and sends Last-Event-ID so nothing is missed.
 */
export function openEventStream(
  path: string,
  onEvent: (type: string, data: string) => void,
  onStatus: (status: StreamStatus) => void,
): () => void {
  const controller = new AbortController();
  let lastEventId: string | undefined;
  let retryMs = 2_000;

  const connect = async () => {
    while (!controller.signal.aborted) {
      try {
        const token = await bearerToken();
        const response = await fetch(`/api${path}`, {
          headers: {
            accept: "text/event-stream",
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...(lastEventId ? { "last-event-id": lastEventId } : {}),
          },
          signal: controller.signal,
        });
        if (response.status === 401 || response.status === 404) {
          onStatus("closed");
          return;
        }
        if (!response.ok || !response.body) throw new Error(`stream answered ${response.status}`);
        onStatus("open");
        const parser = createParser({
          onEvent: (event) => {
            if (event.id) lastEventId = event.id;
            onEvent(event.event ?? "message", event.data);
          },
          onRetry: (ms) => {
            retryMs = ms;
          },
        });
        const decoder = new TextDecoder();
        const reader = response.body.getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch {
        if (controller.signal.aborted) break;
      }
      if (controller.signal.aborted) break;
      onStatus("reconnecting");
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
    onStatus("closed");
  };
  onStatus("connecting");
  void connect();
  return () => controller.abort();
}
