import { randomUUID } from "node:crypto";
import type { Turn, TurnSpeech } from "@mentara/contracts/sessions";
import { isUniqueViolation } from "../../../db/constraint-violations.ts";
import { assertActive, loadLiveSession, type SessionDeps } from "../session-context.ts";
import { toTurn } from "../session-views.ts";
import type { SessionRow, TurnRow } from "../sessions-repository.ts";
import { applyInterviewEvent } from "./apply-interview-event.ts";
import { nextLoopTurn } from "./next-loop-turn.ts";

interface TurnInput {
  text: string;
  code?: string | undefined;
  /** A spoken turn's delivery timings from the transcription; absent for a typed turn. */
  speech?: TurnSpeech | undefined;
  /** The client's Idempotency-Key: the same key again is the same turn. */
  key?: string | undefined;
}

/** Another request with the same key stored this turn first. */
class AlreadyStored extends Error {
  constructor(readonly row: TurnRow) {
    super("this turn was already stored");
  }
}

/**
 * Stores the candidate's turn (and code, when sent) and answers once it is stored. The
 * interviewer starts on its reply while the turn is being stored, so the model's latency overlaps
 * the writes, but none of the reply goes out before the turn is stored; when storing fails, the
 * reply is dropped and the candidate gets the error. Live scores update once the turn is stored,
 * alongside the reply. A turn sent again with the same key (its answer was lost on the way back)
 * is answered with the turn already stored, and the interviewer does not answer it twice.
 */
export async function postTurn(
  userId: string,
  sessionId: string,
  input: TurnInput,
  deps: SessionDeps,
  /** `performance.now()` when the request arrived, for the first-token timing. */
  receivedAt = performance.now(),
): Promise<Turn> {
  const { session, content } = await loadLiveSession(deps, userId, sessionId);
  const key = input.key;
  if (!key) return acceptTurn(session, content, input, deps, receivedAt);
  return deps.inFlight.share(`turn:${session.id}:${key}`, async () => {
    const earlier = await deps.sessions.findTurnByKey(session.id, key);
    if (earlier) return toTurn(earlier);
    try {
      return await acceptTurn(session, content, input, deps, receivedAt);
    } catch (error: unknown) {
      if (error instanceof AlreadyStored) return toTurn(error.row);
      throw error;
    }
  });
}

async function acceptTurn(
  session: SessionRow,
  content: Awaited<ReturnType<typeof loadLiveSession>>["content"],
  input: TurnInput,
  deps: SessionDeps,
  receivedAt: number,
): Promise<Turn> {
  assertActive(session);
  const { recorded } = await deps.allowance.admitInterview(session);
  const id = randomUUID();
  deps.memory.append(session.id, { id, role: "candidate", text: input.text });
  // The interview's count (its first answer) is stored alongside the turn, not before the reply starts.
  const stored = Promise.all([storeTurn(session, id, input, deps), recorded]).then(([row]) => row);
  deps.background(
    applyInterviewEvent(
      session,
      content,
      { kind: "turn", text: input.text, turnId: id, nowMs: deps.now().getTime() },
      deps,
      { stored, turnId: id, receivedAt },
    ),
  );
  return toTurn(await stored);
}

async function storeTurn(
  session: SessionRow,
  id: string,
  input: TurnInput,
  deps: SessionDeps,
): Promise<TurnRow> {
  await nextLoopTurn(); // lets the model's request leave first; the candidate waits on this anyway
  try {
    if (input.code !== undefined) {
      await deps.sessions.saveSnapshot({
        sessionId: session.id,
        userId: session.userId,
        language: session.language,
        code: input.code,
      });
    }
    const row = await deps.bus.appendTurn(
      {
        id,
        sessionId: session.id,
        userId: session.userId,
        role: "candidate",
        text: input.text,
        idempotencyKey: input.key,
        speech: input.speech,
      },
      (turn) => ({ type: "candidate.turn", data: { turn: toTurn(turn) } }),
    );
    return row;
  } catch (error: unknown) {
    // The remembered transcript holds a turn that may not exist: read it afresh next time.
    deps.memory.forget(session.id);
    if (input.key && isUniqueViolation(error, "turns_session_idempotency_unique")) {
      const earlier = await deps.sessions.findTurnByKey(session.id, input.key);
      if (earlier) throw new AlreadyStored(earlier);
    }
    throw error;
  }
}
