import { type StarPart, starParts } from "../scoring/story-features.ts";
import type { BehavioralMaterial, InterviewEvent, Move } from "./interview-material.ts";
import type { InterviewState } from "./interview-state.ts";

const order: StarPart[] = ["situation", "task", "action", "result"];

/**
 * The offline interviewer for behavioral questions: ask, probe missing STAR parts, follow up, move
 * on. Seniors and staff are also asked how far the impact reached.
 */
export function behavioralMove(
  state: InterviewState,
  event: InterviewEvent,
  material: BehavioralMaterial,
  go: (phase: string) => void,
): Move {
  const current = material.questions[state.questionIndex];
  if (event.kind === "start") {
    return {
      say: `Hi, thanks for joining. I'd like to hear about your experience. ${current?.question ?? ""}`,
    };
  }
  if (event.kind !== "turn") return {};
  if (!current)
    return {
      say: "Thank you, that's all my questions. End the interview when you're ready to see your report.",
    };
  if (event.turnId) state.questionOfTurn[event.turnId] = state.questionIndex;
  state.answerSoFar.push(event.text);
  const parts = starParts(state.answerSoFar.join("\n"));
  const missing = order.find((p) => !parts[p] && !state.probed.includes(p));
  if (missing && state.probed.length < 3) {
    state.probed.push(missing);
    const probes = current.probes[missing];
    return { say: probes[(state.probed.length - 1) % probes.length] ?? "Could you tell me more?" };
  }
  if (!state.followUpAsked && current.followUps[0]) {
    state.followUpAsked = true;
    return { say: current.followUps[0] };
  }
  const scopeProbe = `scope-${state.questionIndex}`;
  if (
    (state.level === "senior" || state.level === "staff") &&
    !state.levelProbes.includes(scopeProbe)
  ) {
    state.levelProbes.push(scopeProbe);
    return {
      say:
        state.level === "staff"
          ? "How far did this reach beyond your team: what changed for other teams or the organisation, and how do you know?"
          : "Who beyond your own team felt the effect of this, and how?",
    };
  }
  const next = material.questions[state.questionIndex + 1];
  state.questionIndex++;
  state.probed = [];
  state.followUpAsked = false;
  state.answerSoFar = [];
  if (!next) {
    go("wrap_up");
    return {
      say: "Thank you, that's all my questions. End the interview when you're ready to see your report.",
    };
  }
  return { say: `Thanks. Next question: ${next.question}` };
}
