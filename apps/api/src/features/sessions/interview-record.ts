import { codingLanguages, levels, oneOf } from "@mentara/domain/interview";
import type { InterviewState } from "@mentara/interviewer/engine/interview-state";
import type { InterviewRecord, RecordedTurn } from "@mentara/interviewer/scoring/interview-record";
import type { SessionDeps } from "./session-context.ts";
import { toRun } from "./session-views.ts";
import type { SessionRow } from "./sessions-repository.ts";
import { boardOfSession } from "./whiteboard/board-of-session.ts";

/**
 * The interview as the scorers and the report read it, from the stored turns, runs and code.
 * `remembered` is the transcript when this process holds it, so the hot path reads no turns.
 */
export async function loadInterviewRecord(
  session: SessionRow,
  state: InterviewState | undefined,
  deps: Pick<SessionDeps, "sessions" | "boards" | "memory">,
  remembered?: readonly RecordedTurn[],
): Promise<InterviewRecord> {
  const coding = session.type === "coding";
  const [turns, runs, snapshots, board] = await Promise.all([
    remembered ?? deps.sessions.listTurns(session.id),
    coding ? deps.sessions.listRuns(session.id) : [],
    coding ? deps.sessions.listSnapshots(session.id) : [],
    boardOfSession(deps, session.id),
  ]);
  const codeOf = new Map(snapshots.map((s) => [s.id, s.code]));
  return {
    level: oneOf(levels, session.level, "mid"),
    language: oneOf(codingLanguages, session.language, "javascript"),
    turns: turns.map((t) => ({
      id: t.id,
      role: t.role === "interviewer" ? "interviewer" : "candidate",
      text: t.text,
    })),
    runs: runs.map((row) => {
      const run = toRun(row);
      return {
        id: run.id,
        passed: run.passed,
        total: run.total,
        compileError: run.compileError !== undefined,
        code: row.snapshotId ? codeOf.get(row.snapshotId) : undefined,
        measuredComplexity: run.measuredComplexity,
      };
    }),
    finalCode: snapshots.at(-1)?.code ?? "",
    state,
    ...(board ? { board } : {}),
  };
}
