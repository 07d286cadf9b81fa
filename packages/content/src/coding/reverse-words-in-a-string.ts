import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

const numbered = Array.from({ length: 300 }, (_, i) => `w${i}`);
const longWords = Array.from({ length: 100 }, (_, i) =>
  String.fromCharCode(97 + (i % 26)).repeat(99),
);
const shortWords = Array.from({ length: 1000 }, (_, i) => String.fromCharCode(97 + (i % 26)));

export const problem: CodingProblemInput = {
  id: "reverse-words-in-a-string",
  title: { en: "Reverse Words in a String", ru: "Слова в обратном порядке" },
  difficulty: "easy",
  topics: ["strings", "two-pointers"],
  tracks: ["backend", "fullstack", "frontend", "mobile"],
  statement: {
    en: `A string \`s\` holds words separated by spaces. A word is a run of characters that are not
spaces. There may be several spaces between two words, and spaces at the start or the end.

Return the words in reverse order, joined by exactly one space, with no spaces at either end.
Each word keeps its own letters in their original order. If \`s\` has no words, return \`""\`.

**Examples**

\`\`\`
reverseWords("the sky is blue")     →  "blue is sky the"
reverseWords("  hello world  ")     →  "world hello"
reverseWords("a good   example")    →  "example good a"
\`\`\`

**Constraints**

- 0 ≤ s.length ≤ 10⁴
- \`s\` contains English letters, digits and the space character \`' '\`

Can you do it with a single pass from one end?`,
    ru: `Строка \`s\` содержит слова, разделённые пробелами. Слово — это подряд идущие символы, не
являющиеся пробелами. Между словами может быть несколько пробелов, а также пробелы в начале и в конце.

Верните слова в обратном порядке через ровно один пробел, без пробелов по краям. Буквы внутри
слова остаются в прежнем порядке. Если слов нет, верните \`""\`.

**Примеры**

\`\`\`
reverseWords("the sky is blue")     →  "blue is sky the"
reverseWords("  hello world  ")     →  "world hello"
reverseWords("a good   example")    →  "example good a"
\`\`\`

**Ограничения**

- 0 ≤ s.length ≤ 10⁴
- \`s\` состоит из латинских букв, цифр и пробелов \`' '\`

Получится ли за один проход с конца?`,
  },
  entry: "reverseWords",
  starterCode: {
    javascript: "function reverseWords(s) {\n  // return the words in reverse order\n}\n",
    typescript:
      'function reverseWords(s: string): string {\n  // return the words in reverse order\n  return "?";\n}\n',
    python: "def reverseWords(s):\n    # return the words in reverse order\n    pass\n",
  },
  examples: [
    { args: ["the sky is blue"], expected: "blue is sky the" },
    { args: ["  hello world  "], expected: "world hello" },
    { args: ["a good   example"], expected: "example good a" },
  ],
  hiddenTests: [
    { args: [""], expected: "" },
    { args: ["     "], expected: "" },
    { args: ["a"], expected: "a" },
    { args: ["word"], expected: "word" },
    { args: ["  single  "], expected: "single" },
    { args: ["a b"], expected: "b a" },
    { args: ["the sky is blue"], expected: "blue is sky the" },
    { args: ["  hello world  "], expected: "world hello" },
    { args: ["a good   example"], expected: "example good a" },
    { args: ["one two three four five"], expected: "five four three two one" },
    { args: ["  Bob    Loves  Alice   "], expected: "Alice Loves Bob" },
    { args: ["echo echo echo"], expected: "echo echo echo" },
    { args: ["x y x"], expected: "x y x" },
    { args: ["123 abc 456"], expected: "456 abc 123" },
    { args: ["CamelCase   stays  AsIs"], expected: "AsIs stays CamelCase" },
    { args: [`${" ".repeat(5000)}end${" ".repeat(4997)}`], expected: "end" },
    { args: [numbered.join("  ")], expected: [...numbered].reverse().join(" ") },
    { args: [longWords.join(" ")], expected: [...longWords].reverse().join(" ") },
    { args: [` ${shortWords.join(" ")} `], expected: [...shortWords].reverse().join(" ") },
  ],
  // Many short words with one or two spaces between them: a solution that re-scans the string
  // from the start for every word does quadratic work.
  generate: (n, random) => {
    let s = "";
    while (s.length < n) {
      const length = 1 + Math.floor(random() * 3);
      for (let i = 0; i < length; i++) s += "abcdefghijklmnopqrstuvwxyz"[Math.floor(random() * 26)];
      s += random() < 0.7 ? " " : "  ";
    }
    return [s];
  },
  // Close sizes while the quadratic slower solution is still fast; larger ones for the linear reference.
  complexitySizes: [
    256, 384, 512, 768, 1024, 1536, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144, 524288,
    1048576,
  ],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function reverseWords(s) {
  const words = [];
  let i = s.length - 1;
  while (i >= 0) {
    while (i >= 0 && s[i] === " ") i--; // skip spaces
    if (i < 0) break;
    const end = i + 1;
    while (i >= 0 && s[i] !== " ") i--; // walk back over one word
    words.push(s.slice(i + 1, end));
  }
  return words.join(" ");
}
`,
    python: `def reverseWords(s):
    words = []
    i = len(s) - 1
    while i >= 0:
        while i >= 0 and s[i] == " ":
            i -= 1
        if i < 0:
            break
        end = i + 1
        while i >= 0 and s[i] != " ":
            i -= 1
        words.append(s[i + 1:end])
    return " ".join(words)
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function reverseWords(s) {
  const startsWord = (i) => s[i] !== " " && (i === 0 || s[i - 1] === " ");
  let count = 0;
  for (let i = 0; i < s.length; i++) if (startsWord(i)) count++;
  let out = "";
  // Find the w-th word by scanning from the beginning each time.
  for (let w = count - 1; w >= 0; w--) {
    let seen = -1;
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      if (startsWord(i)) {
        seen++;
        if (seen === w) { start = i; break; }
      }
    }
    let end = start;
    while (end < s.length && s[end] !== " ") end++;
    out += (out === "" ? "" : " ") + s.slice(start, end);
  }
  return out;
}
`,
  },
  hints: [
    {
      en: "Where do the extra spaces cause trouble? Decide first what counts as a word.",
      ru: "Где лишние пробелы мешают? Сначала решите, что считать словом.",
    },
    {
      en: "Reading the string from the right end gives you the words already in the order you need.",
      ru: "Если читать строку с правого конца, слова сразу идут в нужном порядке.",
    },
    {
      en: "Move an index i from the end: skip spaces, remember where a word ends, move left until a space or the start, take that slice, repeat; join the pieces with single spaces.",
      ru: "Ведите индекс i с конца: пропустите пробелы, запомните конец слова, идите влево до пробела или начала строки, возьмите этот кусок и повторите; соедините куски одиночными пробелами.",
    },
  ],
  followUps: [
    {
      en: "If the string were a mutable array of characters, could you do it in place with O(1) extra space?",
      ru: "Если строка — изменяемый массив символов, можно ли сделать всё на месте с O(1) дополнительной памяти?",
    },
    {
      en: 'How would you also keep punctuation attached to the right word, as in "Hello, world!"?',
      ru: 'Как сохранить знаки препинания при нужном слове, например в "Hello, world!"?',
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Asks about leading, trailing and repeated spaces before coding and tests the all-spaces input.",
      },
      {
        en: "Can explain the in-place approach: reverse the whole array, then reverse each word, then squeeze spaces.",
      },
    ],
    weak: [
      { en: 'Uses split(" ") and leaves empty strings in the output for repeated spaces.' },
      {
        en: "Builds the answer by prepending to a string in a loop without noticing the repeated copying.",
      },
    ],
  },
};
