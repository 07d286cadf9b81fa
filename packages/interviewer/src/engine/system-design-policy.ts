import type { Level } from "@mentara/domain/interview";
import { diagramProbe } from "./diagram-probe.ts";
import type { InterviewEvent, Move, SystemDesignMaterial } from "./interview-material.ts";
import type { InterviewState } from "./interview-state.ts";

const stagePrompts: Record<string, string> = {
  entities_and_api:
    "Let's pin down the core entities and the API. Which objects do we store, and what are the main calls?",
  high_level_design:
    "Good. Now draw the high-level design: which components, and how does a request flow through them?",
  deep_dives: "Let's go deeper.",
  wrap_up: "We're near time. Summarise your design and the trade-offs you'd revisit first.",
};

const movesOn: Record<string, RegExp> = {
  requirements: /\b(entities|api|endpoint|post|get|schema|table|store)\b/i,
  entities_and_api:
    /\b(service|server|load balancer|database|cache|queue|worker|cdn|gateway|component|shard)\b/i,
  high_level_design:
    /\b(scale|bottleneck|consisten|replica|partition|shard|hot|failure|latency|throughput)\b/i,
};

/** Deep-dive topics opened per level: the higher the level, the deeper the interview goes. */
const deepDivesFor: Record<Level, number> = { junior: 1, mid: 2, senior: 3, staff: 4 };

/** What each level must also be asked about before the wrap-up. */
const levelProbesFor: Record<Level, { id: string; say: string }[]> = {
  junior: [],
  mid: [],
  senior: [
    {
      id: "failure",
      say: "Let's break it: pick the component you depend on most and tell me what users see when it fails, and how the system recovers.",
    },
  ],
  staff: [
    {
      id: "failure",
      say: "Let's break it: pick the component you depend on most and tell me what users see when it fails, and how the system recovers.",
    },
    {
      id: "regions",
      say: "Now the business wants this in three regions. What changes: where does data live, and what happens when a region goes down?",
    },
    {
      id: "cost",
      say: "Last one: what does this cost to run at the scale we discussed, and where would you cut first?",
    },
  ],
};

/**
 * The offline interviewer for system design: requirements → entities and API → high-level design →
 * deep dives → wrap-up. The level sets how many deep dives there are, and seniors and staff are
 * also asked about failure (staff: regions and cost) before the wrap-up.
 */
export function systemDesignMove(
  state: InterviewState,
  event: InterviewEvent,
  material: SystemDesignMaterial,
  go: (phase: string) => void,
): Move {
  if (event.kind === "start") {
    return {
      say: `Hi! Today's design question: ${material.title}. ${material.scope} Start with requirements: what would you ask me first?`,
    };
  }
  if (event.kind !== "turn") return {};
  // What is drawn counts like what is said for moving the interview on.
  const text = event.board ? `${event.text}\n${event.board.text}` : event.text;
  // A design on the board is asked about directly, also when it is what brings the design stage.
  const designing =
    state.phase === "high_level_design" ||
    state.phase === "deep_dives" ||
    (state.phase === "entities_and_api" && movesOn.entities_and_api?.test(text));
  const probe = designing ? diagramProbe(state, event.board?.arrows) : undefined;
  if (probe) {
    if (state.phase === "entities_and_api") go("high_level_design");
    return { say: probe };
  }
  if (state.phase === "requirements" && /\?\s*$/.test(event.text)) {
    return {
      say: `Good question. Some numbers to work with: ${material.scale.join("; ")}. What else do you need to know?`,
    };
  }
  const trigger = movesOn[state.phase];
  if (trigger?.test(text) || state.phase === "deep_dives") {
    const order = [
      "requirements",
      "entities_and_api",
      "high_level_design",
      "deep_dives",
      "wrap_up",
    ];
    const next =
      state.phase === "deep_dives" ? "deep_dives" : order[order.indexOf(state.phase) + 1];
    if (next === "deep_dives") {
      const topic =
        state.deepDivesOpened < deepDivesFor[state.level]
          ? material.deepDives[state.deepDivesOpened]
          : undefined;
      if (topic) {
        go("deep_dives");
        state.deepDivesOpened++;
        return {
          say: `${state.deepDivesOpened === 1 ? stagePrompts.deep_dives : "Next topic."} ${topic}: what are the options and their trade-offs?`,
        };
      }
      const probe = levelProbesFor[state.level].find((p) => !state.levelProbes.includes(p.id));
      if (probe) {
        go("deep_dives");
        state.levelProbes.push(probe.id);
        return { say: probe.say };
      }
      go("wrap_up");
      return { say: stagePrompts.wrap_up };
    }
    if (next) {
      go(next);
      return { say: stagePrompts[next] ?? "Go on." };
    }
  }
  return { say: "Go on. What are the trade-offs of that choice?" };
}
