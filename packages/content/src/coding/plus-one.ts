import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "plus-one",
  title: { en: "Plus One", ru: "Плюс один" },
  difficulty: "easy",
  topics: ["math", "arrays-and-hashing"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `A non-negative integer is stored as a list of its decimal digits, most significant digit first:
\`[4, 0, 9]\` stands for 409. Given such a list \`digits\`, return the digits of the number plus one,
in the same format.

The number can be far longer than any built-in integer type can hold.

**Examples**

\`\`\`
plusOne([1, 2, 3])  →  [1, 2, 4]
plusOne([4, 0, 9])  →  [4, 1, 0]
plusOne([9, 9])     →  [1, 0, 0]
\`\`\`

**Constraints**

- 1 ≤ digits.length ≤ 100
- 0 ≤ digits[i] ≤ 9
- there are no leading zeros, except for the number 0 itself (\`[0]\`)`,
    ru: `Неотрицательное целое число хранится как список его десятичных цифр, начиная со старшей:
\`[4, 0, 9]\` — это 409. Дан такой список \`digits\`; верните цифры числа, увеличенного на один,
в том же формате.

Число может быть намного длиннее, чем вмещает любой встроенный целочисленный тип.

**Примеры**

\`\`\`
plusOne([1, 2, 3])  →  [1, 2, 4]
plusOne([4, 0, 9])  →  [4, 1, 0]
plusOne([9, 9])     →  [1, 0, 0]
\`\`\`

**Ограничения**

- 1 ≤ digits.length ≤ 100
- 0 ≤ digits[i] ≤ 9
- ведущих нулей нет, кроме самого числа 0 (\`[0]\`)`,
  },
  entry: "plusOne",
  starterCode: {
    javascript: "function plusOne(digits) {\n  // return the digits of the number + 1\n}\n",
    typescript:
      "function plusOne(digits: number[]): number[] {\n  // return the digits of the number + 1\n  return undefined as unknown as number[];\n}\n",
    python: "def plusOne(digits):\n    # return the digits of the number + 1\n    pass\n",
  },
  examples: [
    { args: [[1, 2, 3]], expected: [1, 2, 4] },
    { args: [[4, 0, 9]], expected: [4, 1, 0] },
    { args: [[9, 9]], expected: [1, 0, 0] },
  ],
  hiddenTests: [
    { args: [[1, 2, 3]], expected: [1, 2, 4] },
    { args: [[9]], expected: [1, 0] },
    { args: [[0]], expected: [1] },
    { args: [[5]], expected: [6] },
    { args: [[9, 9, 9]], expected: [1, 0, 0, 0] },
    { args: [[1, 9]], expected: [2, 0] },
    { args: [[1, 0]], expected: [1, 1] },
    { args: [[4, 3, 2, 1]], expected: [4, 3, 2, 2] },
    { args: [[1, 0, 9, 9]], expected: [1, 1, 0, 0] },
    { args: [[8, 9, 9, 9]], expected: [9, 0, 0, 0] },
    { args: [[2, 0, 0, 0]], expected: [2, 0, 0, 1] },
    { args: [[9, 8, 9]], expected: [9, 9, 0] },
    { args: [[9, 0, 9]], expected: [9, 1, 0] },
    {
      args: [[7, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9]],
      expected: [7, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    },
    {
      args: [[6, 1, 4, 5, 3, 9, 4, 1, 3, 3, 8, 7, 6, 2, 0, 0, 4, 3, 8]],
      expected: [6, 1, 4, 5, 3, 9, 4, 1, 3, 3, 8, 7, 6, 2, 0, 0, 4, 3, 9],
    },
    {
      args: [Array.from({ length: 100 }, () => 9)],
      expected: [1, ...Array.from({ length: 100 }, () => 0)],
    },
    {
      args: [[1, ...Array.from({ length: 99 }, () => 0)]],
      expected: [1, ...Array.from({ length: 98 }, () => 0), 1],
    },
    {
      args: [[3, ...Array.from({ length: 98 }, () => 9), 8]],
      expected: [3, ...Array.from({ length: 98 }, () => 9), 9],
    },
  ],
  // A leading digit, then nines: the carry runs through every digit (and lengthens the number when the lead is 9).
  generate: (n, random) => {
    const digits = Array.from({ length: n }, () => 9);
    digits[0] = 1 + Math.floor(random() * 9);
    return [digits];
  },
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function plusOne(digits) {
  const out = digits.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] < 9) {
      out[i]++;
      return out;
    }
    out[i] = 0;
  }
  out.unshift(1);
  return out;
}
`,
    python: `def plusOne(digits):
    out = list(digits)
    for i in range(len(out) - 1, -1, -1):
        if out[i] < 9:
            out[i] += 1
            return out
        out[i] = 0
    return [1] + out
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function plusOne(digits) {
  // Recursive: copy everything but the last digit, and recurse on that copy when there is a carry.
  if (digits.length === 0) return [1];
  const last = digits[digits.length - 1];
  const prefix = [];
  for (let i = 0; i < digits.length - 1; i++) prefix.push(digits[i]);
  if (last < 9) {
    prefix.push(last + 1);
    return prefix;
  }
  const head = plusOne(prefix);
  head.push(0);
  return head;
}
`,
  },
  hints: [
    {
      en: "Converting the list to a number and back breaks for long inputs. How do you add one on paper?",
      ru: "Перевод списка в число и обратно ломается на длинных входах. Как вы прибавляете единицу на бумаге?",
    },
    {
      en: "Start from the last digit. A digit below 9 just grows by one and you are done; a 9 becomes 0 and the carry moves left.",
      ru: "Начните с последней цифры. Цифра меньше 9 просто увеличивается, и работа закончена; 9 превращается в 0, а перенос идёт влево.",
    },
    {
      en: "Walk from the end, turning 9s into 0s until you can increment a digit. If every digit was 9, the answer is 1 followed by zeros, one digit longer.",
      ru: "Идите с конца, превращая девятки в нули, пока не найдётся цифра, которую можно увеличить. Если все цифры были девятками, ответ — 1 и нули, на одну цифру длиннее.",
    },
  ],
  followUps: [
    {
      en: "How would you add two such digit lists of different lengths?",
      ru: "Как сложить два таких списка цифр разной длины?",
    },
    {
      en: "How would you do the same for a number stored as a singly linked list, most significant digit first?",
      ru: "Как сделать то же для числа в односвязном списке, начиная со старшей цифры?",
    },
    {
      en: "What changes for subtracting one, and what about the result 0 or a new leading zero?",
      ru: "Что изменится при вычитании единицы и как быть с результатом 0 или новым ведущим нулём?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Rejects converting to a built-in number up front because of length, and handles the carry with an early return.",
      },
      { en: "Covers the all-nines case that lengthens the result, and [0]." },
      {
        en: "States O(n) time and O(1) extra space besides the output, and notes that in place the loop usually stops at the last digit because long carries are rare.",
      },
    ],
    weak: [
      {
        en: "Uses parseInt/Number or int() on the joined string, which silently loses precision past 2⁵³ in JavaScript.",
      },
      { en: "Forgets to prepend the new leading 1 when every digit was 9." },
    ],
  },
};
