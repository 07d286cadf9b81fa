import type { Turn } from "@mentara/contracts/sessions";
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/error-notice.tsx";

export function ChatPanel(props: {
  turns: Turn[];
  streaming: string | null;
  disabled: boolean;
  sending: boolean;
  error: unknown;
  onSend: (text: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  const log = useRef<HTMLOListElement>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever the transcript or the streaming reply grows.
  useEffect(() => {
    // A link from a report (#turn-<id>) shows that moment; otherwise follow the newest message.
    const linked = window.location.hash.startsWith("#turn-")
      ? document.getElementById(window.location.hash.slice(1))
      : null;
    if (linked) linked.scrollIntoView?.({ block: "center" });
    else log.current?.lastElementChild?.scrollIntoView?.({ block: "end" });
  }, [props.turns.length, props.streaming]);

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    const text = draft.trim();
    if (!text || props.sending) return;
    try {
      await props.onSend(text);
      setDraft("");
    } catch {
      // The draft stays so nothing typed is lost; the error is shown below.
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void send();
    }
  };

  return (
    <section className="panel chat" aria-labelledby="chat-title">
      <h2 id="chat-title">{t("room.chatTitle")}</h2>
      <ol className="messages" ref={log} role="log" aria-live="polite" aria-relevant="additions">
        {props.turns.map((turn) => (
          <li key={turn.id} id={`turn-${turn.id}`} className={`message ${turn.role}`}>
            <span className="who">{t(`room.${turn.role}`)}</span>
            <p>{turn.text}</p>
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
      {props.error ? <ErrorNotice error={props.error} /> : null}
      {props.disabled ? null : (
        <form className="composer" onSubmit={(e) => void send(e)}>
          <label className="visually-hidden" htmlFor="message">
            {t("room.messageLabel")}
          </label>
          <textarea
            id="message"
            rows={2}
            value={draft}
            maxLength={4000}
            placeholder={t("room.messagePlaceholder")}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={onKeyDown}
          />
          <button type="submit" className="button" disabled={props.sending || draft.trim() === ""}>
            {t("room.send")}
          </button>
        </form>
      )}
    </section>
  );
}
