import { randomUUID } from "node:crypto";
import type { InterviewEvent } from "@mentara/interviewer/engine/interview-material";
import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import { interviewStep } from "@mentara/interviewer/engine/interview-step";
import {
  ModelUnavailableError,
  type TranscriptMessage,
} from "@mentara/interviewer/model/model-port";
import { z } from "zod";
import type { InterviewContent } from "./interview-content.ts";
import type { SessionDeps } from "./session-context.ts";
import { toTurn } from "./session-views.ts";
import type { SessionRow } from "./sessions-repository.ts";

/** The candidate's turn behind an event: its id, when it arrived, and its storing. */
export interface TurnCause {
  turnId: string;
  receivedAt: number;
  stored: Promise<unknown>;
}

/** The engine state column, read back through a schema (never trusted as-is). */
const storedState = z.custom<InterviewState>(
  (value) =>
    typeof value === "object" &&
    value !== null &&
    "phase" in value &&
    "startedAtMs" in value &&
    "kind" in value,
);

export function readState(session: SessionRow): InterviewState | undefined {
  const parsed = storedState.safeParse(session.engineState);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Feeds one event to the session's engine (a clock tick first, so overruns get their nudge),
 * stores the new state, then speaks what the engine decided through the model and stores it.
 * `cause` is the candidate's turn behind the event, while it is being stored: the model starts at
 * once, but nothing is said before the turn is stored, and nothing at all if storing it failed.
 * The time from the turn's arrival to the first token is reported.
 * Returns the hint tier when the event gave one, and whether the interview is now over.
 */
export async function advanceInterview(
  session: SessionRow,
  content: InterviewContent,
  event: InterviewEvent,
  deps: SessionDeps,
  cause?: TurnCause,
): Promise<{ state: InterviewState; ended: boolean; hintTier?: number }> {
  return deps.serialize(session.id, async () => {
    let state = deps.memory.state(session.id);
    if (!state) {
      const fresh = (await deps.sessions.find(session.userId, session.id)) ?? session;
      state = readState(fresh);
    }
    if (!state) throw new Error("this session has no interview state");
    const spoken: string[] = [];
    const phases: string[] = [];
    let hintTier: number | undefined;
    let ended = false;
    const events: InterviewEvent[] =
      event.kind === "start" ? [event] : [{ kind: "tick", nowMs: event.nowMs }, event];
    for (const next of events) {
      const previousPhase = state.phase;
      const step = interviewStep(state, next, content.material);
      state = step.state;
      if (step.move.say) spoken.push(step.move.say);
      if (step.move.hintTier) hintTier = step.move.hintTier;
      if (step.move.end) ended = true;
      if (state.phase !== previousPhase) phases.push(state.phase);
      if (ended) break;
    }
    // Storing the state and the phase change runs alongside the reply rather than before it:
    // the first token should not wait for bookkeeping.
    const settled = state;
    deps.memory.rememberState(session.id, settled);
    const bookkeeping = (async () => {
      await nextLoopTurn(); // lets the model's request leave first
      await deps.sessions.saveEngineState(session.id, settled);
      // The stream tells it in order: the candidate's turn, then the phase it moved the interview to.
      if (phases.length > 0) await cause?.stored.catch(() => {});
      for (const phase of phases)
        await deps.bus.publish(session, { type: "phase.change", data: { phase } });
    })();
    try {
      for (const text of spoken) {
        // The greeting is the engine's own words, stored at once, so it always comes first.
        if (event.kind === "start") await say(session, text, deps);
        else await speak(session, text, state, deps, cause);
      }
    } finally {
      await bookkeeping;
    }
    return { state, ended, ...(hintTier ? { hintTier } : {}) };
  });
}

/** Resolves after the current event-loop turn, once work already started has gone out. */
export const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function say(session: SessionRow, text: string, deps: SessionDeps): Promise<void> {
  const row = await deps.sessions.appendTurn({
    sessionId: session.id,
    userId: session.userId,
    role: "interviewer",
    text,
  });
  deps.memory.append(session.id, { id: row.id, role: "interviewer", text });
  await deps.bus.publish(session, {
    type: "interviewer.turn",
    data: { replyId: row.id, turn: toTurn(row) },
  });
}

/**
 * Streams an interviewer message through the model port, then stores it as a turn. A provider
 * failure is recorded on the session and sent to the user; nothing else answers in its place.
 */
async function speak(
  session: SessionRow,
  text: string,
  state: InterviewState,
  deps: SessionDeps,
  cause: TurnCause | undefined,
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
      instructions: instructionsFor(state, text),
      transcript,
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
  const row = await deps.sessions.appendTurn({
    sessionId: session.id,
    userId: session.userId,
    role: "interviewer",
    text: said.trim(),
  });
  deps.memory.append(session.id, { id: row.id, role: "interviewer", text: row.text });
  await deps.bus.publish(session, {
    type: "interviewer.turn",
    data: { replyId, turn: toTurn(row) },
  });
}

function instructionsFor(state: InterviewState, intent: string): string {
  return [
    `You are a friendly, rigorous interviewer running a ${state.kind.replace("_", " ")} interview for a ${state.level}-level software engineer (${state.mode} mode).`,
    `Current phase: ${state.phase}. Your next move, in your own words and in at most three sentences: ${intent}`,
    "Never write the solution or the answer for the candidate, and never state or change scores.",
  ].join("\n");
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
