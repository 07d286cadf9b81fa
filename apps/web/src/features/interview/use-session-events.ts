import { sessionEvent } from "@mentara/contracts/events";
import type { DimensionScore, Run, Turn } from "@mentara/contracts/sessions";
import { useCallback, useEffect, useRef, useState } from "react";
import { openEventStream, type StreamStatus } from "../../lib/event-stream.ts";

export interface LiveSession {
  turns: Turn[];
  runs: Run[];
  /** The interviewer's reply while it is still arriving, word by word. */
  streaming: { replyId: string; text: string } | null;
  ended: boolean;
  status: StreamStatus;
  scores: DimensionScore[];
  phase: string;
  /** The AI provider's failure, shown until the next reply arrives. */
  error: string | null;
}

type Initial = Omit<LiveSession, "streaming" | "status">;

/**
 * Keeps the transcript, runs, live scores and phase current from the session's event stream,
 * starting from what the page loaded. Events are read through the contract; anything else is ignored.
 */
export function useSessionEvents(
  sessionId: string,
  initial: Initial,
  /** Called when the stream reconnects (back from the background, the network back). */
  onResume?: () => void,
): LiveSession & { addTurn: (turn: Turn) => void } {
  const [state, setState] = useState<LiveSession>({
    ...initial,
    streaming: null,
    status: "connecting",
  });

  const resume = useRef(onResume);
  resume.current = onResume;
  const addTurn = useCallback(
    (turn: Turn) => setState((s) => ({ ...s, turns: mergeTurn(s.turns, turn) })),
    [],
  );

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
              return {
                ...s,
                turns: mergeTurn(s.turns, event.data.turn),
                streaming: s.streaming?.replyId === event.data.replyId ? null : s.streaming,
                error: null,
              };
            case "candidate.turn":
              return { ...s, turns: mergeTurn(s.turns, event.data.turn) };
            case "run.result":
              return s.runs.some((r) => r.id === event.data.run.id)
                ? s
                : { ...s, runs: [...s.runs, event.data.run] };
            case "session.ended":
              return { ...s, ended: true };
            case "score.update":
              return { ...s, scores: event.data.scores };
            case "phase.change":
              return { ...s, phase: event.data.phase };
            case "interviewer.error":
              return { ...s, error: event.data.message, streaming: null };
            default:
              return s;
          }
        });
      },
      (status) => setState((s) => ({ ...s, status })),
      () => resume.current?.(),
    );
  }, [sessionId]);

  return { ...state, addTurn };
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
