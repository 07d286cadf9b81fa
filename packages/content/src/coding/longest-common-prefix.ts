import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

const manyWords = [...Array.from({ length: 199 }, () => "commonground"), "commonsense"];

export const problem: CodingProblemInput = {
  id: "longest-common-prefix",
  title: { en: "Longest Common Prefix", ru: "Наибольший общий префикс" },
  difficulty: "easy",
  topics: ["strings"],
  tracks: ["backend", "fullstack", "frontend", "mobile"],
  statement: {
    en: `Given a list of strings \`strs\`, return the longest string that every one of them starts with.
Return an empty string when they share no first letter or when the list is empty.

**Examples**

\`\`\`
longestCommonPrefix(["flower", "flow", "flight"])  →  "fl"
longestCommonPrefix(["dog", "racecar", "car"])     →  ""
longestCommonPrefix(["alone"])                     →  "alone"
\`\`\`

**Constraints**

- 0 ≤ strs.length ≤ 200
- 0 ≤ strs[i].length ≤ 200
- strings contain only lowercase English letters`,
    ru: `Дан список строк \`strs\`. Верните самую длинную строку, с которой начинается каждая из них.
Если общей первой буквы нет или список пуст, верните пустую строку.

**Примеры**

\`\`\`
longestCommonPrefix(["flower", "flow", "flight"])  →  "fl"
longestCommonPrefix(["dog", "racecar", "car"])     →  ""
longestCommonPrefix(["alone"])                     →  "alone"
\`\`\`

**Ограничения**

- 0 ≤ strs.length ≤ 200
- 0 ≤ strs[i].length ≤ 200
- строки состоят только из строчных латинских букв`,
  },
  entry: "longestCommonPrefix",
  starterCode: {
    javascript: "function longestCommonPrefix(strs) {\n  // return the shared prefix\n}\n",
    typescript:
      'function longestCommonPrefix(strs: string[]): string {\n  // return the shared prefix\n  return "?";\n}\n',
    python: "def longestCommonPrefix(strs):\n    # return the shared prefix\n    pass\n",
  },
  examples: [
    { args: [["flower", "flow", "flight"]], expected: "fl" },
    { args: [["dog", "racecar", "car"]], expected: "" },
    { args: [["alone"]], expected: "alone" },
  ],
  hiddenTests: [
    { args: [[]], expected: "" },
    { args: [[""]], expected: "" },
    { args: [["alone"]], expected: "alone" },
    { args: [["", "abc"]], expected: "" },
    { args: [["abc", ""]], expected: "" },
    { args: [["flower", "flow", "flight"]], expected: "fl" },
    { args: [["dog", "racecar", "car"]], expected: "" },
    { args: [["reflower", "flow", "flight"]], expected: "" },
    { args: [["same", "same", "same"]], expected: "same" },
    { args: [["prefix", "pre", "prefixes"]], expected: "pre" },
    { args: [["a", "a", "b"]], expected: "" },
    { args: [["ab", "a"]], expected: "a" },
    { args: [["cir", "car"]], expected: "c" },
    { args: [["abcd", "abce", "abcf"]], expected: "abc" },
    { args: [["interview", "internet", "interval", "internal"]], expected: "inter" },
    { args: [["throne", "throne", "thrones"]], expected: "throne" },
    { args: [["x".repeat(200), "x".repeat(200)]], expected: "x".repeat(200) },
    { args: [["x".repeat(200), `${"x".repeat(199)}y`]], expected: "x".repeat(199) },
    { args: [manyWords], expected: "common" },
  ],
  // Four long strings that agree on everything but the last letter of the last one.
  generate: (n, random) => {
    const base = Array.from({ length: n }, () => "abcdefghij"[Math.floor(random() * 10)]).join("");
    const last = base.slice(0, n - 1) + (base[n - 1] === "z" ? "y" : "z");
    return [[base, base, base, last]];
  },
  // Close sizes while the quadratic slower solution is still fast; larger ones for the linear reference.
  complexitySizes: [
    128, 192, 256, 384, 512, 768, 1024, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144,
    524288,
  ],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function longestCommonPrefix(strs) {
  if (strs.length === 0) return "";
  const first = strs[0];
  for (let i = 0; i < first.length; i++) {
    for (let k = 1; k < strs.length; k++) {
      if (i >= strs[k].length || strs[k][i] !== first[i]) return first.slice(0, i);
    }
  }
  return first;
}
`,
    python: `def longestCommonPrefix(strs):
    if not strs:
        return ""
    first = strs[0]
    for i, ch in enumerate(first):
        for other in strs[1:]:
            if i >= len(other) or other[i] != ch:
                return first[:i]
    return first
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function longestCommonPrefix(strs) {
  if (strs.length === 0) return "";
  const first = strs[0];
  // Try every prefix length and re-check each candidate from the start.
  for (let len = 1; len <= first.length; len++) {
    for (const s of strs) {
      if (s.length < len) return first.slice(0, len - 1);
      for (let k = 0; k < len; k++) {
        if (s[k] !== first[k]) return first.slice(0, len - 1);
      }
    }
  }
  return first;
}
`,
  },
  hints: [
    {
      en: "The answer can never be longer than the shortest string. Which string is a natural starting candidate?",
      ru: "Ответ не может быть длиннее самой короткой строки. Какая строка — естественный начальный кандидат?",
    },
    {
      en: "Compare the strings column by column: position 0 in all of them, then position 1, and so on.",
      ru: "Сравнивайте строки по столбцам: сначала позицию 0 во всех, затем позицию 1 и так далее.",
    },
    {
      en: "Walk i along the first string; stop at the first i where some string is too short or has a different letter, and return the first i letters.",
      ru: "Идите индексом i по первой строке; остановитесь на первом i, где какая-то строка закончилась или буква отличается, и верните первые i букв.",
    },
  ],
  followUps: [
    {
      en: "The same list is queried many times with a new string each time. Would a trie help?",
      ru: "По одному и тому же списку много раз приходят запросы с новой строкой. Поможет ли префиксное дерево?",
    },
    {
      en: "Can you solve it by sorting, or with binary search on the prefix length? What do those cost?",
      ru: "Можно ли решить сортировкой или бинарным поиском по длине префикса? Сколько это стоит?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Handles the empty list, empty strings and a single string without special-case bugs.",
      },
      {
        en: "States the cost as O(total characters) and explains why stopping at the first mismatch is enough.",
      },
    ],
    weak: [
      { en: "Builds every prefix and re-checks it from the beginning, doing quadratic work." },
      {
        en: "Reads past the end of a shorter string or returns the shortest string instead of the shared part.",
      },
    ],
  },
};
