import {
  type SpeechConfig,
  speechConfig,
  synthesisBody,
  transcription,
  transcriptionQuery,
} from "@mentara/contracts/speech";
import { DomainError } from "@mentara/domain/errors";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Synthesizer, Transcriber } from "../../integrations/speech-providers.ts";
import { audioBodyParser, audioContainer, httpError } from "./read-audio-body.ts";
import { speechTimings } from "./speech-timings.ts";

const security = [{ bearer: [] }];
/** Spending is per account: each signed-in user has their own allowance of provider calls. */
const perUser = (max: number) => ({
  rateLimit: {
    max,
    timeWindow: "1 minute",
    hook: "preHandler" as const,
    keyGenerator: (request: FastifyRequest) => `speech:${request.userId || request.ip}`,
  },
});

const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Voice (decision 018): a recording in, its transcript and delivery timings out; a sentence in,
 * its audio out. Recordings and audio stay in memory for the one request, are never stored and
 * never logged; the request log holds the route and status only (http/log-options.ts).
 */
export function speechRoutes(deps: {
  transcriber: Transcriber | undefined;
  synthesizer: Synthesizer | undefined;
  maxAudioBytes: number;
  /** Whether the user has agreed to AI processing (audio and text go to the speech provider). */
  hasAiConsent: (userId: string) => Promise<boolean>;
}): FastifyPluginAsyncZod {
  const config: SpeechConfig = {
    transcription: deps.transcriber !== undefined,
    synthesis: deps.synthesizer !== undefined,
    maxAudioBytes: deps.maxAudioBytes,
  };
  const assertConsent = async (userId: string) => {
    if (await deps.hasAiConsent(userId)) return;
    throw new DomainError(
      "AI_CONSENT_REQUIRED",
      "You have withdrawn your consent to AI processing, and speaking sends your voice to the speech provider. Give consent again in Profile, or type your answer.",
      { consentPath: "/profile#ai-processing" },
    );
  };
  return async (app) => {
    // These parsers serve only the routes below (Fastify scopes them to this plugin).
    app.addContentTypeParser(/^audio\//, audioBodyParser(deps.maxAudioBytes));
    app.addContentTypeParser("*", (request, _payload, done) => {
      done(
        httpError(
          415,
          `Send the recording itself with its audio Content-Type (audio/webm, audio/mp4, audio/ogg, audio/wav or audio/mpeg), not ${request.headers["content-type"] ?? "no Content-Type"}.`,
        ),
      );
    });

    app.get(
      "/speech",
      {
        schema: {
          response: { 200: speechConfig },
          security,
          tags: ["speech"],
          description: "Which voice features are on: spoken answers and replies read aloud.",
        },
      },
      async () => config,
    );

    app.post(
      "/speech/transcriptions",
      {
        config: perUser(30),
        schema: {
          querystring: transcriptionQuery,
          response: { 200: transcription },
          security,
          tags: ["speech"],
          description:
            "A recorded answer (the raw audio as the body, with its audio/* Content-Type) to its transcript and delivery timings. The audio is neither stored nor logged.",
        },
      },
      async (request) => {
        const transcriber = deps.transcriber;
        if (!transcriber)
          throw new DomainError(
            "UNAVAILABLE",
            "Spoken answers are off on this server: whoever runs it can turn them on by setting STT_PROVIDER (with STT_MODEL and STT_API_KEY or STT_BASE_URL). Type your answer instead.",
            { setting: "STT_PROVIDER" },
          );
        const audio = request.body;
        if (!Buffer.isBuffer(audio))
          throw httpError(
            415,
            "Send the recording itself with its audio Content-Type (audio/webm, audio/mp4, audio/ogg, audio/wav or audio/mpeg), not JSON or a form.",
          );
        if (audio.length === 0)
          throw new DomainError(
            "VALIDATION",
            "The recording is empty: hold the button while you speak.",
          );
        if (!audioContainer(audio))
          throw httpError(
            415,
            "This is not a recording the server can read: send WebM, MP4, Ogg, WAV, FLAC or MP3 audio.",
          );
        await assertConsent(request.userId);
        let heard: Awaited<ReturnType<Transcriber["transcribe"]>>;
        try {
          heard = await transcriber.transcribe(
            new Uint8Array(audio.buffer, audio.byteOffset, audio.length),
            request.query.language,
            AbortSignal.timeout(60_000),
          );
        } catch (error: unknown) {
          throw new DomainError(
            "UNAVAILABLE",
            `The speech-to-text provider (${transcriber.name}) is not answering (${reason(error)}). Nothing was kept; try again, or type your answer.`,
          );
        }
        const text = heard.text.trim();
        if (!text)
          throw new DomainError(
            "VALIDATION",
            "No words were heard in the recording. Check the microphone, speak a little closer, and try again.",
          );
        return { text, speech: speechTimings(heard) };
      },
    );

    app.post(
      "/speech/synthesis",
      {
        config: perUser(240),
        schema: {
          body: synthesisBody,
          security,
          tags: ["speech"],
          description: "A sentence of the interviewer's reply read aloud (audio/mpeg).",
        },
      },
      async (request, reply) => {
        const synthesizer = deps.synthesizer;
        if (!synthesizer)
          throw new DomainError(
            "UNAVAILABLE",
            "Replies read aloud by the server are off: whoever runs it can set TTS_PROVIDER (with TTS_MODEL). The device's own voice can read them instead.",
            { setting: "TTS_PROVIDER" },
          );
        await assertConsent(request.userId);
        let audio: Uint8Array;
        try {
          audio = await synthesizer.speak(request.body.text, AbortSignal.timeout(30_000));
        } catch (error: unknown) {
          throw new DomainError(
            "UNAVAILABLE",
            `The text-to-speech provider (${synthesizer.name}) is not answering (${reason(error)}). The reply is on screen.`,
          );
        }
        return reply
          .header("content-type", "audio/mpeg")
          .header("cache-control", "no-store")
          .send(Buffer.from(audio.buffer, audio.byteOffset, audio.byteLength));
      },
    );
  };
}
