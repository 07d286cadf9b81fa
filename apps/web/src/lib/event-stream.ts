import { createParser } from "eventsource-parser";
import { apiUrl } from "./api-origin.ts";
import { isHidden, onLifecycle } from "./app-lifecycle.ts";
import { bearerToken } from "./auth-token.ts";

export type StreamStatus = "connecting" | "open" | "reconnecting" | "paused" | "closed";

/**
 * A Server-Sent Events client over fetch, so the bearer token goes in a header (EventSource
 * cannot send one). It reconnects on its own and sends Last-Event-ID so nothing is missed or
 * shown twice. In the background (a phone's app switcher, a hidden tab) it lets the connection
 * go, and on the way back it reconnects at once from the last event it saw; the same when the
 * network returns.
 */
export function openEventStream(
  path: string,
  onEvent: (type: string, data: string) => void,
  onStatus: (status: StreamStatus) => void,
  /** Called after a reconnection, so the caller can refresh what the stream does not carry. */
  onResume?: () => void,
): () => void {
  const closed = new AbortController();
  let connection: AbortController | undefined;
  let lastEventId: string | undefined;
  let retryMs = 2_000;
  let paused = isHidden();
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      wake = done;
      function done() {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      }
    });

  closed.signal.addEventListener("abort", () => connection?.abort());
  const stopLifecycle = onLifecycle((event) => {
    if (event === "pause") {
      paused = true;
      connection?.abort();
    } else if (event === "resume" || event === "online") {
      paused = false;
      wake?.();
    }
  });

  const readOnce = async (): Promise<"ended" | "closed"> => {
    connection = new AbortController();
    const signal = connection.signal;
    const token = await bearerToken();
    const response = await fetch(apiUrl(path), {
      headers: {
        accept: "text/event-stream",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(lastEventId ? { "last-event-id": lastEventId } : {}),
      },
      signal,
    });
    if (response.status === 401 || response.status === 404) return "closed";
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
      if (done) return "ended";
      parser.feed(decoder.decode(value, { stream: true }));
    }
  };

  const run = async () => {
    let first = true;
    while (!closed.signal.aborted) {
      if (paused) {
        onStatus("paused");
        while (paused && !closed.signal.aborted) await sleep(60_000);
        continue;
      }
      try {
        if (!first) onResume?.();
        first = false;
        if ((await readOnce()) === "closed") break;
      } catch {
        // A dropped connection, a pause or the network gone: decided below.
      }
      if (closed.signal.aborted) break;
      if (paused) continue;
      onStatus("reconnecting");
      await sleep(retryMs);
    }
    stopLifecycle();
    onStatus("closed");
  };
  onStatus("connecting");
  void run();
  return () => {
    closed.abort();
    wake?.();
  };
}
