import type { SessionDeps } from "../session-context.ts";
import { finishSession } from "./finish-session.ts";

/**
 * The clock: ends every interview whose time is up, even when the candidate went quiet, and
 * writes its report. Returns how many it ended.
 */
export async function endOverdueSessions(deps: SessionDeps): Promise<number> {
  let ended = 0;
  for (const session of await deps.sessions.overdue(deps.now())) {
    if (await deps.serialize(session.id, () => finishSession(session, deps))) ended++;
  }
  return ended;
}
