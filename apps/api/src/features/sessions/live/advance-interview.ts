import type { InterviewEvent } from "@mentara/interviewer/engine/interview-material";
import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import { interviewStep } from "@mentara/interviewer/engine/interview-step";
import { readState } from "../engine-state.ts";
import type { InterviewContent } from "../interview-content.ts";
import { storeInterviewerTurn } from "../interviewer-turn.ts";
import type { SessionDeps } from "../session-context.ts";
import type { SessionRow, TurnRow } from "../sessions-repository.ts";
import { boardOfSession } from "../whiteboard/board-of-session.ts";
import { nextLoopTurn } from "./next-loop-turn.ts";
import { speakReply, type TurnCause } from "./speak-reply.ts";

/**
 * Feeds one event to the session's engine (a clock tick first, so overruns get their nudge),
 * stores the new state, then speaks what the engine decided through the model and stores it.
 * `cause` is the candidate's turn behind the event, while it is being stored: the model starts at
 * once, but nothing is said before the turn is stored, and nothing at all if storing it failed.
 * The time from the turn's arrival to the first token is reported.
 * Returns the hint tier when the event gave one, whether the interview is now over, and the
 * greeting's stored turns (none but for the start).
 */
export async function advanceInterview(
  session: SessionRow,
  content: InterviewContent,
  event: InterviewEvent,
  deps: SessionDeps,
  cause?: TurnCause,
): Promise<{ state: InterviewState; ended: boolean; hintTier?: number; greeting: TurnRow[] }> {
  return deps.serialize(session.id, async () => {
    let state = deps.memory.state(session.id);
    if (!state) {
      const fresh = (await deps.sessions.find(session.userId, session.id)) ?? session;
      state = readState(fresh);
    }
    if (!state) throw new Error("this session has no interview state");
    // A turn carries the whiteboard as it stands: the engine and the model both read it.
    const board =
      event.kind === "turn" ? (await boardOfSession(deps, session.id))?.summary : undefined;
    if (event.kind === "turn" && board?.text)
      event = { ...event, board: { text: board.text, arrows: board.arrows } };
    const spoken: string[] = [];
    const phases: string[] = [];
    let hintTier: number | undefined;
    let ended = false;
    const events: InterviewEvent[] =
      event.kind === "start" ? [event] : [{ kind: "tick", nowMs: event.nowMs }, event];
    for (const next of events) {
      const previousPhase = state.phase;
      const step = interviewStep(state, next, content.subject.material);
      state = step.state;
      if (step.move.say) spoken.push(step.move.say);
      if (step.move.hintTier) hintTier = step.move.hintTier;
      if (step.move.end) ended = true;
      if (state.phase !== previousPhase) phases.push(state.phase);
      if (ended) break;
    }
    // Storing the state and the phase change runs alongside the reply rather than before it:
    // the first token should not wait for bookkeeping. A reply to a turn that changed nothing
    // the room shows (no phase, no end) stores the state in its own statement instead: one
    // statement fewer on the busiest path, and the reply and the state it came from kept together.
    const settled = state;
    deps.memory.rememberState(session.id, settled);
    const stateWithReply =
      event.kind === "turn" && phases.length === 0 && !ended && spoken.length > 0;
    const bookkeeping = (async () => {
      await nextLoopTurn(); // lets the model's request leave first
      if (!stateWithReply) await deps.sessions.saveEngineState(session.id, settled);
      // The stream tells it in order: the candidate's turn, then the phase it moved the interview to.
      if (phases.length > 0) await cause?.stored.catch(() => {});
      for (const phase of phases)
        await deps.bus.publish(session, { type: "phase.change", data: { phase } });
    })();
    const greeting: TurnRow[] = [];
    try {
      for (const [index, text] of spoken.entries()) {
        // The greeting is the engine's own words, stored at once, so it always comes first.
        if (event.kind === "start") greeting.push(await storeInterviewerTurn(session, text, deps));
        else
          await speakReply(session, text, state, deps, {
            cause,
            board: board?.text,
            storeState: stateWithReply && index === spoken.length - 1,
          });
      }
    } finally {
      await bookkeeping;
    }
    return { state, ended, greeting, ...(hintTier ? { hintTier } : {}) };
  });
}
