import type { Turn, TurnSpeech } from "@mentara/contracts/sessions";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { localVoice } from "../../../lib/speech/reply-speaker.ts";
import { speechConfigQuery } from "../../../lib/speech/speech-api.ts";
import { useReplyReading } from "./use-reply-reading.ts";
import { VoiceControls } from "./voice-controls.tsx";
import { loadVoiceSettings, saveVoiceSettings, type VoiceSettings } from "./voice-settings.ts";

/** Whether this device has a voice of its own for the language (voices load late in Chrome). */
function useDeviceVoice(language: string): boolean {
  const [found, setFound] = useState(() => localVoice(language) !== undefined);
  useEffect(() => {
    if (typeof speechSynthesis === "undefined") return;
    const check = () => setFound(localVoice(language) !== undefined);
    check();
    speechSynthesis.addEventListener("voiceschanged", check);
    return () => speechSynthesis.removeEventListener("voiceschanged", check);
  }, [language]);
  return found;
}

/**
 * Talking with the interviewer: the microphone, and the interviewer's replies read aloud (the
 * server's voice, or with none this device's own), which can be muted and stop when the
 * candidate speaks.
 */
export function VoicePanel(props: {
  turns: Turn[];
  streaming: string | null;
  onHeard: (text: string, speech: TurnSpeech, handsFree: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith("ru") ? "ru" : "en";
  const config = useQuery(speechConfigQuery());
  const [settings, setSettings] = useState<VoiceSettings>(loadVoiceSettings);
  const audio = useRef<HTMLAudioElement>(null);
  const deviceVoice = useDeviceVoice(language);
  const provider = config.data?.synthesis === true;
  const canRead = provider || deviceVoice;
  const readAloud = canRead && (settings.readAloud ?? provider);
  const reading = useReplyReading({
    enabled: readAloud && config.isSuccess,
    provider,
    language,
    streaming: props.streaming,
    turns: props.turns,
    audio,
  });
  const change = (next: VoiceSettings) => {
    setSettings(next);
    saveVoiceSettings(next);
  };

  if (config.isPending)
    return (
      <p className="voice muted" role="status">
        {t("voice.checking")}
      </p>
    );
  if (config.isError)
    return (
      <p className="voice muted" role="status">
        {t("voice.configFailed")}
      </p>
    );

  return (
    <div className="voice">
      <VoiceControls
        available={config.data.transcription}
        language={language}
        settings={settings}
        onSettings={change}
        onHeard={props.onHeard}
        onSpeaking={() => {
          reading.stop();
          reading.unlock();
        }}
      />
      {/* Nothing to offer without a voice on the server or the device: no switch that cannot work. */}
      {canRead ? (
        <div className="voice-reading">
          <label>
            <input
              type="checkbox"
              checked={readAloud}
              onChange={(event) => {
                if (event.target.checked) reading.unlock();
                else reading.stop();
                change({ ...settings, readAloud: event.target.checked });
              }}
            />
            {provider ? t("voice.readAloud") : t("voice.readAloudDevice")}
          </label>
          {reading.speaking ? (
            <>
              <span className="badge" role="status">
                {t("voice.speaking")}
              </span>
              <button type="button" className="button secondary" onClick={() => reading.stop()}>
                {t("voice.stopReading")}
              </button>
            </>
          ) : null}
        </div>
      ) : null}
      {/* biome-ignore lint/a11y/useMediaCaption: the reply being read is on screen as text. */}
      <audio ref={audio} className="reply-audio" preload="auto" />
    </div>
  );
}
