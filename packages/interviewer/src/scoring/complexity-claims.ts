/**
 * What the candidate claims about complexity, in big-O or in words ("linear time", "квадратичная"),
 * normalised to the classes the sandbox measures where it can be.
 */

const bigO = /O\s*\(\s*([^()]{1,20}(?:\([^()]{0,8}\)[^()]{0,8})?)\s*\)/giu;
const spoken: [RegExp, string][] = [
  [/(?<![\p{L}])(constant|константн\p{L}*)(?![\p{L}])/iu, "O(1)"],
  [/(?<![\p{L}])(logarithmic|логарифмическ\p{L}*)(?![\p{L}])/iu, "O(log n)"],
  [/(?<![\p{L}])(linear|линейн\p{L}*)(?![\p{L}])/iu, "O(n)"],
  [/(?<![\p{L}])(n log n|linearithmic)(?![\p{L}])/iu, "O(n log n)"],
  [/(?<![\p{L}])(quadratic|квадратичн\p{L}*)(?![\p{L}])/iu, "O(n^2)"],
  [/(?<![\p{L}])(cubic|кубическ\p{L}*)(?![\p{L}])/iu, "O(n^3)"],
  [/(?<![\p{L}])(exponential|экспоненциальн\p{L}*)(?![\p{L}])/iu, "O(2^n)"],
];

/** "O( N * log(n) )" → "O(n log n)"; classes outside the measured list keep their own shape. */
export function normalizeComplexity(inner: string): string {
  const body = inner
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/log\(([a-z])\)/g, "log$1")
    .replace(/[·*×]/g, "")
    .replace(/²/g, "^2")
    .replace(/³/g, "^3");
  const known: Record<string, string> = {
    "1": "O(1)",
    logn: "O(log n)",
    n: "O(n)",
    nlogn: "O(n log n)",
    "n^2": "O(n^2)",
    nn: "O(n^2)",
    "n^3": "O(n^3)",
    nnn: "O(n^3)",
    "2^n": "O(2^n)",
  };
  return known[body] ?? `O(${inner.replace(/\s+/g, " ").trim()})`;
}

export interface ComplexityClaim {
  complexity: string;
  /**
   * What the claim is about, read from the words around it: the solution's time or space, or the
   * cost of one operation inside it ("O(1) lookups"), which says nothing about the whole.
   */
  about: "time" | "space" | "operation";
  /** Whether the words around it say "time" outright ("O(n) time", "runs in O(n)"). */
  explicit: boolean;
}

const spaceAfter = /^\s*(?:extra |additional |auxiliary )?(?:space|memory|памят\p{L}*|по памяти)/iu;
const spaceBefore =
  /(?:space|memory|памят\p{L}*)(?: complexity| usage)?(?: is| of| would be| will be|:|\s*-)?\s*$/iu;
const operationAfter =
  /^\s*(?:average |amortized |expected |on average )?(?:lookups?|look-ups?|per |each|cost|access|inserts?|insertion|operations?|checks?|push|pop|на операци\p{L}*|за операци\p{L}*)/iu;
const operationBefore =
  /(?:\bat|each|per|lookups?(?: is| are| in)?|inserts?(?: is| are| in)?|average|amortized|каждый|каждая)\s*$/iu;
const timeAfter = /^\s*(?:time|total|overall|in the worst case|по времени|времени)/iu;
const timeBefore =
  /(?:time|runs? in|run time|runtime|время|времени|работает за)(?: complexity)?(?: is| of| would be| will be|:|\s*-)?\s*$/iu;

/** Every complexity stated in the text, in order, each marked as a time, space or operation claim. */
export function complexityClaims(text: string): ComplexityClaim[] {
  const claims: { at: number; claim: ComplexityClaim }[] = [];
  const claim = (complexity: string, at: number, end: number): ComplexityClaim => {
    const after = text.slice(end, end + 30);
    const before = text.slice(Math.max(0, at - 30), at);
    const about: ComplexityClaim["about"] =
      spaceAfter.test(after) || spaceBefore.test(before)
        ? "space"
        : operationAfter.test(after) || operationBefore.test(before)
          ? "operation"
          : "time";
    const explicit = about === "time" && (timeAfter.test(after) || timeBefore.test(before));
    return { complexity, about, explicit };
  };
  for (const match of text.matchAll(bigO)) {
    const at = match.index ?? 0;
    claims.push({
      at,
      claim: claim(normalizeComplexity(match[1] ?? ""), at, at + match[0].length),
    });
  }
  if (claims.length === 0) {
    for (const [pattern, complexity] of spoken) {
      const match = pattern.exec(text);
      if (match)
        claims.push({
          at: match.index,
          claim: claim(complexity, match.index, match.index + match[0].length),
        });
    }
  }
  return claims.sort((a, b) => a.at - b.at).map((c) => c.claim);
}

/** Complexity classes the candidate states for the solution, as normalised ("O(N*logN)" → "O(n log n)"). */
export function statedComplexities(text: string): string[] {
  return complexityClaims(text)
    .filter((c) => c.about !== "operation")
    .map((c) => c.complexity);
}

/**
 * The candidate's final word on the time complexity of their solution: the last claim that says
 * "time" outright, else the last time claim of the conversation (earlier ones are usually the
 * brute force they moved on from). Costs of single operations ("O(1) lookups") do not count.
 */
export function claimedTimeComplexity(turns: readonly { text: string }[]): string | undefined {
  const time = turns.flatMap((t) => complexityClaims(t.text)).filter((c) => c.about === "time");
  return (time.filter((c) => c.explicit).at(-1) ?? time.at(-1))?.complexity;
}
