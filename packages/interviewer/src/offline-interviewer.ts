/**
 * The first offline interviewer: rule-driven, no model, no key. It greets, answers what the
 * candidate says by recognising the topic of the message, reacts to test runs and closes. Issue
 * #5 replaces it with the full engine behind a model port.
 */
export interface ProblemBrief {
  title: string;
  entry: string;
}

export interface RunBrief {
  passed: number;
  total: number;
  compileError?: string;
  firstFailure?: string;
}

export function greeting(problem: ProblemBrief): string {
  return `Hi, I'm your interviewer today. We'll work on "${problem.title}". Take a minute to read the problem, ask me anything that's unclear, then talk me through your approach before you code. Run the tests whenever you like.`;
}

const rules: { pattern: RegExp; reply: string }[] = [
  {
    pattern: /\b(hash ?map|dictionary|dict|map|set|lookup)\b/i,
    reply:
      "A lookup structure sounds promising. What would you store in it, and what does each step cost? Walk me through one example by hand.",
  },
  {
    pattern: /\b(brute|nested loop|every pair|two loops)\b/i,
    reply:
      "Good, that is a correct starting point. What is its time complexity, and can you think of a way to avoid the inner loop?",
  },
  {
    pattern: /\b(o\(|complexity|big.?o|linear|quadratic|log)\b/i,
    reply:
      "Thanks for the analysis. Can you also tell me the space complexity, and whether it could be lower?",
  },
  {
    pattern: /\b(sort|sorted|two pointers?)\b/i,
    reply:
      "Sorting could work. What happens to the original positions when you sort, and what does that cost?",
  },
  {
    pattern: /\b(edge|empty|negative|duplicate|overflow|null)\b/i,
    reply:
      "Good instinct to think about edge cases. Which one worries you most, and how would you test it?",
  },
  {
    pattern: /\?\s*$/,
    reply:
      "Good question. Assume the input is valid and exactly one answer exists, unless the statement says otherwise. What else would you like to clarify?",
  },
];

export function replyTo(text: string): string {
  const rule = rules.find((r) => r.pattern.test(text));
  if (rule) return rule.reply;
  if (text.trim().split(/\s+/).length < 4) {
    return "Could you say a bit more? Talk me through what you are thinking, even if it isn't finished.";
  }
  return "I follow. How would you turn that into code, and how will you know it works?";
}

export function reactToRun(run: RunBrief): string {
  if (run.compileError)
    return "The code doesn't load yet. Read the first error carefully; what does it point at?";
  if (run.passed === run.total) {
    return `All ${run.total} tests pass. Nice. What is the time and space complexity of your solution, and is there an input you'd still worry about?`;
  }
  const failure = run.firstFailure ? ` The first failing case: ${run.firstFailure}.` : "";
  return `${run.passed} of ${run.total} tests pass.${failure} What do you think is different about the failing case?`;
}

export function closing(): string {
  return "That's time. Thank you, you did the work of a real interview. Your report is ready on the next screen.";
}

/** Splits a reply into word-sized pieces so it streams like a model's output. */
export async function* streamText(text: string, delayMs = 12): AsyncGenerator<string> {
  const pieces = text.match(/\S+\s*/g) ?? [text];
  for (const piece of pieces) {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    yield piece;
  }
}
