import type { WhiteboardBody, WhiteboardSnapshot } from "@mentara/contracts/whiteboard";
import type { BoardElement } from "@mentara/interviewer/whiteboard/board-scene";
import { describeBoard } from "@mentara/interviewer/whiteboard/describe-board";
import { assertActive, loadLiveSession, type SessionDeps } from "../session-context.ts";
import { rememberBoard } from "./board-of-session.ts";
import { toWhiteboardSnapshot } from "./to-whiteboard-snapshot.ts";

/** Drawing steadily keeps one snapshot per this many milliseconds; a pause starts a new one. */
const snapshotEveryMs = 10_000;

/**
 * Saves the candidate's whiteboard: the live elements (deleted ones and images dropped) and the
 * description the interviewer and the scorer read. An unchanged board stores nothing new; one
 * saved again within a few seconds rewrites the last snapshot, so replay keeps moments, not
 * every stroke.
 */
export async function saveBoard(
  userId: string,
  sessionId: string,
  body: WhiteboardBody,
  deps: Pick<SessionDeps, "sessions" | "memory" | "boards" | "now">,
): Promise<WhiteboardSnapshot> {
  const { session } = await loadLiveSession(deps, userId, sessionId);
  assertActive(session);
  const elements = body.elements.filter((e) => !e.isDeleted && e.type !== "image");
  const summary = describeBoard(elements as BoardElement[]);
  const scene = { elements };
  const latest = await deps.boards.latest(session.id);
  if (latest && JSON.stringify(latest.scene) === JSON.stringify(scene))
    return toWhiteboardSnapshot(latest);
  const recent = latest && deps.now().getTime() - latest.createdAt.getTime() < snapshotEveryMs;
  const row =
    (recent && (await deps.boards.replace(latest.id, { scene, description: summary.text }))) ||
    (await deps.boards.insert({
      sessionId: session.id,
      userId,
      scene,
      description: summary.text,
    }));
  rememberBoard(deps, session.id, { id: row.id, summary });
  return toWhiteboardSnapshot(row);
}
