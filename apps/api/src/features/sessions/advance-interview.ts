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
 * Returns the hint tier when the event gave one, and whether the interview is now over.
 */
export async function advanceInterview(
  session: SessionRow,
  content: InterviewContent,
  event: InterviewEvent,
  deps: SessionDeps,
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
      await deps.sessions.saveEngineState(session.id, settled);
      for (const phase of phases)
        await deps.bus.publish(session, { type: "phase.change", data: { phase } });
    })();
    try {
      for (const text of spoken) {
        // The greeting is the engine's own words, stored at once, so it always comes first.
        if (event.kind === "start") await say(session, text, deps);
        else await speak(session, text, state, deps);
      }
    } finally {
      await bookkeeping;
    }
    return { state, ended, ...(hintTier ? { hintTier } : {}) };
  });
}

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
): Promise<void> {
  const replyId = randomUUID();
  const transcript = await transcriptOf(session, deps);
  let said = "";
  try {
    for await (const piece of deps.model.streamReply({
      instructions: instructionsFor(state, text),
      transcript,
      fallbackText: text,
    })) {
      said += piece;
      deps.bus.publishTransient(session.id, {
        type: "interviewer.delta",
        data: { replyId, text: piece },
      });
    }
  } catch (error: unknown) {
    const message =
      error instanceof ModelUnavailableError
        ? error.message
        : "The AI interviewer failed to answer.";
    await deps.sessions.saveEngineState(session.id, state, message);
    await deps.bus.publish(session, { type: "interviewer.error", data: { message } });
    return;
  }
  if (session.aiError) await deps.sessions.saveEngineState(session.id, state, null);
  const row = await deps.sessions.appendTurn({
    sessionId: session.id,
    userId: session.userId,
    role: "interviewer",
    text: said.trim(),
  });
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

/** The transcript for the model, from memory when this process has it. */
async function transcriptOf(session: SessionRow, deps: SessionDeps): Promise<TranscriptMessage[]> {
  const remembered = deps.memory.transcript(session.id);
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
