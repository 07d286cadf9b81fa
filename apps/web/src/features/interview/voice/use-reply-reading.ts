import type { Turn } from "@mentara/contracts/sessions";
import { useEffect, useRef, useState } from "react";
import {
  createDeviceSpeaker,
  createProviderSpeaker,
  type ReplySpeaker,
} from "../../../lib/speech/reply-speaker.ts";
import { createSentenceSplitter } from "../../../lib/speech/split-sentences.ts";

/**
 * Reads each interviewer reply aloud while it streams, a sentence at a time: through the server's
 * speech provider when it has one, otherwise through this device's own voices. Replies that were
 * already on screen when the room opened are not read.
 */
export function useReplyReading(options: {
  enabled: boolean;
  provider: boolean;
  language: "en" | "ru";
  streaming: string | null;
  turns: Turn[];
  audio: React.RefObject<HTMLAudioElement | null>;
}) {
  const { enabled, provider, language, streaming, turns, audio } = options;
  const [speaking, setSpeaking] = useState(false);
  const speaker = useRef<ReplySpeaker | null>(null);
  const following = useRef<{
    splitter: ReturnType<typeof createSentenceSplitter>;
    text: string;
  } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const element = audio.current;
    if (provider && !element) return;
    const made =
      provider && element ? createProviderSpeaker(element) : createDeviceSpeaker(language);
    speaker.current = made;
    const off = made.onChange(setSpeaking);
    return () => {
      off();
      made.stop();
      speaker.current = null;
      following.current = null;
    };
  }, [enabled, provider, language, audio]);

  useEffect(() => {
    const current = speaker.current;
    if (!current || streaming === null) return;
    const follow = following.current;
    if (!follow || !streaming.startsWith(follow.text.slice(0, follow.splitter.taken))) {
      following.current = { splitter: createSentenceSplitter(), text: streaming };
    }
    const active = following.current;
    if (!active) return;
    active.text = streaming;
    for (const sentence of active.splitter.next(streaming)) current.say(sentence);
  }, [streaming]);

  const last = turns.at(-1);
  useEffect(() => {
    const follow = following.current;
    if (last?.role !== "interviewer" || !follow || streaming !== null) return;
    following.current = null;
    if (!last.text.startsWith(follow.text.slice(0, follow.splitter.taken))) return;
    for (const sentence of follow.splitter.rest(last.text)) speaker.current?.say(sentence);
  }, [last, streaming]);

  return {
    speaking,
    stop: () => speaker.current?.stop(),
    unlock: () => speaker.current?.unlock(),
  };
}
