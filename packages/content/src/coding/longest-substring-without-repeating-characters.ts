import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** Every printable ASCII character once, from space (32) to tilde (126). */
const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");

export const problem: CodingProblemInput = {
  id: "longest-substring-without-repeating-characters",
  title: {
    en: "Longest Substring Without Repeating Characters",
    ru: "Самая длинная подстрока без повторяющихся символов",
  },
  difficulty: "medium",
  topics: ["sliding-window", "strings"],
  tracks: ["backend", "frontend", "fullstack", "infrastructure"],
  statement: {
    en: `Given a string \`s\`, find the longest stretch of consecutive characters in which no character
occurs twice, and return its length. Letters are case-sensitive (\`a\` and \`A\` are different), and
spaces and punctuation are characters like any other.

**Examples**

\`\`\`
lengthOfLongestSubstring("abcabcbb")  →  3    // "abc"
lengthOfLongestSubstring("bbbbb")     →  1    // "b"
lengthOfLongestSubstring("pwwkew")    →  3    // "wke"; "pwke" is not consecutive
\`\`\`

**Constraints**

- 0 ≤ s.length ≤ 5 · 10⁴
- \`s\` contains printable ASCII characters only (codes 32–126)`,
    ru: `Дана строка \`s\`. Найдите самый длинный отрезок подряд идущих символов, в котором ни один символ
не встречается дважды, и верните его длину. Регистр важен (\`a\` и \`A\` — разные символы), а
пробелы и знаки препинания — такие же символы, как остальные.

**Примеры**

\`\`\`
lengthOfLongestSubstring("abcabcbb")  →  3    // "abc"
lengthOfLongestSubstring("bbbbb")     →  1    // "b"
lengthOfLongestSubstring("pwwkew")    →  3    // "wke"; "pwke" — не подряд
\`\`\`

**Ограничения**

- 0 ≤ s.length ≤ 5 · 10⁴
- \`s\` состоит только из печатных символов ASCII (коды 32–126)`,
  },
  entry: "lengthOfLongestSubstring",
  starterCode: {
    javascript: "function lengthOfLongestSubstring(s) {\n  // return the length\n}\n",
    typescript:
      "function lengthOfLongestSubstring(s: string): number {\n  // return the length\n  return 0;\n}\n",
    python: "def lengthOfLongestSubstring(s):\n    # return the length\n    pass\n",
  },
  examples: [
    { args: ["abcabcbb"], expected: 3 },
    { args: ["bbbbb"], expected: 1 },
    { args: ["pwwkew"], expected: 3 },
  ],
  hiddenTests: [
    { args: [""], expected: 0 },
    { args: [" "], expected: 1 },
    { args: ["a"], expected: 1 },
    { args: ["aaaa"], expected: 1 },
    { args: ["au"], expected: 2 },
    { args: ["aab"], expected: 2 },
    { args: ["dvdf"], expected: 3 },
    { args: ["abba"], expected: 2 },
    { args: ["tmmzuxt"], expected: 5 },
    { args: ["abcdeafghij"], expected: 10 },
    { args: ["0123456789012"], expected: 10 },
    { args: ["AaBbAa"], expected: 4 },
    { args: ["a b c a"], expected: 3 },
    { args: ["!@#!@#$"], expected: 4 },
    { args: ["abcdefghijklmnopqrstuvwxyz"], expected: 26 },
    { args: ["xyzzyx"], expected: 3 },
    // All 95 printable characters once, then the whole set again: at most 95 can be distinct.
    { args: [printable], expected: 95 },
    { args: [printable + printable], expected: 95 },
    // 400 characters cycling through only three letters.
    { args: [`${"abc".repeat(133)}a`], expected: 3 },
  ],
  // Random printable characters: windows stay short, so the reference moves steadily while the
  // every-substring check still visits all n²/2 start–end pairs.
  generate: (n, random) => [
    Array.from({ length: n }, () => String.fromCharCode(32 + Math.floor(random() * 95))).join(""),
  ],
  // The every-substring check is quadratic with a sizeable constant, so it needs finer steps at small
  // sizes to collect enough points before runs get slow; the reference reaches the larger sizes.
  complexitySizes: [
    96,
    128,
    192,
    256,
    384,
    512,
    768,
    1024,
    ...Array.from({ length: 10 }, (_, i) => 2 ** (i + 11)),
  ],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function lengthOfLongestSubstring(s) {
  const lastSeen = new Map();
  let start = 0;
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const previous = lastSeen.get(s[i]);
    if (previous !== undefined && previous >= start) start = previous + 1;
    lastSeen.set(s[i], i);
    if (i - start + 1 > best) best = i - start + 1;
  }
  return best;
}
`,
    python: `def lengthOfLongestSubstring(s):
    last_seen = {}
    start = 0
    best = 0
    for i, ch in enumerate(s):
        if last_seen.get(ch, -1) >= start:
            start = last_seen[ch] + 1
        last_seen[ch] = i
        best = max(best, i - start + 1)
    return best
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function lengthOfLongestSubstring(s) {
  // Check every substring s[i..j] for a repeated character.
  const seenInCheck = new Array(128).fill(-1);
  let check = 0;
  function allDistinct(from, to) {
    check++;
    for (let k = from; k <= to; k++) {
      const code = s.charCodeAt(k);
      if (seenInCheck[code] === check) return false;
      seenInCheck[code] = check;
    }
    return true;
  }
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    for (let j = i; j < s.length; j++) {
      if (allDistinct(i, j) && j - i + 1 > best) best = j - i + 1;
    }
  }
  return best;
}
`,
  },
  hints: [
    {
      en: "Checking every substring works but repeats a lot of effort. When a window [start, i] has no repeats, what happens as you add the next character?",
      ru: "Проверка всех подстрок работает, но много раз делает одно и то же. Если в окне [start, i] нет повторов, что происходит при добавлении следующего символа?",
    },
    {
      en: "Keep a window with no repeats. When the new character already occurs inside the window, the left edge must jump past that earlier occurrence.",
      ru: "Поддерживайте окно без повторов. Если новый символ уже есть внутри окна, левая граница должна перескочить за его прежнее вхождение.",
    },
    {
      en: "Store the last index of every character. For each i, if lastSeen[s[i]] ≥ start, set start = lastSeen[s[i]] + 1; then update lastSeen and the best length i − start + 1.",
      ru: "Храните последний индекс каждого символа. Для каждого i, если lastSeen[s[i]] ≥ start, положите start = lastSeen[s[i]] + 1; затем обновите lastSeen и лучшую длину i − start + 1.",
    },
  ],
  followUps: [
    {
      en: 'Why must you check that the previous occurrence lies inside the window (try "abba")?',
      ru: 'Зачем проверять, что прежнее вхождение лежит внутри окна (попробуйте "abba")?',
    },
    {
      en: "Return the substring itself. Which one do you return when several have the maximum length?",
      ru: "Верните саму подстроку. Какую из них вернуть, если максимальную длину имеют несколько?",
    },
    {
      en: "Generalise: the longest substring in which at most k distinct characters occur.",
      ru: "Обобщите: самая длинная подстрока, в которой встречается не больше k различных символов.",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Explains the sliding-window invariant (the window never contains a repeat) and why each index moves forward only.",
      },
      {
        en: "Points out that the extra space is bounded by the alphabet size, so O(1) for ASCII, O(min(n, σ)) in general.",
      },
      { en: 'Tests "abba" and the empty string unprompted.' },
    ],
    weak: [
      { en: 'Moves the left edge back to an old occurrence outside the window, failing "abba".' },
      {
        en: "Restarts the window from scratch after every repeat, turning the scan quadratic without noticing.",
      },
    ],
  },
};
