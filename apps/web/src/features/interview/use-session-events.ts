import { sessionEvent } from "@mentara/contracts/events";
import type { Run, Turn } from "@mentara/contracts/sessions";
import { useEffect, useState } from "react";
import { openEventStream, type StreamStatus } from "../../lib/event-stream.ts";

export interface LiveSession {
  turns: Turn[];
  runs: Run[];
  /** The interviewer's reply while it is still arriving, word by word. */
  streaming: { replyId: string; text: string } | null;
  ended: boolean;
  status: StreamStatus;
}

/**
 * Keeps the transcript and runs live from the session's event stream, starting from what the
 * page loaded. Events are read through the contract; anything else is ignored.
 */
export function useSessionEvents(
  sessionId: string,
  initial: { turns: Turn[]; runs: Run[]; ended: boolean },
): LiveSession {
  const [state, setState] = useState<LiveSession>({
    ...initial,
    streaming: null,
    status: "connecting",
  });

  useEffect(() => {
    return openEventStream(
      `/sessions/${sessionId}/events`,
      (type, data) => {
        const parsed = sessionEvent.safeParse({ type, data: safeJson(data) });
        if (!parsed.success) return;
        const event = parsed.data;
        setState((s) => {
          switch (event.type) {
            case "interviewer.delta": {
              const current = s.streaming?.replyId === event.data.replyId ? s.streaming.text : "";
              return {
                ...s,
                streaming: { replyId: event.data.replyId, text: current + event.data.text },
              };
            }
            case "interviewer.turn":
            case "candidate.turn": {
              const streaming =
                event.type === "interviewer.turn" && s.streaming?.replyId === event.data.replyId
                  ? null
                  : s.streaming;
              return { ...s, turns: mergeTurn(s.turns, event.data.turn), streaming };
            }
            case "run.result":
              return s.runs.some((r) => r.id === event.data.run.id)
                ? s
                : { ...s, runs: [...s.runs, event.data.run] };
            case "session.ended":
              return { ...s, ended: true };
            default:
              return s;
          }
        });
      },
      (status) => setState((s) => ({ ...s, status })),
    );
  }, [sessionId]);

  return state;
}

function mergeTurn(turns: Turn[], turn: Turn): Turn[] {
  if (turns.some((t) => t.id === turn.id)) return turns;
  return [...turns, turn].sort((a, b) => a.seq - b.seq);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
