import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Small stand-ins for model providers on 127.0.0.1, speaking their real streaming protocols:
 * OpenAI's chat completions (`POST /v1/chat/completions`, `data:` chunks then `[DONE]`) and
 * Anthropic's messages (`POST /v1/messages`, named events from message_start to message_stop).
 * They record every request so tests can check what a provider was sent, and when its first
 * token left, so benchmarks can subtract the provider's own time exactly.
 */
export interface FakeModelServer {
  baseUrl: string;
  requests: Record<string, unknown>[];
  /** Per streamed request (in arrival order): its body and `performance.now()` at arrival and first token. */
  served: { body: Record<string, unknown>; receivedAt: number; firstTokenAt?: number }[];
  /**
   * What the next replies say (text, or made from the request's body), how long before the first
   * token, and how many requests fail first.
   */
  behave(options: {
    reply?: string | ((body: Record<string, unknown>) => string);
    firstTokenMs?: number;
    failNext?: number;
    status?: number;
  }): void;
  close(): Promise<void>;
}

interface Behaviour {
  reply: string | ((body: Record<string, unknown>) => string);
  firstTokenMs: number;
  failNext: number;
  status: number;
}

async function start(
  handle: (
    req: IncomingMessage,
    res: ServerResponse,
    body: Record<string, unknown>,
    behaviour: Behaviour,
  ) => Promise<void>,
  basePath: string,
  /** The provider's error body, as its documentation gives it. */
  errorBody: (message: string) => unknown,
): Promise<FakeModelServer> {
  const requests: Record<string, unknown>[] = [];
  const served: FakeModelServer["served"] = [];
  const behaviour: Behaviour = {
    reply: "Tell me more about your approach.",
    firstTokenMs: 0,
    failNext: 0,
    status: 500,
  };
  const server: Server = createServer(async (req, res) => {
    let raw = "";
    for await (const chunk of req) raw += chunk;
    const body = JSON.parse(raw || "{}") as Record<string, unknown>;
    requests.push(body);
    const record: FakeModelServer["served"][number] = { body, receivedAt: performance.now() };
    served.push(record);
    const write = res.write.bind(res);
    res.write = ((chunk: string) => {
      record.firstTokenAt ??= performance.now();
      return write(chunk);
    }) as typeof res.write;
    if (behaviour.failNext > 0) {
      behaviour.failNext--;
      res.writeHead(behaviour.status, { "content-type": "application/json" });
      res.end(JSON.stringify(errorBody("the fake provider is overloaded")));
      return;
    }
    await handle(req, res, body, behaviour);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    requests,
    served,
    behave: (options) => Object.assign(behaviour, options),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const pieces = (text: string) => text.match(/\S+\s*/g) ?? [text];
const replyTo = (body: Record<string, unknown>, behaviour: Behaviour) =>
  typeof behaviour.reply === "function" ? behaviour.reply(body) : behaviour.reply;
const sendJson = (res: ServerResponse, value: unknown) => {
  res.writeHead(200, { "content-type": "application/json" });
  res.end(JSON.stringify(value));
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function startFakeOpenAi(): Promise<FakeModelServer> {
  return start(
    async (req, res, body, behaviour) => {
      if (req.url !== "/v1/chat/completions") {
        res.writeHead(404).end();
        return;
      }
      const id = "chatcmpl-fake";
      const created = Math.floor(Date.now() / 1000);
      const reply = replyTo(body, behaviour);
      if (body.stream !== true) {
        // A whole completion (structured output: the reply is the JSON the schema asks for).
        await sleep(behaviour.firstTokenMs);
        sendJson(res, {
          id,
          object: "chat.completion",
          created,
          model: body.model,
          choices: [
            { index: 0, message: { role: "assistant", content: reply }, finish_reason: "stop" },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 },
        });
        return;
      }
      const chunk = (delta: Record<string, unknown>, finish: string | null = null) =>
        `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: body.model, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      await sleep(behaviour.firstTokenMs);
      res.write(chunk({ role: "assistant", content: "" }));
      for (const piece of pieces(reply)) res.write(chunk({ content: piece }));
      res.write(chunk({}, "stop"));
      res.end("data: [DONE]\n\n");
    },
    "/v1",
    (message) => ({
      error: { message, type: "server_error", param: null, code: null },
    }),
  );
}

export function startFakeAnthropic(): Promise<FakeModelServer> {
  return start(
    async (req, res, body, behaviour) => {
      if (req.url !== "/v1/messages") {
        res.writeHead(404).end();
        return;
      }
      const reply = replyTo(body, behaviour);
      if (body.stream !== true) {
        // A whole message. Structured output comes as the forced "json" tool's input when the
        // request offers that tool, otherwise as text (native structured outputs).
        const tools = Array.isArray(body.tools) ? (body.tools as { name?: string }[]) : [];
        const asTool = tools.some((tool) => tool.name === "json");
        await sleep(behaviour.firstTokenMs);
        sendJson(res, {
          id: "msg_fake",
          type: "message",
          role: "assistant",
          model: body.model,
          content: asTool
            ? [{ type: "tool_use", id: "toolu_fake", name: "json", input: JSON.parse(reply) }]
            : [{ type: "text", text: reply }],
          stop_reason: asTool ? "tool_use" : "end_turn",
          stop_sequence: null,
          usage: { input_tokens: 10, output_tokens: 20 },
        });
        return;
      }
      const event = (name: string, data: Record<string, unknown>) =>
        `event: ${name}\ndata: ${JSON.stringify({ type: name, ...data })}\n\n`;
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      await sleep(behaviour.firstTokenMs);
      res.write(
        event("message_start", {
          message: {
            id: "msg_fake",
            type: "message",
            role: "assistant",
            model: body.model,
            content: [],
            stop_reason: null,
            usage: { input_tokens: 10, output_tokens: 1 },
          },
        }),
      );
      res.write(
        event("content_block_start", { index: 0, content_block: { type: "text", text: "" } }),
      );
      for (const piece of pieces(reply)) {
        res.write(
          event("content_block_delta", { index: 0, delta: { type: "text_delta", text: piece } }),
        );
      }
      res.write(event("content_block_stop", { index: 0 }));
      res.write(
        event("message_delta", {
          delta: { stop_reason: "end_turn", stop_sequence: null },
          usage: { output_tokens: 12 },
        }),
      );
      res.end(event("message_stop", {}));
    },
    "/v1",
    (message) => ({ type: "error", error: { type: "overloaded_error", message } }),
  );
}
