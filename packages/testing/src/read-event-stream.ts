import { createParser, type EventSourceMessage } from "eventsource-parser";

/**
 * Opens a session's event stream over real HTTP and collects events until `until` says stop or
 * the time runs out; then closes the connection.
 */
export async function readEventStream(
  url: string,
  headers: Record<string, string>,
  until: (events: EventSourceMessage[]) => boolean,
  timeoutMs = 5_000,
): Promise<EventSourceMessage[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: EventSourceMessage[] = [];
  try {
    const response = await fetch(url, { headers, signal: controller.signal });
    if (!response.ok || !response.body)
      throw new Error(`stream answered ${response.status}: ${await response.text()}`);
    const parser = createParser({ onEvent: (event) => events.push(event) });
    const decoder = new TextDecoder();
    for await (const chunk of response.body) {
      parser.feed(decoder.decode(chunk, { stream: true }));
      if (until(events)) break;
    }
  } catch (error: unknown) {
    if (!(error instanceof Error && error.name === "AbortError")) throw error;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}
