import type { TurnSpeech } from "@mentara/contracts/sessions";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  type Microphone,
  MicrophoneError,
  type MicrophoneProblem,
  openMicrophone,
} from "../../../lib/speech/microphone.ts";
import { transcribeRecording } from "../../../lib/speech/speech-api.ts";

export type VoiceState = "idle" | "opening" | "recording" | "listening" | "transcribing";

/** Loudness (0–1) above which the microphone hears a voice. */
const voiceLevel = 0.12;
/** A press shorter than this is a tap: recording goes on until the next tap. */
const tapMs = 350;

/**
 * Voice input: push-to-talk (hold; or tap to start and tap to send) and hands-free (listens, and
 * a silence of `silenceMs` after speech ends the answer). The microphone opens on the first press
 * only. Each recording goes to the server's speech-to-text provider and comes back as text with
 * its delivery timings; the audio is dropped as soon as it is sent.
 */
export function useVoiceInput(options: {
  language: "en" | "ru";
  silenceMs: number;
  /** The transcript, and whether it came hands-free (sent at once) or by push-to-talk (edited first). */
  onHeard: (text: string, speech: TurnSpeech, handsFree: boolean) => void;
  /** The candidate started speaking: the interviewer's voice stops. */
  onSpeaking: () => void;
}) {
  const [state, setState] = useState<VoiceState>("idle");
  const [problem, setProblem] = useState<MicrophoneProblem | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [level, setLevel] = useState(0);
  const [countdownMs, setCountdownMs] = useState<number | null>(null);
  const latest = useRef(options);
  latest.current = options;
  const mic = useRef<Microphone | null>(null);
  const opening = useRef<Promise<Microphone | null> | null>(null);
  const recording = useRef<ReturnType<Microphone["record"]> | null>(null);
  const pressedAt = useRef(0);
  const held = useRef(false);
  const latched = useRef(false);
  const handsFree = useRef(false);
  const heardVoice = useRef(false);
  const silenceSince = useRef<number | null>(null);

  const open = useCallback(async (): Promise<Microphone | null> => {
    if (mic.current) return mic.current;
    opening.current ??= openMicrophone().then(
      (opened) => {
        mic.current = opened;
        setProblem(null);
        return opened;
      },
      (failure: unknown) => {
        setProblem(failure instanceof MicrophoneError ? failure.problem : "failed");
        opening.current = null;
        return null;
      },
    );
    return opening.current;
  }, []);

  const send = useCallback(
    async (take: ReturnType<Microphone["record"]>, fromHandsFree: boolean) => {
      const { audio } = await take.stop();
      setState(fromHandsFree && handsFree.current ? "listening" : "transcribing");
      try {
        const heard = await transcribeRecording(audio, latest.current.language);
        setError(null);
        latest.current.onHeard(heard.text, heard.speech, fromHandsFree);
      } catch (failure: unknown) {
        setError(failure);
      } finally {
        if (!handsFree.current) setState((s) => (s === "transcribing" ? "idle" : s));
      }
    },
    [],
  );

  const startRecording = useCallback((microphone: Microphone) => {
    recording.current = microphone.record();
    heardVoice.current = false;
    silenceSince.current = null;
    latest.current.onSpeaking();
  }, []);

  /** Push-to-talk: the button (or Space) goes down. */
  const press = useCallback(async () => {
    setError(null);
    if (latched.current && recording.current) {
      latched.current = false;
      const take = recording.current;
      recording.current = null;
      await send(take, false);
      return;
    }
    held.current = true;
    pressedAt.current = performance.now();
    latest.current.onSpeaking();
    if (!mic.current) setState("opening");
    const microphone = await open();
    if (!microphone) {
      setState("idle");
      return;
    }
    // Released while the permission was being asked: ready for the next press.
    if (!held.current) {
      setState("idle");
      return;
    }
    startRecording(microphone);
    setState("recording");
  }, [open, send, startRecording]);

  /** Push-to-talk: the button (or Space) comes up. */
  const release = useCallback(async () => {
    held.current = false;
    const take = recording.current;
    if (!take || handsFree.current) return;
    if (performance.now() - pressedAt.current < tapMs) {
      latched.current = true;
      return;
    }
    recording.current = null;
    await send(take, false);
  }, [send]);

  const startHandsFree = useCallback(async () => {
    setError(null);
    setState("opening");
    const microphone = await open();
    if (!microphone) {
      setState("idle");
      return;
    }
    handsFree.current = true;
    startRecording(microphone);
    setState("listening");
  }, [open, startRecording]);

  const stop = useCallback(() => {
    handsFree.current = false;
    latched.current = false;
    recording.current?.cancel();
    recording.current = null;
    setCountdownMs(null);
    setState("idle");
  }, []);

  // The level meter, and in hands-free the silence that ends an answer.
  useEffect(() => {
    if (state !== "recording" && state !== "listening") {
      setLevel(0);
      return;
    }
    const timer = setInterval(() => {
      const microphone = mic.current;
      if (!microphone) return;
      const now = microphone.level();
      setLevel(now);
      if (!handsFree.current || !recording.current) return;
      if (now >= voiceLevel) {
        if (!heardVoice.current) latest.current.onSpeaking();
        heardVoice.current = true;
        silenceSince.current = null;
        setCountdownMs(null);
        return;
      }
      if (!heardVoice.current) return;
      silenceSince.current ??= performance.now();
      const left = latest.current.silenceMs - (performance.now() - silenceSince.current);
      setCountdownMs(Math.max(0, left));
      if (left <= 0) {
        const take = recording.current;
        setCountdownMs(null);
        startRecording(microphone);
        void send(take, true);
      }
    }, 50);
    return () => clearInterval(timer);
  }, [state, send, startRecording]);

  // Leaving the room closes the microphone.
  useEffect(
    () => () => {
      recording.current?.cancel();
      mic.current?.close();
    },
    [],
  );

  return {
    state,
    problem,
    error,
    level,
    countdownMs,
    handsFree: handsFree.current,
    press,
    release,
    startHandsFree,
    stop,
  };
}
