import type { Turn, TurnSpeech } from "@mentara/contracts/sessions";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { registerCandidateText } from "../../lib/diagnostics/candidate-text.ts";
import type { PendingTurn } from "./outbox.ts";
import { VoicePanel } from "./voice/voice-panel.tsx";

/** Two spoken parts of one answer as one: the second's pauses counted from the answer's start. */
function joinSpeech(first: TurnSpeech | null, second: TurnSpeech): TurnSpeech {
  if (!first) return second;
  return {
    durationMs: first.durationMs + second.durationMs,
    pauses: [
      ...first.pauses,
      ...second.pauses.map((p) => ({ atMs: p.atMs + first.durationMs, ms: p.ms })),
    ],
  };
}

/**
 * The conversation: stored turns, the reply still arriving, and the candidate's messages still on
 * their way (sending, or waiting for the network). Sending clears the composer at once; a message
 * the server refused comes back into it with the reason.
 */
export function ChatPanel(props: {
  id?: string;
  className?: string;
  turns: Turn[];
  pending: PendingTurn[];
  streaming: string | null;
  disabled: boolean;
  refused: { text: string; error: unknown } | null;
  onSend: (text: string, speech?: TurnSpeech) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  // The draft came (at least partly) from the microphone: its delivery goes with it.
  const [spoken, setSpoken] = useState<TurnSpeech | null>(null);
  const log = useRef<HTMLOListElement>(null);
  const composer = useRef<HTMLTextAreaElement>(null);
  // A crash report never carries what is being typed here, or any message of this conversation.
  const said = useRef<string[]>([]);
  said.current = [draft, ...props.turns.map((t) => t.text), ...props.pending.map((p) => p.text)];
  useEffect(() => registerCandidateText(() => said.current), []);

  useEffect(() => {
    if (props.refused) setDraft((current) => current || props.refused?.text || "");
  }, [props.refused]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever the transcript or the streaming reply grows.
  useEffect(() => {
    // A link from a report (#turn-<id>) shows that moment; otherwise follow the newest message.
    const linked = window.location.hash.startsWith("#turn-")
      ? document.getElementById(window.location.hash.slice(1))
      : null;
    if (linked) linked.scrollIntoView?.({ block: "center" });
    else log.current?.lastElementChild?.scrollIntoView?.({ block: "end" });
  }, [props.turns.length, props.pending.length, props.streaming]);

  const send = (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text) return;
    props.onSend(text, spoken ?? undefined);
    setDraft("");
    setSpoken(null);
  };
  const heard = (text: string, speech: TurnSpeech, handsFree: boolean) => {
    if (handsFree) {
      props.onSend(text, speech);
      return;
    }
    setDraft((current) => (current.trim() ? `${current.trimEnd()} ${text}` : text));
    setSpoken((current) => joinSpeech(current, speech));
    // Ready to edit or send with Enter.
    composer.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };

  return (
    <section
      id={props.id}
      className={`panel chat ${props.className ?? ""}`}
      aria-labelledby="chat-title"
    >
      <h2 id="chat-title">{t("room.chatTitle")}</h2>
      <ol className="messages" ref={log} role="log" aria-live="polite" aria-relevant="additions">
        {props.turns.map((turn) => (
          <li key={turn.id} id={`turn-${turn.id}`} className={`message ${turn.role}`}>
            <span className="who">{t(`room.${turn.role}`)}</span>
            {turn.speech ? <small className="spoken-mark">{t("voice.spokenMark")}</small> : null}
            <p>{turn.text}</p>
          </li>
        ))}
        {props.pending.map((item) => (
          <li key={item.key} className="message candidate pending">
            <span className="who">{t("room.candidate")}</span>
            {item.speech ? <small className="spoken-mark">{t("voice.spokenMark")}</small> : null}
            <p>{item.text}</p>
            <small className="muted">{item.waiting ? t("room.waiting") : t("room.pending")}</small>
          </li>
        ))}
        {props.turns.length === 0 && props.streaming === null ? (
          <li className="empty">{t("room.joining")}</li>
        ) : null}
        {props.streaming !== null ? (
          <li className="message interviewer streaming" aria-busy="true">
            <span className="who">{t("room.interviewer")}</span>
            <p>{props.streaming}</p>
          </li>
        ) : null}
      </ol>
      {props.refused ? <ErrorNotice error={props.refused.error} /> : null}
      {props.disabled ? null : (
        <VoicePanel turns={props.turns} streaming={props.streaming} onHeard={heard} />
      )}
      {props.disabled || !spoken ? null : (
        <p className="muted spoken-draft" role="status">
          {t("voice.editBeforeSending")}
        </p>
      )}
      {props.disabled ? null : (
        <form className="composer" onSubmit={send}>
          <label className="visually-hidden" htmlFor="message">
            {t("room.messageLabel")}
          </label>
          <textarea
            ref={composer}
            id="message"
            rows={2}
            value={draft}
            maxLength={4000}
            placeholder={t("room.messagePlaceholder")}
            onChange={(e) => {
              setDraft(e.target.value);
              if (!e.target.value.trim()) setSpoken(null);
            }}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button" disabled={draft.trim() === ""}>
            {t("room.send")}
          </button>
        </form>
      )}
    </section>
  );
}
