import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createFaults, listenOnLoopback, sendJson } from "./fake-service.ts";

/** A transcription request as the fake received it (the audio's size and first bytes, not kept whole). */
export interface HeardRecording {
  model: string;
  responseFormat: string | null;
  language: string | null;
  prompt: string | null;
  fileName: string;
  fileType: string;
  bytes: number;
  /** The recording's first 16 bytes, enough to tell its container. */
  head: Uint8Array;
  authorization: string | undefined;
  receivedAt: number;
}

export interface SpeechRequest {
  model: string;
  input: string;
  voice: string;
  responseFormat: string;
  receivedAt: number;
  /** `performance.now()` when the first audio byte left. */
  firstByteAt?: number;
}

export interface FakeOpenAiAudio {
  /** The base URL to configure (`STT_BASE_URL`/`TTS_BASE_URL`), ending in /v1. */
  baseUrl: string;
  transcriptions: HeardRecording[];
  speeches: SpeechRequest[];
  /**
   * What the next transcriptions say: the text, its segments in seconds (speech stretches), the
   * recording's duration, and how long the fake takes to answer (a fixed time benchmarks subtract).
   */
  transcribeAs(options: {
    text?: string;
    segments?: { start: number; end: number; text?: string }[];
    duration?: number;
    delayMs?: number;
  }): void;
  /** How long before the speech's first audio byte. */
  speakAfter(delayMs: number): void;
  failNext(status: number, times?: number): void;
  close(): Promise<void>;
}

/**
 * A silent MPEG-1 Layer III stream: frames of 128 kbit/s, 44.1 kHz, mono whose side information
 * and main data are all zero, which every decoder plays as silence (417 bytes, 26 ms a frame).
 */
export function silentMp3(seconds: number): Uint8Array {
  const frameBytes = 417;
  const frames = Math.max(1, Math.round((seconds * 44_100) / 1152));
  const out = new Uint8Array(frames * frameBytes);
  for (let i = 0; i < frames; i++) out.set([0xff, 0xfb, 0x90, 0xc0], i * frameBytes);
  return out;
}

