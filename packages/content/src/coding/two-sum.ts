import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "two-sum",
  title: { en: "Two Sum", ru: "Сумма двух" },
  difficulty: "easy",
  topics: ["arrays-and-hashing"],
  tracks: ["backend", "frontend", "fullstack", "mobile", "data", "infrastructure"],
  statement: {
    en: `Given a list of integers \`nums\` and an integer \`target\`, return the positions of the two
numbers that add up to \`target\`, smaller position first.

Exactly one pair adds up to the target, and you may not use the same position twice.

**Examples**

\`\`\`
twoSum([2, 7, 11, 15], 9)  →  [0, 1]
twoSum([3, 2, 4], 6)       →  [1, 2]
\`\`\`

**Constraints**

- 2 ≤ nums.length ≤ 10⁴
- −10⁹ ≤ nums[i], target ≤ 10⁹
- exactly one answer exists`,
    ru: `Дан список целых чисел \`nums\` и целое число \`target\`. Верните позиции двух чисел,
сумма которых равна \`target\`, сначала меньшую.

Подходящая пара ровно одна, и одну позицию нельзя использовать дважды.

**Примеры**

\`\`\`
twoSum([2, 7, 11, 15], 9)  →  [0, 1]
twoSum([3, 2, 4], 6)       →  [1, 2]
\`\`\`

**Ограничения**

- 2 ≤ nums.length ≤ 10⁴
- −10⁹ ≤ nums[i], target ≤ 10⁹
- ответ ровно один`,
  },
  entry: "twoSum",
  starterCode: {
    javascript: "function twoSum(nums, target) {\n  // return [i, j]\n}\n",
    typescript:
      "function twoSum(nums: number[], target: number): number[] {\n  // return [i, j]\n  return [];\n}\n",
    python: "def twoSum(nums, target):\n    # return [i, j]\n    pass\n",
  },
  examples: [
    { args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { args: [[3, 2, 4], 6], expected: [1, 2] },
  ],
  hiddenTests: [
    { args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { args: [[3, 2, 4], 6], expected: [1, 2] },
    { args: [[3, 3], 6], expected: [0, 1] },
    { args: [[1, 2], 3], expected: [0, 1] },
    { args: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
    { args: [[0, 4, 3, 0], 0], expected: [0, 3] },
    { args: [[1, 5, 9, 13, 2], 15], expected: [3, 4] },
    { args: [[1000000000, 7, -999999993], 7], expected: [0, 2] },
    { args: [[5, 75, 25], 100], expected: [1, 2] },
    { args: [[-10, 21, 5, 5], 10], expected: [2, 3] },
    { args: [[2, 5, 5, 11], 10], expected: [1, 2] },
    { args: [[-3, 4, 3, 90], 0], expected: [0, 2] },
    { args: [[1, 2, 3, 4, 5, 9], 14], expected: [4, 5] },
    { args: [[7, 0, 0, 7], 14], expected: [0, 3] },
    { args: [[4, -4, 8], 0], expected: [0, 1] },
    { args: [[-1000000000, 1000000000, 3, 4], 7], expected: [2, 3] },
    { args: [[12, 30, 45, 2, 99, 61], 101], expected: [3, 4] },
  ],
  // Distinct values whose only matching pair is the last two: the brute force's worst case.
  generate: (n) => {
    const nums = Array.from({ length: n }, (_, i) => i * 3 + 1);
    return [nums, (nums[n - 1] ?? 0) + (nums[n - 2] ?? 0)];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function twoSum(nums, target) {
  const seen = new Map();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - nums[i]);
    if (j !== undefined) return [j, i];
    seen.set(nums[i], i);
  }
  return [];
}
`,
    python: `def twoSum(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return [seen[target - n], i]
        seen[n] = i
    return []
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function twoSum(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] + nums[j] === target) return [i, j];
    }
  }
  return [];
}
`,
  },
  hints: [
    {
      en: "Checking every pair works. What does it cost, and what are you recomputing again and again?",
      ru: "Перебор всех пар работает. Сколько он стоит и что вы вычисляете снова и снова?",
    },
    {
      en: "For each number you only need to know whether its complement (target − number) appeared earlier.",
      ru: "Для каждого числа достаточно знать, встречалось ли раньше его дополнение (target − число).",
    },
    {
      en: "Walk the list once, keeping a map from value to position; look up target − nums[i] before storing nums[i].",
      ru: "Пройдите список один раз, храня словарь «значение → позиция»; ищите target − nums[i] до того, как сохранить nums[i].",
    },
  ],
  followUps: [
    {
      en: "What changes if the list is sorted? Can you solve it in O(1) extra space then?",
      ru: "Что изменится, если список отсортирован? Можно ли тогда обойтись O(1) дополнительной памяти?",
    },
    {
      en: "How would you return every pair that adds up to the target, without duplicates?",
      ru: "Как вернуть все пары с нужной суммой без повторов?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "States the brute force and its O(n²) cost, then reaches the one-pass hash map unprompted.",
      },
      {
        en: "Handles duplicates such as [3, 3] and explains why the lookup happens before the insert.",
      },
    ],
    weak: [
      { en: "Starts coding without clarifying whether the same element may be used twice." },
      { en: "Sorts the list and loses the original positions, or cannot state the complexity." },
    ],
  },
};
