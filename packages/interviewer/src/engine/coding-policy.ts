import { statedComplexities } from "../scoring/text-features.ts";
import type { CodingMaterial, InterviewEvent, Move } from "./interview-material.ts";
import type { InterviewState } from "./interview-state.ts";

const approachWords =
  /\b(loop|hash|map|dictionary|set|sort|two pointers?|binary search|stack|queue|heap|dfs|bfs|recurs|dynamic|dp|greedy|brute|iterate|scan)\b/i;
const bruteWords = /\b(brute|every pair|nested loop|two loops|all pairs|check each)\b/i;

/** The offline interviewer for coding: intro → clarify → approach → implement → test → complexity → wrap-up. */
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
  if (event.kind === "run") {
    if (state.phase === "intro" || state.phase === "clarify" || state.phase === "approach")
      go("implement");
    if (event.compileError)
      return { say: "The code doesn't load yet. Read the first error: what does it point at?" };
    if (event.passed === event.total) {
      go("complexity");
      return {
        say: `All ${event.total} tests pass. What are the time and space complexity of your solution?`,
      };
    }
    if (state.phase === "implement") go("test");
    return {
      say: `${event.passed} of ${event.total} tests pass. What is different about the failing case? Try it by hand.`,
    };
  }
  if (event.kind !== "turn") return {};
  const text = event.text;
  switch (state.phase) {
    case "intro":
    case "clarify": {
      if (/\?\s*$/.test(text)) {
        go("clarify");
        return {
          say: "Good question. Assume the input is valid and follows the constraints in the statement. Anything else, or shall we talk about an approach?",
        };
      }
      if (approachWords.test(text)) return approachReply(text, go);
      go("approach");
      return {
        say: "Before coding, how would you approach it? Start with the simplest idea that works.",
      };
    }
    case "approach":
      if (approachWords.test(text)) return approachReply(text, go);
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
    case "complexity": {
      const stated = statedComplexities(text);
      if (stated.length === 0)
        return { say: "Can you put that in big-O terms, for time and for space?" };
      go("wrap_up");
      const follow =
        material.followUps[0] ?? "What would you change if the input were ten times larger?";
      const verdict = stated.includes(material.optimalTime)
        ? "That matches what I'd expect."
        : `Hmm, I'd expect ${material.optimalTime} is reachable; think about where the extra work comes from.`;
      return { say: `${verdict} One follow-up: ${follow}` };
    }
    default:
      return {
        say: "Thanks, that's a good place to stop. End the interview when you're ready to see your report.",
      };
  }
}

function approachReply(text: string, go: (phase: string) => void): Move {
  if (bruteWords.test(text)) {
    go("approach");
    return { say: "That works. What does it cost in time, and can you avoid repeating work?" };
  }
  go("implement");
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
  return { say: `Hint ${tier} of 3: ${text}`, hintTier: tier };
}
