import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "valid-anagram",
  title: { en: "Valid Anagram", ru: "Анаграмма" },
  difficulty: "easy",
  topics: ["arrays-and-hashing", "strings"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `Two words are anagrams when one can be turned into the other just by rearranging its letters:
every letter is used exactly as many times in one as in the other.

Given two strings \`s\` and \`t\`, return \`true\` if \`t\` is an anagram of \`s\` and \`false\` otherwise.

**Examples**

\`\`\`
isAnagram("listen", "silent")  →  true
isAnagram("rat", "car")        →  false
isAnagram("aacc", "ccac")      →  false
\`\`\`

**Constraints**

- 0 ≤ s.length, t.length ≤ 5 · 10⁴
- \`s\` and \`t\` contain only lowercase English letters (\`a\`–\`z\`)`,
    ru: `Два слова — анаграммы, если одно получается из другого перестановкой букв: каждая буква
встречается в них одинаковое число раз.

Даны строки \`s\` и \`t\`. Верните \`true\`, если \`t\` — анаграмма \`s\`, и \`false\` в противном случае.

**Примеры**

\`\`\`
isAnagram("listen", "silent")  →  true
isAnagram("rat", "car")        →  false
isAnagram("aacc", "ccac")      →  false
\`\`\`

**Ограничения**

- 0 ≤ s.length, t.length ≤ 5 · 10⁴
- \`s\` и \`t\` состоят только из строчных латинских букв (\`a\`–\`z\`)`,
  },
  entry: "isAnagram",
  starterCode: {
    javascript: "function isAnagram(s, t) {\n  // return true or false\n}\n",
    typescript:
      "function isAnagram(s: string, t: string): boolean {\n  // return true or false\n  return false;\n}\n",
    python: "def isAnagram(s, t):\n    # return True or False\n    pass\n",
  },
  examples: [
    { args: ["listen", "silent"], expected: true },
    { args: ["rat", "car"], expected: false },
    { args: ["aacc", "ccac"], expected: false },
  ],
  hiddenTests: [
    { args: ["", ""], expected: true },
    { args: ["abc", ""], expected: false },
    { args: ["", "z"], expected: false },
    { args: ["a", "a"], expected: true },
    { args: ["a", "b"], expected: false },
    { args: ["ab", "a"], expected: false },
    { args: ["anagram", "nagaram"], expected: true },
    { args: ["aabbcc", "abcabc"], expected: true },
    { args: ["aabbcc", "aabbc"], expected: false },
    { args: ["ab", "bb"], expected: false },
    { args: ["xxy", "xyy"], expected: false },
    { args: ["zzzz", "zzzz"], expected: true },
    { args: ["abcd", "dcba"], expected: true },
    { args: ["abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba"], expected: true },
    { args: ["night", "thing"], expected: true },
    { args: ["dusty", "study"], expected: true },
    { args: ["hello", "helol"], expected: true },
    { args: ["hello", "hellp"], expected: false },
    // 3 000 letters each: the same counts in a different order.
    { args: ["a".repeat(1500) + "b".repeat(1500), "ab".repeat(1500)], expected: true },
    // Same length, one letter swapped for another at the very end.
    { args: ["abc".repeat(1000), `${"abc".repeat(999)}abd`], expected: false },
  ],
  // t is a shuffle of s, so the answer is true and nothing can stop early.
  generate: (n, random) => {
    const letters = Array.from({ length: n }, () =>
      String.fromCharCode(97 + Math.floor(random() * 26)),
    );
    const shuffled = [...letters];
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j] as string, shuffled[i] as string];
    }
    return [letters.join(""), shuffled.join("")];
  },
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const counts = new Array(26).fill(0);
  for (let i = 0; i < s.length; i++) {
    counts[s.charCodeAt(i) - 97]++;
    counts[t.charCodeAt(i) - 97]--;
  }
  for (let k = 0; k < 26; k++) {
    if (counts[k] !== 0) return false;
  }
  return true;
}
`,
    python: `def isAnagram(s, t):
    if len(s) != len(t):
        return False
    counts = [0] * 26
    for a, b in zip(s, t):
        counts[ord(a) - 97] += 1
        counts[ord(b) - 97] -= 1
    return all(c == 0 for c in counts)
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function isAnagram(s, t) {
  if (s.length !== t.length) return false;
  const used = new Array(t.length).fill(false);
  for (let i = 0; i < s.length; i++) {
    let found = false;
    for (let j = 0; j < t.length; j++) {
      if (!used[j] && t[j] === s[i]) {
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}
`,
  },
  hints: [
    {
      en: "If the lengths differ, you already know the answer. Otherwise, what property must the two strings share?",
      ru: "Если длины разные, ответ уже известен. А иначе — какое свойство должно быть общим у двух строк?",
    },
    {
      en: "Two strings are anagrams exactly when every letter occurs the same number of times in both. Sorting both also works, but costs O(n log n).",
      ru: "Строки — анаграммы ровно тогда, когда каждая буква встречается в них одинаковое число раз. Сортировка обеих строк тоже работает, но стоит O(n log n).",
    },
    {
      en: "Keep 26 counters: add one for each letter of s and subtract one for each letter of t. The strings are anagrams if every counter ends at zero.",
      ru: "Заведите 26 счётчиков: прибавляйте единицу за каждую букву s и вычитайте за каждую букву t. Строки — анаграммы, если все счётчики в конце равны нулю.",
    },
  ],
  followUps: [
    {
      en: "What changes if the strings may contain any Unicode characters, including emoji?",
      ru: "Что изменится, если в строках могут быть любые символы Юникода, включая эмодзи?",
    },
    {
      en: "You have to answer many queries against the same s. What would you precompute?",
      ru: "Нужно ответить на много запросов к одной и той же строке s. Что стоит подсчитать заранее?",
    },
    {
      en: "How would you find every position in a long text where some anagram of a short pattern begins?",
      ru: "Как найти все позиции в длинном тексте, с которых начинается какая-нибудь анаграмма короткого образца?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Checks the lengths first, then counts letters in a fixed 26-slot array and explains why that is O(1) space.",
      },
      {
        en: "Compares the counting approach with sorting and asks about the character set before committing.",
      },
    ],
    weak: [
      {
        en: "Only checks that every letter of s appears somewhere in t, so 'aacc' and 'ccac' pass.",
      },
      {
        en: "Removes characters from a string inside a loop without noticing each removal copies the string.",
      },
    ],
  },
};