/** A silent 16-bit mono PCM WAV at 24 kHz (OpenAI's speech sample rate). */
export function silentWav(seconds: number): Uint8Array {
  const rate = 24_000;
  const dataBytes = Math.round(seconds * rate) * 2;
  const out = Buffer.alloc(44 + dataBytes);
  out.write("RIFF", 0, "ascii");
  out.writeUInt32LE(36 + dataBytes, 4);
  out.write("WAVEfmt ", 8, "ascii");
  out.writeUInt32LE(16, 16);
  out.writeUInt16LE(1, 20);
  out.writeUInt16LE(1, 22);
  out.writeUInt32LE(rate, 24);
  out.writeUInt32LE(rate * 2, 28);
  out.writeUInt16LE(2, 32);
  out.writeUInt16LE(16, 34);
  out.write("data", 36, "ascii");
  out.writeUInt32LE(dataBytes, 40);
  return new Uint8Array(out);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const openAiError = (message: string, type = "invalid_request_error") => ({
  error: { message, type, param: null, code: null },
});

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * OpenAI's audio API on 127.0.0.1, as documented: `POST /v1/audio/transcriptions` takes a
 * multipart form (`file`, `model`, optional `language`, `prompt`, `response_format`,
 * `timestamp_granularities[]`) and answers `{ text }`, or with `response_format=verbose_json`
 * `{ task, language, duration, text, segments: [{ id, seek, start, end, text, tokens, temperature,
 * avg_logprob, compression_ratio, no_speech_prob }] }`; `POST /v1/audio/speech` takes JSON
 * (`model`, `input`, `voice`, `response_format`) and answers the audio bytes. It cannot hear: it
 * answers the transcript it was told to.
 */
export async function startFakeOpenAiAudio(): Promise<FakeOpenAiAudio> {
  const faults = createFaults(openAiError("The fake audio server is overloaded.", "server_error"));
  const transcriptions: HeardRecording[] = [];
  const speeches: SpeechRequest[] = [];
  let transcript = {
    text: "I would use a hash map from value to index.",
    segments: [{ start: 0.3, end: 2.8 }] as { start: number; end: number; text?: string }[],
    duration: 3.2,
    delayMs: 0,
  };
  let speechDelayMs = 0;

  async function transcribe(request: IncomingMessage, response: ServerResponse) {
    const receivedAt = performance.now();
    const type = request.headers["content-type"] ?? "";
    if (!type.startsWith("multipart/form-data")) {
      sendJson(response, 400, openAiError("Send the audio as multipart/form-data."));
      return;
    }
    const form = await new Response(await readBody(request), {
      headers: { "content-type": type },
    }).formData();
    const file = form.get("file");
    const model = form.get("model");
    if (!(file instanceof Blob) || typeof model !== "string") {
      sendJson(response, 400, openAiError("'file' and 'model' are required."));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : null;
    };
    transcriptions.push({
      model,
      responseFormat: text("response_format"),
      language: text("language"),
      prompt: text("prompt"),
      fileName: file instanceof File ? file.name : "",
      fileType: file.type,
      bytes: bytes.length,
      head: bytes.slice(0, 16),
      authorization: request.headers.authorization,
      receivedAt,
    });
    await sleep(transcript.delayMs);
    const format = text("response_format") ?? "json";
    if (format === "verbose_json") {
      const words = transcript.text.split(/\s+/);
      const per = Math.ceil(words.length / Math.max(1, transcript.segments.length));
      sendJson(response, 200, {
        task: "transcribe",
        language: text("language") === "ru" ? "russian" : "english",
        duration: transcript.duration,
        text: transcript.text,
        segments: transcript.segments.map((segment, id) => ({
          id,
          seek: 0,
          start: segment.start,
          end: segment.end,
          text: segment.text ?? ` ${words.slice(id * per, (id + 1) * per).join(" ")}`,
          tokens: [50364, 314, 576],
          temperature: 0,
          avg_logprob: -0.2,
          compression_ratio: 1.2,
          no_speech_prob: 0.01,
        })),
      });
      return;
    }
    if (format === "text") {
      response.writeHead(200, { "content-type": "text/plain" }).end(transcript.text);
      return;
    }
    sendJson(response, 200, { text: transcript.text });
  }

  async function speak(request: IncomingMessage, response: ServerResponse) {
    const receivedAt = performance.now();
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(request)).toString("utf8")) as Record<string, unknown>;
    } catch {
      sendJson(response, 400, openAiError("The body must be JSON."));
      return;
    }
    const { model, input, voice } = body;
    const format = typeof body.response_format === "string" ? body.response_format : "mp3";
    if (typeof model !== "string" || typeof input !== "string" || typeof voice !== "string") {
      sendJson(response, 400, openAiError("'model', 'input' and 'voice' are required."));
      return;
    }
    if (format !== "mp3" && format !== "wav") {
      sendJson(response, 400, openAiError(`The fake speaks mp3 and wav, not ${format}.`));
      return;
    }
    const record: SpeechRequest = { model, input, voice, responseFormat: format, receivedAt };
    speeches.push(record);
    await sleep(speechDelayMs);
    // About a sixth of a second per word, as a voice would take.
    const seconds = Math.min(20, Math.max(0.5, input.split(/\s+/).length / 6));
    const audio = format === "wav" ? silentWav(seconds) : silentMp3(seconds);
    response.writeHead(200, {
      "content-type": format === "wav" ? "audio/wav" : "audio/mpeg",
      "content-length": audio.length,
    });
    record.firstByteAt = performance.now();
    response.end(audio);
  }

  const server = createServer((request, response) => {
    if (faults.intercept(response)) return;
    const handle =
      request.method === "POST" && request.url === "/v1/audio/transcriptions"
        ? transcribe
        : request.method === "POST" && request.url === "/v1/audio/speech"
          ? speak
          : undefined;
    if (!handle) {
      sendJson(response, 404, openAiError(`No route ${request.method} ${request.url}.`));
      return;
    }
    handle(request, response).catch((error: unknown) => {
      sendJson(response, 500, openAiError(String(error), "server_error"));
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return {
    baseUrl: `${url}/v1`,
    transcriptions,
    speeches,
    transcribeAs: (options) => {
      transcript = { ...transcript, ...options };
    },
    speakAfter: (delayMs) => {
      speechDelayMs = delayMs;
    },
    failNext: faults.failNext,
    close,
  };
}
