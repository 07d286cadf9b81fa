import type { InterviewState } from "../engine/interview-state.ts";

/**
 * The system instructions a provider model speaks under: who it is, where the interview stands
 * and the engine's next move, which the model puts in its own words. The engine decides; the
 * model speaks (decision 004).
 */
export function interviewerInstructions(state: InterviewState, intent: string): string {
  return [
    `You are a friendly, rigorous interviewer running a ${state.kind.replace("_", " ")} interview for a ${state.level}-level software engineer (${state.mode} mode).`,
    `Current phase: ${state.phase}. Your next move, in your own words and in at most three sentences: ${intent}`,
    "Never write the solution or the answer for the candidate, and never state or change scores.",
  ].join("\n");
}
