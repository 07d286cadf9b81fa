import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** A fixed pseudo-random text (Park–Miller generator), so the long tests stay reproducible. */
function pseudoRandomText(seed: number, length: number, alphabet: string): string {
  let x = seed;
  let out = "";
  for (let i = 0; i < length; i++) {
    x = (x * 48271) % 2147483647;
    out += alphabet[x % alphabet.length];
  }
  return out;
}

export const problem: CodingProblemInput = {
  id: "longest-palindromic-substring",
  title: { en: "Longest Palindromic Substring", ru: "Самая длинная подстрока-палиндром" },
  difficulty: "medium",
  topics: ["strings", "dynamic-programming"],
  tracks: ["backend", "fullstack", "frontend"],
  statement: {
    en: `Given a string \`s\`, return its longest substring that reads the same forwards and backwards.
A substring is a contiguous part of \`s\`.

In every test the longest palindromic substring is unique as a string (it may occur more than once,
but no different palindrome has the same length), so there is exactly one right answer.

**Examples**

\`\`\`
longestPalindrome("bananas")     →  "anana"
longestPalindrome("cbbd")        →  "bb"
longestPalindrome("racecarxyz")  →  "racecar"
\`\`\`

**Constraints**

- 1 ≤ s.length ≤ 1000
- \`s\` contains only lowercase English letters and digits`,
    ru: `Дана строка \`s\`. Верните её самую длинную подстроку, которая одинаково читается слева
направо и справа налево. Подстрока — непрерывный кусок \`s\`.

Во всех тестах самая длинная подстрока-палиндром единственна как строка (она может встречаться
несколько раз, но другого палиндрома той же длины нет), поэтому правильный ответ один.

**Примеры**

\`\`\`
longestPalindrome("bananas")     →  "anana"
longestPalindrome("cbbd")        →  "bb"
longestPalindrome("racecarxyz")  →  "racecar"
\`\`\`

**Ограничения**

- 1 ≤ s.length ≤ 1000
- \`s\` состоит только из строчных латинских букв и цифр`,
  },
  entry: "longestPalindrome",
  starterCode: {
    javascript:
      "function longestPalindrome(s) {\n  // return the longest palindromic substring\n}\n",
    typescript:
      'function longestPalindrome(s: string): string {\n  // return the longest palindromic substring\n  return "";\n}\n',
    python: "def longestPalindrome(s):\n    # return the longest palindromic substring\n    pass\n",
  },
  examples: [
    { args: ["bananas"], expected: "anana" },
    { args: ["cbbd"], expected: "bb" },
    { args: ["racecarxyz"], expected: "racecar" },
  ],
  hiddenTests: [
    { args: ["a"], expected: "a" },
    { args: ["aa"], expected: "aa" },
    { args: ["aab"], expected: "aa" },
    { args: ["baa"], expected: "aa" },
    { args: ["abb"], expected: "bb" },
    { args: ["aaaa"], expected: "aaaa" },
    { args: ["cbbd"], expected: "bb" },
    { args: ["abcba"], expected: "abcba" },
    { args: ["bananas"], expected: "anana" },
    { args: ["abccbaxy"], expected: "abccba" },
    { args: ["xyzzyabc"], expected: "yzzy" },
    { args: ["racecarxyz"], expected: "racecar" },
    { args: ["abacdfgdcaba"], expected: "aba" },
    { args: ["aaabaaaa"], expected: "aaabaaa" },
    { args: ["12321abc"], expected: "12321" },
    { args: ["madamimadam"], expected: "madamimadam" },
    { args: ["tattarrattat"], expected: "tattarrattat" },
    { args: ["a".repeat(200)], expected: "a".repeat(200) },
    { args: [`${"ab".repeat(100)}a`], expected: `${"ab".repeat(100)}a` },
    { args: [pseudoRandomText(1, 1000, "abc")], expected: "bcbaabccbaabcb" },
    { args: [pseudoRandomText(1, 1000, "ab")], expected: "abaabbabbbbbbbbabbaaba" },
  ],
  // One letter repeated: every substring is a palindrome, so checking each one costs the most,
  // while expanding around each centre still stops at the nearer edge.
  generate: (n, random) => {
    const letter = "abcdefghijklmnopqrstuvwxyz"[Math.floor(random() * 26)] ?? "a";
    return [letter.repeat(n)];
  },
  complexitySizes: [
    32, 48, 64, 96, 128, 160, 192, 256, 320, 384, 448, 512, 640, 768, 1024, 1536, 2048,
  ],
  optimal: { time: "O(n^2)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function longestPalindrome(s) {
  let bestStart = 0;
  let bestLen = s.length > 0 ? 1 : 0;
  // Centre c covers odd palindromes (c even: around a letter) and even ones (c odd: between letters).
  for (let c = 0; c < 2 * s.length - 1; c++) {
    let lo = c >> 1;
    let hi = lo + (c & 1);
    while (lo >= 0 && hi < s.length && s[lo] === s[hi]) {
      lo--;
      hi++;
    }
    const len = hi - lo - 1;
    if (len > bestLen) {
      bestLen = len;
      bestStart = lo + 1;
    }
  }
  return s.slice(bestStart, bestStart + bestLen);
}
`,
    python: `def longestPalindrome(s):
    best_start, best_len = 0, 1 if s else 0
    n = len(s)
    for c in range(2 * n - 1):
        lo = c // 2
        hi = lo + c % 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best_len:
            best_len = hi - lo - 1
            best_start = lo + 1
    return s[best_start:best_start + best_len]
`,
  },
  slowerSolution: {
    time: "O(n^3)",
    javascript: `function longestPalindrome(s) {
  let bestStart = 0;
  let bestLen = 0;
  // Check every substring with two pointers.
  for (let i = 0; i < s.length; i++) {
    for (let j = i; j < s.length; j++) {
      let lo = i;
      let hi = j;
      while (lo < hi && s[lo] === s[hi]) {
        lo++;
        hi--;
      }
      if (lo >= hi && j - i + 1 > bestLen) {
        bestLen = j - i + 1;
        bestStart = i;
      }
    }
  }
  return s.slice(bestStart, bestStart + bestLen);
}
`,
  },
  hints: [
    {
      en: "Checking every substring works but costs O(n³). What do all palindromes have in common that you could build from?",
      ru: "Проверка всех подстрок работает, но стоит O(n³). Что общего у всех палиндромов, от чего можно отталкиваться?",
    },
    {
      en: "Every palindrome has a centre — a single letter for odd lengths or the gap between two equal letters for even lengths. There are only 2n − 1 centres.",
      ru: "У каждого палиндрома есть центр — одна буква при нечётной длине или промежуток между двумя равными буквами при чётной. Центров всего 2n − 1.",
    },
    {
      en: "For each centre, grow two pointers outwards while the letters match; record the longest span seen and slice it out at the end.",
      ru: "Для каждого центра раздвигайте два указателя, пока буквы совпадают; запоминайте самый длинный отрезок и в конце вырежьте его.",
    },
  ],
  followUps: [
    {
      en: "Can you describe an O(n) algorithm (Manacher's) and the idea that makes it linear?",
      ru: "Можете описать алгоритм за O(n) (Манакера) и идею, за счёт которой он линейный?",
    },
    {
      en: "How would you count all palindromic substrings instead of finding the longest?",
      ru: "Как посчитать все подстроки-палиндромы вместо поиска самой длинной?",
    },
    {
      en: "What about the longest palindromic subsequence, where letters need not be adjacent?",
      ru: "А как найти самую длинную подпоследовательность-палиндром, где буквы не обязаны идти подряд?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Handles odd and even centres in one loop or two clearly, and explains the O(n²) time with O(1) extra space.",
      },
      {
        en: "Compares the centre expansion with the O(n²)-memory DP table and can justify preferring one.",
      },
    ],
    weak: [
      { en: 'Forgets even-length palindromes such as "bb".' },
      {
        en: "Reverses the string and looks for the longest common substring without checking the positions line up.",
      },
      { en: "Off-by-one errors when converting the final pointers into a slice." },
    ],
  },
};
