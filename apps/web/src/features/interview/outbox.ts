import { type Turn, type TurnSpeech, turn, turnSpeech } from "@mentara/contracts/sessions";
import { useCallback, useEffect, useRef, useState } from "react";
import { newRequestKey, sendReliably } from "../../lib/reliable-request.ts";

/** A message the candidate sent that the server has not confirmed yet. */
export interface PendingTurn {
  key: string;
  text: string;
  code?: string | undefined;
  /** A spoken message's delivery timings (never audio). */
  speech?: TurnSpeech | undefined;
  waiting: boolean;
}

const storageKey = (sessionId: string) => `mentara.outbox.${sessionId}`;

function load(sessionId: string): PendingTurn[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(sessionId)) ?? "[]");
    if (!Array.isArray(stored)) return [];
    return stored.flatMap((item: unknown) =>
      typeof item === "object" &&
      item !== null &&
      "key" in item &&
      typeof item.key === "string" &&
      "text" in item &&
      typeof item.text === "string"
        ? [
            {
              key: item.key,
              text: item.text,
              ...("code" in item && typeof item.code === "string" ? { code: item.code } : {}),
              ...("speech" in item && turnSpeech.safeParse(item.speech).success
                ? { speech: turnSpeech.parse(item.speech) }
                : {}),
              waiting: true,
            },
          ]
        : [],
    );
  } catch {
    return [];
  }
}

function save(sessionId: string, items: PendingTurn[]): void {
  const kept = items.map(({ key, text, code, speech }) => ({
    key,
    text,
    ...(code ? { code } : {}),
    ...(speech ? { speech } : {}),
  }));
  if (kept.length) localStorage.setItem(storageKey(sessionId), JSON.stringify(kept));
  else localStorage.removeItem(storageKey(sessionId));
}

/**
 * The candidate's messages on their way to the server, in order. Each is kept (in this device's
 * storage too, so a closed app loses nothing) until the server has stored it; while the network
 * is down it waits and is sent again with the same key when it returns. A message the server
 * refuses comes back through `onRefused`, so its text can return to the composer.
 */
export function useOutbox(
  sessionId: string,
  onRefused: (text: string, error: unknown) => void,
  onDelivered: (stored: Turn) => void,
) {
  const [items, setItems] = useState<PendingTurn[]>(() => load(sessionId));
  const queue = useRef(items);
  const sending = useRef(false);
  const refused = useRef(onRefused);
  refused.current = onRefused;
  const delivered = useRef(onDelivered);
  delivered.current = onDelivered;

  const update = useCallback(
    (next: PendingTurn[]) => {
      queue.current = next;
      save(sessionId, next);
      setItems(next);
    },
    [sessionId],
  );

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      for (let item = queue.current[0]; item; item = queue.current[0]) {
        const current = item;
        try {
          const stored = await sendReliably(
            `/sessions/${sessionId}/turns`,
            turn,
            {
              text: current.text,
              ...(current.code !== undefined ? { code: current.code } : {}),
              ...(current.speech ? { speech: current.speech } : {}),
            },
            current.key,
            (waiting) =>
              update(queue.current.map((i) => (i.key === current.key ? { ...i, waiting } : i))),
          );
          delivered.current(stored);
        } catch (error: unknown) {
          refused.current(current.text, error);
        }
        update(queue.current.filter((i) => i.key !== current.key));
      }
    } finally {
      sending.current = false;
    }
  }, [sessionId, update]);

  useEffect(() => {
    if (queue.current.length) void flush();
  }, [flush]);

  const send = useCallback(
    (text: string, code?: string, speech?: TurnSpeech) => {
      update([...queue.current, { key: newRequestKey(), text, code, speech, waiting: false }]);
      void flush();
    },
    [flush, update],
  );

  return { pending: items, send, waiting: items.some((i) => i.waiting) };
}
