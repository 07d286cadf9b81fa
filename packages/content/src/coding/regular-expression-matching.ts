import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "regular-expression-matching",
  title: { en: "Regular Expression Matching", ru: "Сопоставление с регулярным выражением" },
  difficulty: "hard",
  topics: ["dynamic-programming", "strings"],
  tracks: ["backend", "fullstack", "infrastructure"],
  statement: {
    en: `Write a matcher for a tiny pattern language. A pattern \`p\` is made of:

- a lowercase letter, which matches exactly that letter;
- \`.\`, which matches any single letter;
- \`*\`, which always follows a letter or \`.\` and lets that element repeat zero or more times.

Return \`true\` when the pattern matches the **whole** text \`s\`, not just a part of it, and
\`false\` otherwise.

**Examples**

\`\`\`
isMatch("aa", "a")           →  false   (one "a" cannot cover two letters)
isMatch("aab", "c*a*b")      →  true    (no "c", two "a", one "b")
isMatch("ab", ".*")          →  true
\`\`\`

**Constraints**

- 0 ≤ s.length ≤ 20, 0 ≤ p.length ≤ 20
- \`s\` contains only lowercase English letters
- \`p\` contains only lowercase English letters, \`.\` and \`*\`
- every \`*\` comes right after a letter or a \`.\``,
    ru: `Напишите сопоставитель для маленького языка шаблонов. Шаблон \`p\` состоит из:

- строчной буквы — она совпадает ровно с этой буквой;
- \`.\` — совпадает с любой одной буквой;
- \`*\` — всегда стоит после буквы или \`.\` и позволяет повторить этот элемент ноль или более раз.

Верните \`true\`, если шаблон совпадает со **всей** строкой \`s\`, а не с её частью, иначе \`false\`.

**Примеры**

\`\`\`
isMatch("aa", "a")           →  false   (одна "a" не покрывает две буквы)
isMatch("aab", "c*a*b")      →  true    (ни одной "c", две "a", одна "b")
isMatch("ab", ".*")          →  true
\`\`\`

**Ограничения**

- 0 ≤ s.length ≤ 20, 0 ≤ p.length ≤ 20
- \`s\` содержит только строчные латинские буквы
- \`p\` содержит только строчные латинские буквы, \`.\` и \`*\`
- каждая \`*\` стоит сразу после буквы или \`.\``,
  },
  entry: "isMatch",
  starterCode: {
    javascript: "function isMatch(s, p) {\n  // return true or false\n}\n",
    typescript:
      "function isMatch(s: string, p: string): boolean {\n  // return true or false\n  return false;\n}\n",
    python: "def isMatch(s, p):\n    # return True or False\n    pass\n",
  },
  examples: [
    { args: ["aa", "a"], expected: false },
    { args: ["aab", "c*a*b"], expected: true },
    { args: ["ab", ".*"], expected: true },
  ],
  hiddenTests: [
    { args: ["", ""], expected: true },
    { args: ["", "a*"], expected: true },
    { args: ["", ".*b*"], expected: true },
    { args: ["", "a"], expected: false },
    { args: ["a", ""], expected: false },
    { args: ["aa", "a"], expected: false },
    { args: ["aa", "a*"], expected: true },
    { args: ["ab", ".*"], expected: true },
    { args: ["aab", "c*a*b"], expected: true },
    { args: ["aab", "c*a*b*"], expected: true },
    { args: ["ba", ".*a*b"], expected: false },
    { args: ["abc", "a.c"], expected: true },
    { args: ["abcd", "d*"], expected: false },
    { args: ["aaa", "a*a"], expected: true },
    { args: ["aaa", "ab*a*c*a"], expected: true },
    { args: ["a", "ab*"], expected: true },
    { args: ["ab", ".*c"], expected: false },
    { args: ["ab", ".*.."], expected: true },
    { args: ["a", ".*..a*"], expected: false },
    { args: ["acd", "ab*c."], expected: true },
    { args: ["xyzzy", "x.*y"], expected: true },
    { args: ["bbbba", ".*a*a"], expected: true },
    { args: ["mississippi", "mis*is*p*."], expected: false },
    { args: ["mississippi", "mis*is*ip*."], expected: true },
    { args: ["abcdefghijklmnopqrst", ".*.*.*t"], expected: true },
    { args: ["aaaaaaaaaaaaaaaaaaab", "a*a*a*a*a*b"], expected: true },
    { args: ["aaaaaaaaaaaaaaaaaaaa", "a*a*a*a*a*c"], expected: false },
    { args: ["abababababababababab", "ab*a*b*.*ab*a*b*.*ab"], expected: true },
    { args: ["zzzzzzzzzzzzzzzzzzzz", "z*.z*.z*.z*.z*.z*.z"], expected: true },
  ],
  // About n/2 letters "a" against n/2 repeated "a*" and a final "b" that never matches:
  // backtracking tries every way to share the letters between the stars (about 2ⁿ) before giving up.
  generate: (n) => ["a".repeat(n - Math.floor(n / 2)), `${"a*".repeat(Math.floor(n / 2))}b`],
  complexitySizes: [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24],
  optimal: { time: "O(n^2)", space: "O(n^2)" },
  referenceSolutions: {
    javascript: `function isMatch(s, p) {
  const m = s.length;
  const n = p.length;
  // ok[i][j]: does s[i..] match p[j..]?
  const ok = [];
  for (let i = 0; i <= m; i++) ok.push(new Array(n + 1).fill(false));
  ok[m][n] = true;
  for (let i = m; i >= 0; i--) {
    for (let j = n - 1; j >= 0; j--) {
      const first = i < m && (p[j] === s[i] || p[j] === ".");
      if (j + 1 < n && p[j + 1] === "*") {
        ok[i][j] = ok[i][j + 2] || (first && ok[i + 1][j]);
      } else {
        ok[i][j] = first && ok[i + 1][j + 1];
      }
    }
  }
  return ok[0][0];
}
`,
    python: `def isMatch(s, p):
    m, n = len(s), len(p)
    ok = [[False] * (n + 1) for _ in range(m + 1)]
    ok[m][n] = True
    for i in range(m, -1, -1):
        for j in range(n - 1, -1, -1):
            first = i < m and p[j] in (s[i], ".")
            if j + 1 < n and p[j + 1] == "*":
                ok[i][j] = ok[i][j + 2] or (first and ok[i + 1][j])
            else:
                ok[i][j] = first and ok[i + 1][j + 1]
    return ok[0][0]
`,
  },
  slowerSolution: {
    time: "O(2^n)",
    javascript: `function isMatch(s, p) {
  function go(i, j) {
    if (j === p.length) return i === s.length;
    const first = i < s.length && (p[j] === s[i] || p[j] === ".");
    if (j + 1 < p.length && p[j + 1] === "*") {
      return go(i, j + 2) || (first && go(i + 1, j));
    }
    return first && go(i + 1, j + 1);
  }
  return go(0, 0);
}
`,
  },
  hints: [
    {
      en: "Handle the pattern one element at a time, where an element is a letter or a dot, optionally followed by a star. What choices does a starred element give you?",
      ru: "Разбирайте шаблон по одному элементу — букве или точке, возможно со звёздочкой. Какой выбор даёт элемент со звёздочкой?",
    },
    {
      en: "A starred element either matches nothing (skip two pattern characters) or eats one matching letter and stays. Plain recursion on these choices is correct but repeats the same (i, j) positions exponentially often.",
      ru: "Элемент со звёздочкой либо ничего не съедает (пропустить два символа шаблона), либо съедает одну подходящую букву и остаётся. Простая рекурсия по этому выбору верна, но экспоненциально часто повторяет одни и те же позиции (i, j).",
    },
    {
      en: "Let ok[i][j] mean s[i..] matches p[j..]. Fill it from the ends: ok[m][n] = true; with a star, ok[i][j] = ok[i][j+2] or (first matches and ok[i+1][j]); otherwise first matches and ok[i+1][j+1].",
      ru: "Пусть ok[i][j] означает, что s[i..] совпадает с p[j..]. Заполняйте с концов: ok[m][n] = true; при звёздочке ok[i][j] = ok[i][j+2] или (первый символ подходит и ok[i+1][j]); иначе первый символ подходит и ok[i+1][j+1].",
    },
  ],
  followUps: [
    {
      en: "Add a `+` operator (one or more repetitions). How does the recurrence change?",
      ru: "Добавьте оператор `+` (одно или более повторений). Как изменится рекуррентная формула?",
    },
    {
      en: "Real regex engines can be made to take exponential time. What pattern and text trigger that, and how do engines based on automata avoid it?",
      ru: "Реальные движки регулярных выражений можно заставить работать экспоненциально долго. Какие шаблон и текст это вызывают и как автоматные движки этого избегают?",
    },
    {
      en: "Can you bring the memory down to O(n) for the table?",
      ru: "Можно ли сократить память таблицы до O(n)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Treats letter-plus-star as one unit and clearly separates the zero-repeat and one-more-repeat branches.",
      },
      {
        en: 'Handles empty text against patterns like "a*b*" and explains the base row of the table.',
      },
      {
        en: "Notices the exponential blow-up of backtracking and converts it to memoisation or a bottom-up table.",
      },
    ],
    weak: [
      {
        en: 'Greedily consumes as many letters as possible for a star and fails cases like ("aaa", "a*a").',
      },
      {
        en: "Looks at the star only after processing the letter before it, producing index errors.",
      },
      { en: "Matches a prefix instead of the whole text." },
    ],
  },
};
