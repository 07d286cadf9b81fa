import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

const wordOf = (length: number, letter: (i: number) => string) =>
  Array.from({ length }, (_, i) => letter(i)).join("");
const mixedA = wordOf(200, (i) => "abcde"[(i * i * 7 + 3 * i) % 5] as string);
const mixedB = wordOf(200, (i) => "abcde"[(i * 13 + Math.floor(i / 7)) % 5] as string);
const xyz = wordOf(150, (i) => "xyz"[(i * i) % 3] as string);
const alphabet = "abcdefghij".repeat(20);
const alphabetReversed = alphabet.split("").reverse().join("");

export const problem: CodingProblemInput = {
  id: "edit-distance",
  title: { en: "Edit Distance", ru: "Редакционное расстояние" },
  difficulty: "hard",
  topics: ["dynamic-programming", "strings"],
  tracks: ["backend", "fullstack", "frontend", "data"],
  statement: {
    en: `You may change a word with three kinds of single-character edits:

- insert one character anywhere,
- delete one character,
- replace one character with another.

Given two words \`word1\` and \`word2\`, return the smallest number of edits that turns \`word1\`
into \`word2\`.

**Examples**

\`\`\`
minDistance("horse", "ros")            →  3
minDistance("kitten", "sitting")       →  3     (k→s, e→i, insert g)
minDistance("", "abc")                 →  3
\`\`\`

In the first example: replace h with r (rorse), delete the first r (rose), delete e (ros).

**Constraints**

- 0 ≤ word1.length, word2.length ≤ 200
- both words contain only lowercase English letters`,
    ru: `Слово можно менять тремя видами правок по одному символу:

- вставить символ в любое место,
- удалить символ,
- заменить символ другим.

Даны два слова \`word1\` и \`word2\`. Верните наименьшее число правок, превращающих \`word1\` в
\`word2\`.

**Примеры**

\`\`\`
minDistance("horse", "ros")            →  3
minDistance("kitten", "sitting")       →  3     (k→s, e→i, вставить g)
minDistance("", "abc")                 →  3
\`\`\`

**Ограничения**

- 0 ≤ word1.length, word2.length ≤ 200
- оба слова состоят только из строчных латинских букв`,
  },
  entry: "minDistance",
  starterCode: {
    javascript: "function minDistance(word1, word2) {\n  // return the number of edits\n}\n",
    typescript:
      "function minDistance(word1: string, word2: string): number {\n  // return the number of edits\n  return -1;\n}\n",
    python: "def minDistance(word1, word2):\n    # return the number of edits\n    pass\n",
  },
  examples: [
    { args: ["horse", "ros"], expected: 3 },
    { args: ["kitten", "sitting"], expected: 3 },
    { args: ["", "abc"], expected: 3 },
  ],
  hiddenTests: [
    { args: ["", ""], expected: 0 },
    { args: ["", "abc"], expected: 3 },
    { args: ["abc", ""], expected: 3 },
    { args: ["a", "a"], expected: 0 },
    { args: ["a", "b"], expected: 1 },
    { args: ["ab", "a"], expected: 1 },
    { args: ["ab", "ba"], expected: 2 },
    { args: ["abc", "abc"], expected: 0 },
    { args: ["abc", "yabd"], expected: 2 },
    { args: ["aaaa", "aa"], expected: 2 },
    { args: ["horse", "ros"], expected: 3 },
    { args: ["intention", "execution"], expected: 5 },
    { args: ["kitten", "sitting"], expected: 3 },
    { args: ["sunday", "saturday"], expected: 3 },
    { args: ["abcdef", "azced"], expected: 3 },
    { args: ["flaw", "lawn"], expected: 2 },
    { args: ["plasma", "altruism"], expected: 6 },
    { args: ["a".repeat(200), "b".repeat(200)], expected: 200 },
    { args: ["ab".repeat(100), "ba".repeat(100)], expected: 2 },
    { args: ["z".repeat(200), ""], expected: 200 },
    { args: [mixedA, mixedB], expected: 120 },
    { args: [xyz, mixedA], expected: 200 },
    { args: [alphabet, alphabetReversed], expected: 162 },
  ],
  // Two random words of length n over a small alphabet, so matches and mismatches are both common.
  generate: (n, random) => {
    const word = () => Array.from({ length: n }, () => "abcd"[Math.floor(random() * 4)]).join("");
    return [word(), word()];
  },
  // Start small: the cubic slower solution gets slow by a few hundred letters.
  complexitySizes: [48, 64, 96, 128, 160, 192, 256, 320, 384, 512],
  optimal: { time: "O(n^2)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function minDistance(word1, word2) {
  const m = word1.length;
  const n = word2.length;
  // prev[j] = distance between word1[0..i-1) and word2[0..j)
  let prev = new Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= m; i++) {
    const curr = new Array(n + 1);
    curr[0] = i;
    for (let j = 1; j <= n; j++) {
      if (word1[i - 1] === word2[j - 1]) {
        curr[j] = prev[j - 1];
      } else {
        curr[j] = 1 + Math.min(prev[j - 1], prev[j], curr[j - 1]);
      }
    }
    prev = curr;
  }
  return prev[n];
}
`,
    python: `def minDistance(word1, word2):
    m, n = len(word1), len(word2)
    prev = list(range(n + 1))
    for i in range(1, m + 1):
        curr = [i] + [0] * n
        for j in range(1, n + 1):
            if word1[i - 1] == word2[j - 1]:
                curr[j] = prev[j - 1]
            else:
                curr[j] = 1 + min(prev[j - 1], prev[j], curr[j - 1])
        prev = curr
    return prev[n]
