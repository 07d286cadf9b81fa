import type { TurnSpeech } from "@mentara/contracts/sessions";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../../components/error-notice.tsx";
import { chooseRecordingFormat } from "../../../lib/speech/recording-format.ts";
import { useVoiceInput } from "./use-voice-input.ts";
import { silenceChoices, type VoiceSettings } from "./voice-settings.ts";

/** Where Space types or activates something itself, so it is not push-to-talk there. */
const ownsSpace = (target: EventTarget | null) =>
  target instanceof Element &&
  target.closest(
    'input, textarea, select, [contenteditable=""], [contenteditable="true"], .cm-editor, button:not(.talk-button), a[href], [role="radio"], [role="tab"]',
  ) !== null;

/**
 * The microphone: push-to-talk (hold the button or Space; a tap starts, a second tap sends) or
 * hands-free (a silence ends the answer), with a level meter, the silence countdown and every
 * state in words. Off, with the reason, when the server has no speech-to-text provider.
 */
export function VoiceControls(props: {
  available: boolean;
  language: "en" | "ru";
  settings: VoiceSettings;
  onSettings: (settings: VoiceSettings) => void;
  onHeard: (text: string, speech: TurnSpeech, handsFree: boolean) => void;
  onSpeaking: () => void;
}) {
  const { t } = useTranslation();
  const recordable = chooseRecordingFormat() !== undefined;
  const voice = useVoiceInput({
    language: props.language,
    silenceMs: props.settings.silenceMs,
    onHeard: props.onHeard,
    onSpeaking: props.onSpeaking,
  });
  const usable = props.available && recordable;
  const handsFree = props.settings.mode === "hands-free";
  const spaceDown = useRef(false);
  const { press, release } = voice;

  useEffect(() => {
    if (!usable || handsFree) return;
    const down = (event: KeyboardEvent) => {
      if (event.code !== "Space" || ownsSpace(event.target) || event.ctrlKey || event.metaKey)
        return;
      event.preventDefault();
      if (event.repeat || spaceDown.current) return;
      spaceDown.current = true;
      void press();
    };
    const up = (event: KeyboardEvent) => {
      if (event.code !== "Space" || !spaceDown.current) return;
      event.preventDefault();
      spaceDown.current = false;
      void release();
    };
    window.addEventListener("keydown", down);
    window.addEventListener("keyup", up);
    return () => {
      window.removeEventListener("keydown", down);
      window.removeEventListener("keyup", up);
    };
  }, [usable, handsFree, press, release]);

  if (!usable) {
    return (
      <div className="voice-controls off">
        <button
          type="button"
          className="button secondary talk-button"
          disabled
          aria-describedby="voice-off"
        >
          {t("voice.talk")}
        </button>
        {props.available ? (
          <p id="voice-off" className="muted voice-status">
            {t("voice.cannotRecord")}
          </p>
        ) : (
          // One line in the chat; the reason, for whoever wants it, one tap away.
          <details className="muted voice-status">
            <summary id="voice-off">{t("voice.offShort")}</summary>
            {t("voice.offNoProvider")}
          </details>
        )}
      </div>
    );
  }

  const status =
    voice.problem !== null
      ? t(`voice.problem.${voice.problem}`)
      : voice.state === "opening"
        ? t("voice.opening")
        : voice.state === "recording"
          ? t("voice.recording")
          : voice.state === "transcribing"
            ? t("voice.transcribing")
            : voice.state === "listening"
              ? voice.countdownMs !== null
                ? t("voice.countdown", { seconds: (voice.countdownMs / 1000).toFixed(1) })
                : t("voice.listening")
              : handsFree
                ? t("voice.handsFreeHint")
                : t("voice.pushHint");
  const live = voice.state === "recording" || voice.state === "listening";

  return (
    <div className="voice-controls">
      {handsFree ? (
        <button
          type="button"
          className={`button talk-button ${live ? "live" : ""}`}
          aria-pressed={live}
          disabled={voice.state === "opening"}
          onClick={() => (live ? voice.stop() : void voice.startHandsFree())}
        >
          {live ? t("voice.stopListening") : t("voice.startListening")}
        </button>
      ) : (
        <button
          type="button"
          className={`button talk-button ${live ? "live" : ""}`}
          aria-pressed={live}
          aria-keyshortcuts="Space"
          disabled={voice.state === "transcribing"}
          onPointerDown={(event) => {
            if (event.button !== 0) return;
            try {
              // Keeps the release coming here when the finger slides off the button.
              event.currentTarget.setPointerCapture?.(event.pointerId);
            } catch {
              // A pointer the browser no longer tracks: the release still reaches the button.
            }
            void voice.press();
          }}
          onPointerUp={() => void voice.release()}
          onPointerCancel={() => void voice.release()}
          onContextMenu={(event) => event.preventDefault()}
          onKeyDown={(event) => {
            // Enter works like a tap: once to start, once to send.
            if (event.key === "Enter" && !event.repeat) {
              event.preventDefault();
              void voice.press().then(() => voice.release());
            }
          }}
        >
          {voice.state === "recording" ? t("voice.release") : t("voice.hold")}
        </button>
      )}
      <meter
        className="voice-level"
        min={0}
        max={1}
        value={voice.level}
        aria-label={t("voice.level")}
      />
      <p className="voice-status" role="status" aria-live="polite">
        {status}
      </p>
      <fieldset className="voice-mode">
        <legend className="visually-hidden">{t("voice.mode")}</legend>
        <label>
          <input
            type="radio"
            name="voice-mode"
            checked={!handsFree}
            onChange={() => {
              voice.stop();
              props.onSettings({ ...props.settings, mode: "push" });
            }}
          />
          {t("voice.push")}
        </label>
        <label>
          <input
            type="radio"
            name="voice-mode"
            checked={handsFree}
            onChange={() => {
              voice.stop();
              props.onSettings({ ...props.settings, mode: "hands-free" });
            }}
          />
          {t("voice.handsFree")}
        </label>
        {handsFree ? (
          <label>
            {t("voice.silence")}
            <select
              value={props.settings.silenceMs}
              onChange={(event) =>
                props.onSettings({ ...props.settings, silenceMs: Number(event.target.value) })
              }
            >
              {silenceChoices.map((ms) => (
                <option key={ms} value={ms}>
                  {t("voice.seconds", { seconds: ms / 1000 })}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </fieldset>
      {voice.error ? <ErrorNotice error={voice.error} /> : null}
    </div>
  );
}
