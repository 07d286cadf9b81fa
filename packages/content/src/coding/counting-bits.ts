import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/**
 * Set bits of every value from 0 to n, each counted on its own by clearing its lowest set bit
 * until none is left: independent of the solutions (which build on smaller values), and fast
 * enough to run as the question bank loads.
 */
function bitCounts(n: number): number[] {
  const counts: number[] = [];
  for (let i = 0; i <= n; i++) {
    let ones = 0;
    for (let rest = i; rest !== 0; rest &= rest - 1) ones++;
    counts.push(ones);
  }
  return counts;
}

export const problem: CodingProblemInput = {
  id: "counting-bits",
  title: { en: "Counting Bits", ru: "Подсчёт битов" },
  difficulty: "medium",
  topics: ["bit-manipulation", "dynamic-programming"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `Given a non-negative integer \`n\`, return a list \`ones\` of length \`n + 1\` where \`ones[i]\` is the
number of 1 bits in the binary form of \`i\`, for every \`i\` from 0 to \`n\`.

Counting the bits of each number separately takes O(n log n). Can you do it in O(n), reusing
answers you already have and without a built-in popcount?

**Examples**

\`\`\`
countBits(2)  →  [0, 1, 1]                 // 0, 1, 10
countBits(6)  →  [0, 1, 1, 2, 1, 2, 2]     // 0, 1, 10, 11, 100, 101, 110
\`\`\`

**Constraints**

- 0 ≤ n ≤ 10⁵`,
    ru: `Дано неотрицательное целое \`n\`. Верните список \`ones\` длины \`n + 1\`, где \`ones[i]\` — число
единичных битов в двоичной записи \`i\`, для всех \`i\` от 0 до \`n\`.

Подсчёт битов каждого числа по отдельности занимает O(n log n). Получится ли за O(n), используя
уже найденные ответы и без встроенного popcount?

**Примеры**

\`\`\`
countBits(2)  →  [0, 1, 1]                 // 0, 1, 10
countBits(6)  →  [0, 1, 1, 2, 1, 2, 2]     // 0, 1, 10, 11, 100, 101, 110
\`\`\`

**Ограничения**

- 0 ≤ n ≤ 10⁵`,
  },
  entry: "countBits",
  starterCode: {
    javascript: "function countBits(n) {\n  // return the list of bit counts for 0..n\n}\n",
    typescript:
      "function countBits(n: number): number[] {\n  // return the list of bit counts for 0..n\n  return undefined as unknown as number[];\n}\n",
    python: "def countBits(n):\n    # return the list of bit counts for 0..n\n    pass\n",
  },
  examples: [
    { args: [2], expected: [0, 1, 1] },
    { args: [6], expected: [0, 1, 1, 2, 1, 2, 2] },
  ],
  hiddenTests: [
    { args: [0], expected: [0] },
    { args: [1], expected: [0, 1] },
    { args: [2], expected: [0, 1, 1] },
    { args: [3], expected: [0, 1, 1, 2] },
    { args: [4], expected: [0, 1, 1, 2, 1] },
    { args: [5], expected: [0, 1, 1, 2, 1, 2] },
    { args: [7], expected: [0, 1, 1, 2, 1, 2, 2, 3] },
    { args: [8], expected: [0, 1, 1, 2, 1, 2, 2, 3, 1] },
    { args: [15], expected: [0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4] },
    { args: [16], expected: bitCounts(16) },
    { args: [31], expected: bitCounts(31) },
    { args: [32], expected: bitCounts(32) },
    { args: [63], expected: bitCounts(63) },
    { args: [100], expected: bitCounts(100) },
    { args: [255], expected: bitCounts(255) },
    { args: [256], expected: bitCounts(256) },
    { args: [1000], expected: bitCounts(1000) },
    { args: [1023], expected: bitCounts(1023) },
    { args: [1024], expected: bitCounts(1024) },
    { args: [65535], expected: bitCounts(65535) },
    { args: [100000], expected: bitCounts(100000) },
  ],
  // The answer is fully determined by n; a small random offset keeps sizes from being exact powers of two.
  generate: (n, random) => [n + Math.floor(random() * 8)],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function countBits(n) {
  const ones = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    // i has the bits of i >> 1, plus its own lowest bit.
    ones[i] = ones[i >> 1] + (i & 1);
  }
  return ones;
}
`,
    python: `def countBits(n):
    ones = [0] * (n + 1)
    for i in range(1, n + 1):
        ones[i] = ones[i >> 1] + (i & 1)
    return ones
`,
  },
  slowerSolution: {
    time: "O(n log n)",
    javascript: `function countBits(n) {
  const ones = [];
  for (let i = 0; i <= n; i++) {
    let count = 0;
    let v = i;
    while (v > 0) {
      count += v & 1;
      v = v >> 1;
    }
    ones.push(count);
  }
  return ones;
}
`,
  },
  hints: [
    {
      en: "Counting the bits of each number with a shift loop is O(log n) per number. Which smaller number shares almost all of i's bits?",
      ru: "Подсчёт битов каждого числа циклом со сдвигом — O(log n) на число. У какого меньшего числа почти те же биты, что у i?",
    },
    {
      en: "Shifting i right by one drops only its lowest bit, and i >> 1 is smaller than i, so its answer is already known.",
      ru: "Сдвиг i вправо на один отбрасывает только младший бит, а i >> 1 меньше i, так что ответ для него уже известен.",
    },
    {
      en: "Fill the list left to right with ones[i] = ones[i >> 1] + (i & 1). Another recurrence: ones[i] = ones[i & (i − 1)] + 1.",
      ru: "Заполняйте список слева направо: ones[i] = ones[i >> 1] + (i & 1). Другая формула: ones[i] = ones[i & (i − 1)] + 1.",
    },
  ],
  followUps: [
    {
      en: "Explain why i & (i − 1) clears the lowest set bit, and use it to count the bits of a single number.",
      ru: "Объясните, почему i & (i − 1) сбрасывает младший установленный бит, и посчитайте с его помощью биты одного числа.",
    },
    {
      en: "How would you count set bits of one 32-bit number in a constant number of operations, without a loop?",
      ru: "Как посчитать биты одного 32-битного числа за константное число операций, без цикла?",
    },
    {
      en: "Where do population counts show up in practice (Hamming distance, bitmap indexes, Bloom filters)?",
      ru: "Где подсчёт битов встречается на практике (расстояние Хэмминга, битовые индексы, фильтры Блума)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Starts from the per-number loop, states O(n log n), then finds a recurrence on a smaller index and fills the table in O(n).",
      },
      {
        en: "Can explain both i >> 1 and i & (i − 1) recurrences and why the referenced entry is already computed.",
      },
    ],
    weak: [
      { en: "Uses toString(2) or a built-in popcount per number and calls it O(n)." },
      {
        en: "Finds the power-of-two pattern but gets the offsets wrong at the boundaries, such as n = 0 or exact powers of two.",
      },
    ],
  },
};
