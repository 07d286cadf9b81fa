import type { Level } from "@mentara/domain/interview";
import { claimedTimeComplexity } from "../scoring/complexity-claims.ts";
import type { CodingMaterial, InterviewEvent, Move } from "./interview-material.ts";
import type { InterviewState } from "./interview-state.ts";

const approachWords =
  /\b(loop|hash|map|dictionary|set|sort|two pointers?|binary search|stack|queue|heap|dfs|bfs|recurs|dynamic|dp|greedy|brute|iterate|scan)\b/i;
const bruteWords = /\b(brute|every pair|nested loop|two loops|all pairs|check each)\b/i;
const edgeCaseWords =
  /(?<![\p{L}])(edge cases?|corner cases?|empty|single element|one element|duplicates?|negative|zero|overflow|null|boundary|пуст\p{L}*|граничн\p{L}*)(?![\p{L}])/iu;

/** Follow-up questions after the complexity discussion: the higher the level, the more. */
const followUpsFor: Record<Level, number> = { junior: 0, mid: 1, senior: 2, staff: 2 };
const expectsOptimal = (level: Level) => level === "senior" || level === "staff";

/**
 * The offline interviewer for coding: intro → clarify → approach → implement → test → complexity →
 * wrap-up. The level changes the pushes: juniors get a gentler way in and no follow-up, seniors and
 * staff are asked for edge cases before complexity, pushed to the optimum when they stop short of
 * it, and get more follow-ups.
 */
export function codingMove(
  state: InterviewState,
  event: InterviewEvent,
  material: CodingMaterial,
  go: (phase: string) => void,
): Move {
  if (event.kind === "start") {
    return {
      say: `Hi, I'm your interviewer today. We'll work on "${material.title}". Read the problem, ask me anything that's unclear, then talk me through your approach before you code.`,
    };
  }
  if (event.kind === "run") return runMove(state, event, go);
  if (event.kind !== "turn") return {};
  const text = event.text;
  if (edgeCaseWords.test(text) && !state.levelProbes.includes("edge_cases_raised"))
    state.levelProbes.push("edge_cases_raised");
  switch (state.phase) {
    case "intro":
    case "clarify": {
      if (/\?\s*$/.test(text)) {
        go("clarify");
        return {
          say: "Good question. Assume the input is valid and follows the constraints in the statement. Anything else, or shall we talk about an approach?",
        };
      }
      if (approachWords.test(text)) return approachReply(state, text, go);
      go("approach");
      return {
        say:
          state.level === "junior"
            ? "Before coding, how would you approach it? Try a small example by hand first and describe what you do."
            : "Before coding, how would you approach it? Start with the simplest idea that works.",
      };
    }
    case "approach":
      if (approachWords.test(text)) return approachReply(state, text, go);
      return {
        say: "Could you be more concrete: which data structure, and what does each step do?",
      };
    case "implement":
    case "test":
      if (/\?\s*$/.test(text))
        return {
          say: "Go with your best judgement and explain the assumption in a comment. Run the tests when you're ready.",
        };
      return {
        say: "Sounds reasonable. Run the tests to check it, and think about edge cases such as empty or repeated values.",
      };
    case "complexity":
      return complexityReply(state, text, material, go);
    default:
      return wrapUpReply(state, material);
  }
}

function runMove(
  state: InterviewState,
  event: Extract<InterviewEvent, { kind: "run" }>,
  go: (phase: string) => void,
): Move {
  if (state.phase === "intro" || state.phase === "clarify" || state.phase === "approach")
    go("implement");
  if (event.compileError)
    return { say: "The code doesn't load yet. Read the first error: what does it point at?" };
  if (event.passed === event.total) {
    go("complexity");
    const askEdges =
      expectsOptimal(state.level) &&
      !state.levelProbes.includes("edge_cases_raised") &&
      !state.levelProbes.includes("edge_cases");
    if (askEdges) {
      state.levelProbes.push("edge_cases");
      return {
        say: `All ${event.total} tests pass. Which edge cases does your code handle, and how did you check them? Then give me the time and space complexity.`,
      };
    }
    return {
      say: `All ${event.total} tests pass. What are the time and space complexity of your solution?`,
    };
  }
  if (state.phase === "implement") go("test");
  return {
    say: `${event.passed} of ${event.total} tests pass. What is different about the failing case? Try it by hand.`,
  };
}

function complexityReply(
  state: InterviewState,
  text: string,
  material: CodingMaterial,
  go: (phase: string) => void,
): Move {
  const stated = claimedTimeComplexity([{ text }]);
  if (!stated) return { say: "Can you put that in big-O terms, for time and for space?" };
  const optimal = stated === material.optimalTime;
  if (!optimal && expectsOptimal(state.level) && !state.levelProbes.includes("optimum")) {
    state.levelProbes.push("optimum");
    return {
      say: `At this level I'd expect you to reach ${material.optimalTime}. Where does the extra work come from, and how would you remove it?`,
    };
  }
  go("wrap_up");
  const verdict = optimal
    ? "That matches what I'd expect."
    : `Hmm, I'd expect ${material.optimalTime} is reachable; think about where the extra work comes from.`;
  if (followUpsFor[state.level] === 0) {
    return {
      say: `${verdict} Nice work getting it running. End the interview when you're ready to see your report.`,
    };
  }
  state.followUpsAsked = 1;
  const follow =
    material.followUps[0] ?? "What would you change if the input were ten times larger?";
  return { say: `${verdict} One follow-up: ${follow}` };
}

function wrapUpReply(state: InterviewState, material: CodingMaterial): Move {
  const next = material.followUps[state.followUpsAsked];
  if (state.followUpsAsked > 0 && state.followUpsAsked < followUpsFor[state.level] && next) {
    state.followUpsAsked++;
    return { say: `Good. Another one: ${next}` };
  }
  return {
    say: "Thanks, that's a good place to stop. End the interview when you're ready to see your report.",
  };
}

function approachReply(state: InterviewState, text: string, go: (phase: string) => void): Move {
  if (bruteWords.test(text)) {
    go("approach");
    return { say: "That works. What does it cost in time, and can you avoid repeating work?" };
  }
  go("implement");
  if (expectsOptimal(state.level) && !claimedTimeComplexity([{ text }]))
    return {
      say: "That sounds promising. Before you code it: what will it cost in time and space? Then go ahead and talk me through it as you go.",
    };
  return { say: "That sounds promising. Go ahead and code it, and talk me through it as you go." };
}

/** The next hint tier and its text; assessment mode gives none. */
export function codingHint(state: InterviewState, material: CodingMaterial): Move {
  if (state.mode === "assessment")
    return {
      say: "Hints are off in assessment mode; tell me where you're stuck and we'll reason about it.",
    };
  const tier = state.hints.length + 1;
  const text = material.hints[tier - 1];
  if (!text)
    return {
      say: "You've had all three hints. Try a small example by hand and follow what your code does.",
    };
  const cost = expectsOptimal(state.level)
    ? " (At this level a hint costs more of the problem-solving score.)"
    : "";
  return { say: `Hint ${tier} of 3: ${text}${cost}`, hintTier: tier };
}
