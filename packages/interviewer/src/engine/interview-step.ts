import { behavioralMove } from "./behavioral-policy.ts";
import { codingHint, codingMove } from "./coding-policy.ts";
import type { InterviewEvent, InterviewMaterial, Move } from "./interview-material.ts";
import { nextPhase, phaseBudgetMs } from "./interview-plan.ts";
import type { InterviewState } from "./interview-state.ts";
import { systemDesignMove } from "./system-design-policy.ts";

const phaseNames: Record<string, string> = {
  intro: "the introduction",
  clarify: "clarifying questions",
  approach: "the approach",
  implement: "the implementation",
  test: "testing",
  complexity: "complexity",
  requirements: "requirements",
  entities_and_api: "entities and the API",
  high_level_design: "the high-level design",
  deep_dives: "deep dives",
  questions: "this question",
};

/**
 * One step of an interview: the state after an event and what the interviewer says. Pure: the
 * caller stores the state and streams `say`. Keeps to the plan and the clock: a phase that runs
 * half again over its share gets one nudge, and the interview ends when time is up.
 */
export function interviewStep(
  previous: InterviewState,
  event: InterviewEvent,
  material: InterviewMaterial,
): { state: InterviewState; move: Move } {
  const state: InterviewState = structuredClone(previous);
  if (state.ended) return { state, move: {} };
  const go = (phase: string) => {
    if (phase !== state.phase) {
      state.phase = phase;
      state.phaseStartedAtMs = event.nowMs;
    }
  };

  if (event.nowMs - state.startedAtMs >= state.limitMs) {
    state.ended = true;
    return {
      state,
      move: { say: "That's time. Thank you — your report is being prepared.", end: true },
    };
  }
  if (event.kind === "tick") return { state, move: nudge(state, event.nowMs, go) };
  if (event.kind === "hint") {
    if (material.kind !== "coding")
      return {
        state,
        move: {
          say: "Hints are for coding interviews; tell me where you're unsure and we'll talk it through.",
        },
      };
    const move = codingHint(state, material);
    if (move.hintTier) state.hints.push(move.hintTier);
    return { state, move };
  }
  if (event.kind === "turn") state.candidateTurns++;
  if (event.kind === "run")
    state.lastRun = { passed: event.passed, total: event.total, compileError: event.compileError };

  const move =
    material.kind === "coding"
      ? codingMove(state, event, material, go)
      : material.kind === "system_design"
        ? systemDesignMove(state, event, material, go)
        : behavioralMove(state, event, material, go);
  return { state, move };
}

function nudge(state: InterviewState, nowMs: number, go: (phase: string) => void): Move {
  const budget = phaseBudgetMs(state.kind, state.phase, state.limitMs);
  if (
    budget === 0 ||
    nowMs - state.phaseStartedAtMs < budget * 1.5 ||
    state.nudged.includes(state.phase)
  )
    return {};
  state.nudged.push(state.phase);
  const next = nextPhase(state.kind, state.phase);
  const minutesLeft = Math.max(
    1,
    Math.round((state.limitMs - (nowMs - state.startedAtMs)) / 60_000),
  );
  const current = phaseNames[state.phase] ?? "this part";
  if (!next || state.kind === "behavioral") {
    return { say: `We have about ${minutesLeft} minutes left; let's keep answers focused.` };
  }
  go(next);
  return {
    say: `We're running over on ${current}, with about ${minutesLeft} minutes left. Let's move on to ${phaseNames[next] ?? "the next part"}.`,
  };
}
