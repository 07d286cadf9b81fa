import { startState } from "@mentara/interviewer/engine/interview-state";
import { passedWell } from "@mentara/interviewer/report/passed-well";
import { sessionDetail } from "../browse/get-session.ts";
import { loadInterviewContent } from "../interview-content.ts";
import type { SessionDeps } from "../session-context.ts";
import { toReport } from "../session-views.ts";
import { advanceInterview } from "./advance-interview.ts";
import { chooseContent, type NewSessionChoice } from "./choose-content.ts";

/** How long a problem passed well stays out of the random choice. */
const restDays = 30;

/** The problems and prompts the user passed well in the last month. */
async function recentlyPassedWell(userId: string, deps: SessionDeps): Promise<Set<string>> {
  const since = new Date(deps.now().getTime() - restDays * 86_400_000);
  const finished = await deps.sessions.list(userId, { from: since });
  return new Set(
    finished.flatMap(({ session, report }) =>
      report && passedWell(toReport(report)) ? [session.problemId] : [],
    ),
  );
}

/**
 * Starts an interview of any type; the engine's greeting is stored as its first turn. Returns the
 * session as the room shows it, built from what was just stored rather than read back.
 */
export async function createSession(
  userId: string,
  input: NewSessionChoice,
  deps: SessionDeps,
  /** The plan it starts on ("pro" lets it finish if the plan lapses); null when billing is off. */
  plan: "free" | "pro" | null = null,
  random: () => number = Math.random,
) {
  const chosen = chooseContent(input, random, await recentlyPassedWell(userId, deps));
  const now = deps.now().getTime();
  const state = startState(input.type, input.mode, input.level, now, chosen.timeLimitSec * 1000);
  const session = await deps.sessions.create({
    userId,
    startedAt: new Date(now),
    type: input.type,
    mode: input.mode,
    level: input.level,
    problemId: chosen.id,
    contentIds: chosen.contentIds,
    language: input.language,
    timeLimitSec: chosen.timeLimitSec,
    aiEngine: deps.model.name,
    plan,
    engineState: state,
  });
  const content = loadInterviewContent(session);
  if (!content) throw new Error(`session ${session.id} has no content`);
  // A new session starts remembered, with no whiteboard yet, so its first turns read nothing back.
  deps.memory.rememberSession(session);
  deps.memory.rememberState(session.id, state);
  deps.memory.rememberTranscript(session.id, []);
  deps.memory.rememberBoard(session.id, null);
  const started = await advanceInterview(session, content, { kind: "start", nowMs: now }, deps);
  // Nothing else is stored under a session that has only just started.
  const stored = {
    turns: started.greeting,
    runs: [],
    scores: [],
    snapshot: undefined,
    report: undefined,
  };
  return sessionDetail({ ...session, engineState: started.state }, content, stored, deps.now());
}
