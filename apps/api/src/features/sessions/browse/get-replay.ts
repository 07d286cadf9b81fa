import type { Replay } from "@mentara/contracts/sessions";
import { loadOwnedSession, type SessionDeps } from "../session-context.ts";
import { toRun, toTurn } from "../session-views.ts";
import { toWhiteboardSnapshot } from "../whiteboard/to-whiteboard-snapshot.ts";

/** Everything needed to replay an interview: turns, code snapshots and runs, each with its time. */
export async function getReplay(
  userId: string,
  sessionId: string,
  deps: Pick<SessionDeps, "sessions" | "boards">,
): Promise<Replay> {
  const { session } = await loadOwnedSession(deps, userId, sessionId);
  const [turns, snapshots, runs, boards] = await Promise.all([
    deps.sessions.listTurns(session.id),
    deps.sessions.listSnapshots(session.id),
    deps.sessions.listRuns(session.id),
    deps.boards.list(session.id),
  ]);
  return {
    sessionId: session.id,
    turns: turns.map(toTurn),
    snapshots: snapshots.map((s) => ({
      id: s.id,
      code: s.code,
      createdAt: s.createdAt.toISOString(),
    })),
    runs: runs.map(toRun),
    boards: boards.map(toWhiteboardSnapshot),
  };
}