`,
  },
  slowerSolution: {
    time: "O(n^3)",
    javascript: `function minDistance(word1, word2) {
  // Treats deletions as runs: the last step may delete any block word1[k..i) at once.
  const m = word1.length;
  const n = word2.length;
  const dp = [];
  for (let i = 0; i <= m; i++) {
    dp.push(new Array(n + 1).fill(0));
    dp[i][0] = i;
  }
  for (let j = 0; j <= n; j++) dp[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      let best = dp[i - 1][j - 1] + (word1[i - 1] === word2[j - 1] ? 0 : 1);
      if (dp[i][j - 1] + 1 < best) best = dp[i][j - 1] + 1;
      for (let k = 0; k < i; k++) {
        const v = dp[k][j] + (i - k);
        if (v < best) best = v;
      }
      dp[i][j] = best;
    }
  }
  return dp[m][n];
}
`,
  },
  hints: [
    {
      en: "Look at the last characters of both words. If they are equal, do you need to touch them at all?",
      ru: "Посмотрите на последние символы обоих слов. Если они равны, нужно ли их вообще трогать?",
    },
    {
      en: "Let d(i, j) be the distance between the first i letters of word1 and the first j letters of word2. Each of the three edits corresponds to one smaller subproblem.",
      ru: "Пусть d(i, j) — расстояние между первыми i буквами word1 и первыми j буквами word2. Каждой из трёх правок соответствует одна меньшая подзадача.",
    },
    {
      en: "d(i, j) = d(i−1, j−1) when the letters match, else 1 + min(d(i−1, j−1), d(i−1, j), d(i, j−1)); the borders are d(i, 0) = i and d(0, j) = j. Fill the table row by row.",
      ru: "d(i, j) = d(i−1, j−1), если буквы совпадают, иначе 1 + min(d(i−1, j−1), d(i−1, j), d(i, j−1)); края: d(i, 0) = i, d(0, j) = j. Заполняйте таблицу по строкам.",
    },
  ],
  followUps: [
    {
      en: "Reduce the memory to O(min(m, n)). What do you have to keep from the previous row?",
      ru: "Сократите память до O(min(m, n)). Что нужно хранить от предыдущей строки?",
    },
    {
      en: "Return the list of edits themselves, not just their number.",
      ru: "Верните сам список правок, а не только их количество.",
    },
    {
      en: "You only need to know whether the distance is at most k (say, for spelling suggestions). How can you make it O(k · n)?",
      ru: "Нужно лишь узнать, не больше ли расстояние k (например, для подсказок опечаток). Как получить O(k · n)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Defines the prefix-based state precisely and maps insert, delete and replace to the three neighbouring cells.",
      },
      { en: "Gets the borders right for empty words and shrinks memory to two rows unprompted." },
      { en: "Walks through a small table (horse → ros) to check the recurrence before coding." },
    ],
    weak: [
      {
        en: "Tries a greedy alignment or a longest-common-subsequence shortcut that ignores replacements.",
      },
      { en: "Writes the recursion without memoisation and cannot say why it blows up." },
      {
        en: "Mixes up which index moves for insertion versus deletion and produces off-by-one answers.",
      },
    ],
  },
};
