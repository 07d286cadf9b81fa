import { randomUUID } from "node:crypto";
import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import { interviewerInstructions } from "@mentara/interviewer/model/interviewer-instructions";
import {
  ModelUnavailableError,
  type TranscriptMessage,
} from "@mentara/interviewer/model/model-port";
import type { SessionDeps } from "../session-context.ts";
import { toTurn } from "../session-views.ts";
import type { SessionRow } from "../sessions-repository.ts";

/** The candidate's turn behind an event: its id, when it arrived, and its storing. */
export interface TurnCause {
  turnId: string;
  receivedAt: number;
  stored: Promise<unknown>;
}

/**
 * Streams an interviewer message through the model port, then stores it as a turn. A provider
 * failure is recorded on the session (with the engine state) and sent to the user; nothing else
 * answers in its place.
 */
export async function speakReply(
  session: SessionRow,
  text: string,
  state: InterviewState,
  deps: SessionDeps,
  {
    cause,
    board,
    storeState = false,
  }: {
    cause?: TurnCause | undefined;
    /** The whiteboard's description, when something is drawn: the model reads it as candidate content. */
    board?: string | undefined;
    /** Store `state` as the session's engine state in the reply's own statement. */
    storeState?: boolean;
  } = {},
): Promise<void> {
  const replyId = randomUUID();
  const turnStored = (cause?.stored ?? Promise.resolve()).then(
    () => true,
    () => false,
  );
  const transcript = await transcriptOf(session, deps, turnStored);
  const timing: { providerMs?: number } = {};
  let said = "";
  try {
    for await (const piece of deps.model.streamReply({
      instructions: interviewerInstructions(state, text),
      transcript,
      ...(board ? { board } : {}),
      fallbackText: text,
      timing,
    })) {
      // Breaking out of the loop closes the provider's stream.
      const first = said === "";
      if (first && !(await turnStored)) return;
      said += piece;
      deps.bus.publishTransient(session.id, {
        type: "interviewer.delta",
        data: { replyId, text: piece },
      });
      if (first && cause) {
        const firstTokenMs = performance.now() - cause.receivedAt;
        const providerMs = timing.providerMs ?? 0;
        const ms = (value: number) => Math.round(value * 100) / 100;
        deps.recordFirstToken({
          turnId: cause.turnId,
          firstTokenMs: ms(firstTokenMs),
          providerMs: ms(providerMs),
          overheadMs: ms(firstTokenMs - providerMs),
        });
      }
    }
  } catch (error: unknown) {
    if (!(await turnStored)) return;
    const message =
      error instanceof ModelUnavailableError
        ? error.message
        : "The AI interviewer failed to answer.";
    await deps.sessions.saveEngineState(session.id, state, message);
    deps.memory.patchSession(session.id, { aiError: message });
    await deps.bus.publish(session, { type: "interviewer.error", data: { message } });
    return;
  }
  if (deps.memory.session(session.id)?.aiError ?? session.aiError) {
    await deps.sessions.saveEngineState(session.id, state, null);
    deps.memory.patchSession(session.id, { aiError: null });
  }
  const row = await deps.bus.appendTurn(
    {
      sessionId: session.id,
      userId: session.userId,
      role: "interviewer",
      text: said.trim(),
      ...(storeState ? { engineState: state } : {}),
    },
    (turn) => ({ type: "interviewer.turn", data: { replyId, turn: toTurn(turn) } }),
  );
  deps.memory.append(session.id, { id: row.id, role: "interviewer", text: row.text });
}

/**
 * The transcript for the model, from memory when this process has it (the candidate's new turn
 * is already there); otherwise read once the new turn is stored.
 */
async function transcriptOf(
  session: SessionRow,
  deps: SessionDeps,
  turnStored: Promise<boolean>,
): Promise<TranscriptMessage[]> {
  const remembered = deps.memory.transcript(session.id);
  if (!remembered) await turnStored;
  const turns =
    remembered ??
    (await deps.sessions.listTurns(session.id)).map((t) => ({
      id: t.id,
      role: t.role === "interviewer" ? ("interviewer" as const) : ("candidate" as const),
      text: t.text,
    }));
  if (!remembered) deps.memory.rememberTranscript(session.id, turns);
  return turns.map(({ role, text }): TranscriptMessage => ({ role, text }));
}
