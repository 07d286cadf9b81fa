import { createOpenAI } from "@ai-sdk/openai";
import {
  experimental_generateSpeech,
  experimental_transcribe,
  NoTranscriptGeneratedError,
} from "ai";
import type { Env } from "../config/env.ts";

/** What a transcription gives back: the words and when each stretch of speech started and ended. */
export interface Transcript {
  text: string;
  /** Stretches of speech in order, in seconds from the start of the recording. */
  segments: { startSecond: number; endSecond: number }[];
  /** The recording's length in seconds, when the provider says. */
  durationSeconds: number | undefined;
}

export interface Transcriber {
  /** "<provider>:<model>", for the health check and messages. */
  name: string;
  transcribe(audio: Uint8Array, language: "en" | "ru", signal: AbortSignal): Promise<Transcript>;
}

export interface Synthesizer {
  name: string;
  /** MP3 audio of the text in the configured voice. */
  speak(text: string, signal: AbortSignal): Promise<Uint8Array>;
}

/**
 * Whisper drops hesitations unless its prompt has some: a prompt written with fillers keeps the
 * candidate's "um"s in the transcript, which delivery feedback counts (OpenAI's prompting guide).
 */
const fillerPrompts = {
  en: "Umm, let me think, like, hmm... Okay, so, uh, here's what I'm thinking.",
  ru: "Эм, ну, давайте подумаю... Так, э-э, вот что я думаю, типа.",
} as const;

function openAi(prefix: "STT" | "TTS", env: Env) {
  return createOpenAI({
    // An openai-compatible server may need no key; the SDK insists on one, and it is only sent to that server.
    apiKey: env[`${prefix}_API_KEY`] ?? "not-needed",
    ...(env[`${prefix}_BASE_URL`] ? { baseURL: env[`${prefix}_BASE_URL`] } : {}),
  });
}

/**
 * Speech to text and text to speech through the AI SDK's OpenAI provider, which also speaks to
 * OpenAI-compatible servers (`/audio/transcriptions`, `/audio/speech`) at their base URL. Each is
 * absent when its provider is not configured. Audio passes through memory only: nothing here
 * stores or logs it.
 */
export function createSpeechProviders(env: Env): {
  transcriber: Transcriber | undefined;
  synthesizer: Synthesizer | undefined;
} {
  const sttModel = env.STT_MODEL;
  const ttsModel = env.TTS_MODEL;
  const transcriber: Transcriber | undefined =
    env.STT_PROVIDER && sttModel
      ? {
          name: `${env.STT_PROVIDER}:${sttModel}`,
          async transcribe(audio, language, signal) {
            const result = await experimental_transcribe({
              model: openAi("STT", env).transcription(sttModel),
              audio,
              abortSignal: signal,
              maxRetries: 1,
              // Passing options makes the provider ask for verbose_json, whose segments time the pauses.
              providerOptions: {
                openai: {
                  language,
                  prompt: fillerPrompts[language],
                  timestampGranularities: ["segment"],
                },
              },
            }).catch((error: unknown) => {
              // Silence: the provider heard no words. Not a failure of the provider.
              if (NoTranscriptGeneratedError.isInstance(error)) return undefined;
              throw error;
            });
            if (!result) return { text: "", segments: [], durationSeconds: undefined };
            return {
              text: result.text,
              segments: result.segments.map(({ startSecond, endSecond }) => ({
                startSecond,
                endSecond,
              })),
              durationSeconds: result.durationInSeconds,
            };
          },
        }
      : undefined;
  const synthesizer: Synthesizer | undefined =
    env.TTS_PROVIDER && ttsModel
      ? {
          name: `${env.TTS_PROVIDER}:${ttsModel}`,
          async speak(text, signal) {
            const result = await experimental_generateSpeech({
              model: openAi("TTS", env).speech(ttsModel),
              text,
              voice: env.TTS_VOICE,
              outputFormat: "mp3",
              abortSignal: signal,
              maxRetries: 1,
            });
            return result.audio.uint8Array;
          },
        }
      : undefined;
  return { transcriber, synthesizer };
}
