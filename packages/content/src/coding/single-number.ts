import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "single-number",
  title: { en: "Single Number", ru: "Число без пары" },
  difficulty: "easy",
  topics: ["bit-manipulation"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `In the list of integers \`nums\`, every value occurs exactly twice except for one value that
occurs only once. Return that lonely value.

Use linear time and only a constant amount of extra memory.

**Examples**

\`\`\`
singleNumber([5, 3, 5])        →  3
singleNumber([8, 6, 7, 6, 8])  →  7
singleNumber([-4])             →  -4
\`\`\`

**Constraints**

- 1 ≤ nums.length ≤ 3·10⁴ (always odd)
- −3·10⁴ ≤ nums[i] ≤ 3·10⁴
- exactly one value appears once; every other value appears exactly twice`,
    ru: `В списке целых чисел \`nums\` каждое значение встречается ровно дважды, кроме одного, которое
встречается один раз. Верните это значение.

Решение должно работать за линейное время и использовать константную дополнительную память.

**Примеры**

\`\`\`
singleNumber([5, 3, 5])        →  3
singleNumber([8, 6, 7, 6, 8])  →  7
singleNumber([-4])             →  -4
\`\`\`

**Ограничения**

- 1 ≤ nums.length ≤ 3·10⁴ (всегда нечётно)
- −3·10⁴ ≤ nums[i] ≤ 3·10⁴
- ровно одно значение встречается один раз, остальные — ровно по два раза`,
  },
  entry: "singleNumber",
  starterCode: {
    javascript: "function singleNumber(nums) {\n  // return the value without a pair\n}\n",
    typescript:
      "function singleNumber(nums: number[]): number {\n  // return the value without a pair\n  return undefined as unknown as number;\n}\n",
    python: "def singleNumber(nums):\n    # return the value without a pair\n    pass\n",
  },
  examples: [
    { args: [[5, 3, 5]], expected: 3 },
    { args: [[8, 6, 7, 6, 8]], expected: 7 },
    { args: [[-4]], expected: -4 },
  ],
  hiddenTests: [
    { args: [[5, 3, 5]], expected: 3 },
    { args: [[8, 6, 7, 6, 8]], expected: 7 },
    { args: [[1]], expected: 1 },
    { args: [[0]], expected: 0 },
    { args: [[-1, -1, -2]], expected: -2 },
    { args: [[30000, -30000, 30000]], expected: -30000 },
    { args: [[2, 2, 0]], expected: 0 },
    { args: [[-5, 3, 3]], expected: -5 },
    { args: [[1, 2, 3, 4, 5, 4, 3, 2, 1]], expected: 5 },
    { args: [[7, -7, 7]], expected: -7 },
    { args: [[0, 1, 0]], expected: 1 },
    { args: [[-30000, -29999, -30000]], expected: -29999 },
    { args: [[10, 20, 30, 20, 10]], expected: 30 },
    { args: [[11, 12, 11, 13, 12, 14, 13]], expected: 14 },
    { args: [[6, 6, -1]], expected: -1 },
    { args: [[100, 200, 300, 400, 100, 200, 300]], expected: 400 },
    { args: [[-8, 4, 4, -2, -8]], expected: -2 },
    // The size limit: 30 000 once, then 1 … 14 999 each twice.
    {
      args: [
        [
          30000,
          ...Array.from({ length: 14999 }, (_, i) => i + 1),
          ...Array.from({ length: 14999 }, (_, i) => 14999 - i),
        ],
      ],
      expected: 30000,
    },
    // 0 once, then −1 … −14 999 each twice: the answer is 0 even though 0 is the XOR identity.
    {
      args: [
        [
          0,
          ...Array.from({ length: 14999 }, (_, i) => -(i + 1)),
          ...Array.from({ length: 14999 }, (_, i) => -(i + 1)),
        ],
      ],
      expected: 0,
    },
  ],
  // Distinct pairs in random order with the single value last: counting occurrences scans the list for every element.
  generate: (n, random) => {
    const pairs = Math.max(0, Math.floor((n - 1) / 2));
    const nums: number[] = [];
    for (let i = 1; i <= pairs; i++) {
      const value = random() < 0.5 ? -i : i;
      nums.push(value, value);
    }
    for (let i = nums.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = nums[i] as number;
      nums[i] = nums[j] as number;
      nums[j] = t;
    }
    nums.push(pairs + 1);
    return [nums];
  },
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function singleNumber(nums) {
  let acc = 0;
  for (let i = 0; i < nums.length; i++) acc ^= nums[i];
  return acc;
}
`,
    python: `def singleNumber(nums):
    acc = 0
    for n in nums:
        acc ^= n
    return acc
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function singleNumber(nums) {
  for (let i = 0; i < nums.length; i++) {
    let count = 0;
    for (let j = 0; j < nums.length; j++) {
      if (nums[j] === nums[i]) count++;
    }
    if (count === 1) return nums[i];
  }
  return 0;
}
`,
  },
  hints: [
    {
      en: "Counting with a hash map is linear but uses O(n) memory. Is there an operation under which a value paired with itself vanishes?",
      ru: "Подсчёт в хеш-таблице линеен, но требует O(n) памяти. Есть ли операция, при которой значение в паре с самим собой исчезает?",
    },
    {
      en: "Exclusive or: a ^ a = 0, a ^ 0 = a, and the order of the operands does not matter.",
      ru: "Исключающее ИЛИ: a ^ a = 0, a ^ 0 = a, и порядок операндов не важен.",
    },
    {
      en: "XOR every value into one accumulator starting from 0. The pairs cancel out and the lonely value is what remains.",
      ru: "Сложите по XOR все значения в один аккумулятор, начиная с 0. Пары взаимно уничтожатся, останется одиночное значение.",
    },
  ],
  followUps: [
    {
      en: "Every value appears three times except one. How do you find the lonely value in O(1) space?",
      ru: "Каждое значение встречается трижды, кроме одного. Как найти его с O(1) памяти?",
    },
    {
      en: "Two values appear once and all others twice. How can you find both with XOR?",
      ru: "Два значения встречаются по одному разу, остальные — дважды. Как найти оба с помощью XOR?",
    },
    {
      en: "Does the XOR trick work for negative numbers in your language? Why?",
      ru: "Работает ли трюк с XOR для отрицательных чисел в вашем языке? Почему?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Offers the hash-map count or sort first, notes its O(n) space or O(n log n) time, then reaches XOR and explains the cancellation.",
      },
      {
        en: "Justifies correctness with commutativity and associativity, and notes it works for negatives and zero.",
      },
    ],
    weak: [
      {
        en: "Stops at the nested-loop count, or at a hash map, and cannot meet the constant-memory requirement.",
      },
      { en: "Uses sum tricks such as 2·sum(set) − sum(list), which need O(n) memory for the set." },
    ],
  },
};
