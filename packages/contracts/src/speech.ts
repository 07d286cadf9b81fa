import { z } from "zod";
import { turnSpeech } from "./sessions.ts";

/** Which voice features this server offers; the room shows why one is off. */
export const speechConfig = z.object({
  /** Spoken answers: on only with a speech-to-text provider (`STT_PROVIDER`). */
  transcription: z.boolean(),
  /** Replies read by the server's voice (`TTS_PROVIDER`); otherwise the device's own voices may. */
  synthesis: z.boolean(),
  /** The largest recording the server takes, in bytes. */
  maxAudioBytes: z.number(),
});
export type SpeechConfig = z.infer<typeof speechConfig>;

/** `POST /api/speech/transcriptions?language=`: the recording's language. */
export const transcriptionQuery = z.object({
  language: z.enum(["en", "ru"], { error: "language is en or ru" }).default("en"),
});

/** What was said, and how (the audio itself is not kept). */
export const transcription = z.object({
  text: z.string(),
  speech: turnSpeech,
});
export type Transcription = z.infer<typeof transcription>;

/** `POST /api/speech/synthesis`: one sentence or two of the interviewer's reply. */
export const synthesisBody = z.object({
  text: z
    .string()
    .trim()
    .min(1, "give the text to read aloud")
    .max(1_000, "read at most 1 000 characters at a time; split the reply into sentences"),
});
export type SynthesisBody = z.input<typeof synthesisBody>;
