import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "minimum-window-substring",
  title: { en: "Minimum Window Substring", ru: "Минимальное окно, содержащее все символы" },
  difficulty: "hard",
  topics: ["sliding-window", "strings"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `Given two strings \`s\` and \`t\`, return the shortest stretch of consecutive characters of \`s\` that
contains every character of \`t\`, counting repeats: if \`t\` has a letter three times, the stretch
must contain that letter at least three times. Letters are case-sensitive.

If several shortest stretches exist, return the one that starts furthest to the left. If no
stretch of \`s\` qualifies, return the empty string \`""\`.

**Examples**

\`\`\`
minWindow("ADOBECODEBANC", "ABC")  →  "BANC"
minWindow("xbayab", "ab")          →  "ba"    // "ba" and "ab" are both length 2; "ba" starts first
minWindow("a", "aa")               →  ""      // s has only one "a"
\`\`\`

**Constraints**

- 1 ≤ s.length, t.length ≤ 10⁵
- \`s\` and \`t\` contain only English letters (\`a\`–\`z\`, \`A\`–\`Z\`)
- aim for O(s.length + t.length) time`,
    ru: `Даны строки \`s\` и \`t\`. Верните самый короткий отрезок подряд идущих символов \`s\`, который
содержит все символы \`t\` с учётом повторов: если буква встречается в \`t\` три раза, в отрезке
она должна встретиться не меньше трёх раз. Регистр букв важен.

Если самых коротких отрезков несколько, верните тот, что начинается левее всех. Если
подходящего отрезка нет, верните пустую строку \`""\`.

**Примеры**

\`\`\`
minWindow("ADOBECODEBANC", "ABC")  →  "BANC"
minWindow("xbayab", "ab")          →  "ba"    // "ba" и "ab" длины 2; "ba" начинается раньше
minWindow("a", "aa")               →  ""      // в s только одна "a"
\`\`\`

**Ограничения**

- 1 ≤ s.length, t.length ≤ 10⁵
- \`s\` и \`t\` состоят только из латинских букв (\`a\`–\`z\`, \`A\`–\`Z\`)
- постарайтесь уложиться в O(s.length + t.length) по времени`,
  },
  entry: "minWindow",
  starterCode: {
    javascript: 'function minWindow(s, t) {\n  // return the shortest window, or ""\n}\n',
    typescript:
      'function minWindow(s: string, t: string): string {\n  // return the shortest window, or ""\n  return "";\n}\n',
    python: 'def minWindow(s, t):\n    # return the shortest window, or ""\n    pass\n',
  },
  examples: [
    { args: ["ADOBECODEBANC", "ABC"], expected: "BANC" },
    { args: ["xbayab", "ab"], expected: "ba" },
    { args: ["a", "aa"], expected: "" },
  ],
  hiddenTests: [
    { args: ["a", "a"], expected: "a" },
    { args: ["a", "b"], expected: "" },
    { args: ["a", "aa"], expected: "" },
    { args: ["abc", "abcd"], expected: "" },
    { args: ["ab", "b"], expected: "b" },
    { args: ["ab", "a"], expected: "a" },
    { args: ["ab", "A"], expected: "" },
    { args: ["aa", "aa"], expected: "aa" },
    { args: ["abc", "cba"], expected: "abc" },
    { args: ["bba", "ab"], expected: "ba" },
    { args: ["bdab", "ab"], expected: "ab" },
    { args: ["AaBb", "ab"], expected: "aBb" },
    { args: ["aabbcc", "abc"], expected: "abbc" },
    { args: ["abcabc", "abc"], expected: "abc" },
    { args: ["zzzzz", "zzz"], expected: "zzz" },
    { args: ["abcdef", "f"], expected: "f" },
    { args: ["aaaaaaaaaab", "ab"], expected: "ab" },
    { args: ["cabwefgewcwaefgcf", "cae"], expected: "cwae" },
    { args: ["aaflslflsldkalskaaa", "aaa"], expected: "aaa" },
    { args: ["ADOBECODEBANC", "AABC"], expected: "ADOBECODEBA" },
    // 3 000 characters: the only "b" sits at position 2 000; "ab" and "ba" around it tie, "ab" is further left.
    { args: [`${"a".repeat(2000)}b${"a".repeat(999)}`, "ba"], expected: "ab" },
    // t longer than anything s can cover.
    { args: ["xy".repeat(1500), "xyz"], expected: "" },
  ],
  // The rarest needed letter is only at the very end, so every start of the brute force scans to the end.
  generate: (n, random) => {
    const filler = "abcdefghijklmnopqrstuvwxy";
    const chars = Array.from(
      { length: Math.max(0, n - 1) },
      () => filler[Math.floor(random() * filler.length)],
    );
    return [`${chars.join("")}z`, "zyxwvutsrqponmlkjihgfedcba"];
  },
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function minWindow(s, t) {
  if (t.length > s.length) return "";
  const need = new Map();
  for (const ch of t) need.set(ch, (need.get(ch) ?? 0) + 1);
  let missing = t.length;
  let left = 0;
  let bestStart = 0;
  let bestLength = Infinity;
  for (let right = 0; right < s.length; right++) {
    const ch = s[right];
    if (need.has(ch)) {
      if (need.get(ch) > 0) missing--;
      need.set(ch, need.get(ch) - 1);
    }
    while (missing === 0) {
      if (right - left + 1 < bestLength) {
        bestLength = right - left + 1;
        bestStart = left;
      }
      const out = s[left];
      if (need.has(out)) {
        need.set(out, need.get(out) + 1);
        if (need.get(out) > 0) missing++;
      }
      left++;
    }
  }
  return bestLength === Infinity ? "" : s.slice(bestStart, bestStart + bestLength);
}
`,
    python: `def minWindow(s, t):
    if len(t) > len(s):
        return ""
    need = {}
    for ch in t:
        need[ch] = need.get(ch, 0) + 1
    missing = len(t)
    left = 0
    best_start, best_length = 0, float("inf")
    for right, ch in enumerate(s):
        if ch in need:
            if need[ch] > 0:
                missing -= 1
            need[ch] -= 1
        while missing == 0:
            if right - left + 1 < best_length:
                best_start, best_length = left, right - left + 1
            out = s[left]
            if out in need:
                need[out] += 1
                if need[out] > 0:
                    missing += 1
            left += 1
    return "" if best_length == float("inf") else s[best_start:best_start + best_length]
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function minWindow(s, t) {
  const need = new Map();
  for (const ch of t) need.set(ch, (need.get(ch) ?? 0) + 1);
  let bestStart = 0;
  let bestLength = Infinity;
  // For every start, grow the window until it covers t; the first cover is the shortest from that start.
  for (let i = 0; i < s.length; i++) {
    const remaining = new Map(need);
    let missing = t.length;
    let j = i;
    while (j < s.length && missing > 0) {
      const ch = s[j];
      if (remaining.has(ch)) {
        if (remaining.get(ch) > 0) missing--;
        remaining.set(ch, remaining.get(ch) - 1);
      }
      j++;
    }
    if (missing > 0) break;
    if (j - i < bestLength) {
      bestLength = j - i;
      bestStart = i;
    }
  }
  return bestLength === Infinity ? "" : s.slice(bestStart, bestStart + bestLength);
}
`,
  },
  hints: [
    {
      en: "For a fixed start you can grow the window until it covers t. How can you avoid starting over from scratch for the next start?",
      ru: "Для фиксированного начала можно растить окно, пока оно не покроет t. Как не начинать всё заново для следующего начала?",
    },
    {
      en: "Move a right edge forward until the window covers t, then move the left edge forward as long as it still covers t. Both edges only ever move right.",
      ru: "Двигайте правую границу, пока окно не покроет t, затем двигайте левую, пока покрытие сохраняется. Обе границы движутся только вправо.",
    },
    {
      en: "Keep a count of how many of each character are still needed and a single 'missing' counter. Decrease when s[right] was still needed; while missing is 0, record the window, then give back s[left] and advance left.",
      ru: "Храните, сколько каждого символа ещё нужно, и общий счётчик missing. Уменьшайте его, когда s[right] ещё был нужен; пока missing равен 0, запоминайте окно, затем возвращайте s[left] и сдвигайте left.",
    },
  ],
  followUps: [
    {
      en: "Why does recording only strictly shorter windows give the leftmost one among equals?",
      ru: "Почему запоминание только строго более коротких окон даёт самое левое из равных?",
    },
    {
      en: "s is huge but only a few of its characters occur in t. How could you skip the irrelevant ones?",
      ru: "Строка s огромна, но лишь немногие её символы встречаются в t. Как пропускать ненужные?",
    },
    {
      en: "What if t's characters must appear in the same order, as a subsequence of the window, rather than in any order?",
      ru: "А если символы t должны идти в окне в том же порядке, как подпоследовательность, а не в любом?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Builds the two-pointer window with a single 'missing' counter instead of comparing whole count maps on every step.",
      },
      {
        en: "Handles repeated letters in t, case sensitivity and the no-answer case, and explains the O(|s| + |t|) bound.",
      },
      {
        en: "Thinks about tie-breaking and shows why the leftmost shortest window is found first.",
      },
    ],
    weak: [
      { en: "Treats t as a set of letters and ignores how many times each one is needed." },
      {
        en: "Compares full frequency tables after every move, or restarts the window for each start, without noticing the extra cost.",
      },
    ],
  },
};
