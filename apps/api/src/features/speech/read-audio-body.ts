import type { FastifyRequest } from "fastify";

/** Containers the speech providers take, by their first bytes (what the browsers record). */
const signatures: { name: string; prefix: (number | null)[] }[] = [
  { name: "webm", prefix: [0x1a, 0x45, 0xdf, 0xa3] },
  { name: "mp4", prefix: [null, null, null, null, 0x66, 0x74, 0x79, 0x70] },
  { name: "ogg", prefix: [0x4f, 0x67, 0x67, 0x53] },
  { name: "wav", prefix: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x41, 0x56, 0x45] },
  { name: "flac", prefix: [0x66, 0x4c, 0x61, 0x43] },
  { name: "mp3", prefix: [0x49, 0x44, 0x33] },
  { name: "mp3", prefix: [0xff, 0xfb] },
  { name: "mp3", prefix: [0xff, 0xf3] },
  { name: "mp3", prefix: [0xff, 0xf2] },
];

/** The container of a recording from its first bytes, or undefined when it is not one we take. */
export function audioContainer(bytes: Uint8Array): string | undefined {
  return signatures.find(
    (s) =>
      bytes.length >= s.prefix.length && s.prefix.every((b, i) => b === null || bytes[i] === b),
  )?.name;
}

/** An HTTP failure with its status and a message that says what to change. */
export function httpError(statusCode: number, message: string): Error & { statusCode: number } {
  return Object.assign(new Error(message), { statusCode });
}

export const tooLarge = (maxBytes: number) =>
  httpError(
    413,
    `The recording is larger than ${Math.round(maxBytes / 1024 / 1024)} MB. Record a shorter answer (a few minutes at most) and send it in parts.`,
  );

/**
 * A Fastify body parser for `audio/*` that keeps the recording in memory, refuses it as soon as it
 * passes `maxBytes` (413), and never writes it anywhere: the recording lives only until the
 * provider has answered.
 */
export function audioBodyParser(maxBytes: number) {
  return (
    request: FastifyRequest,
    payload: NodeJS.ReadableStream,
    done: (error: Error | null, body?: Buffer) => void,
  ) => {
    const declared = Number(request.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      payload.resume();
      done(tooLarge(maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: Buffer) => {
      if (finished) return;
      finished = true;
      done(error, body);
    };
    payload.on("data", (chunk: Buffer) => {
      if (finished) return;
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        finish(tooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    payload.on("end", () => finish(null, Buffer.concat(chunks)));
    payload.on("error", (error: Error) => finish(error));
  };
}
