import {
  type InterviewState,
  readInterviewState,
} from "@mentara/interviewer/engine/interview-state";
import type { SessionRow } from "./sessions-repository.ts";

/** The session's stored engine state, read through the engine's schema (never trusted as-is). */
export function readState(session: Pick<SessionRow, "engineState">): InterviewState | undefined {
  return readInterviewState(session.engineState);
}
