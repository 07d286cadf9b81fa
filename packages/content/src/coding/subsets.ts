import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "subsets",
  title: { en: "Subsets", ru: "Все подмножества" },
  difficulty: "easy",
  topics: ["backtracking", "bit-manipulation"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `Given a list \`nums\` of distinct integers, return every subset of it (its power set): each
possible selection of elements, from the empty selection up to the whole list, exactly once.

You may return the subsets in any order, and the elements inside each subset in any order.

**Examples**

\`\`\`
subsets([1, 2, 3])  →  [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]
subsets([])         →  [[]]
\`\`\`

**Constraints**

- 0 ≤ nums.length ≤ 16
- −100 ≤ nums[i] ≤ 100
- all values in \`nums\` are distinct`,
    ru: `Дан список \`nums\` из различных целых чисел. Верните все его подмножества (булеан): каждый
возможный набор элементов, от пустого до всего списка, ровно по одному разу.

Порядок подмножеств и порядок элементов внутри подмножества могут быть любыми.

**Примеры**

\`\`\`
subsets([1, 2, 3])  →  [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]]
subsets([])         →  [[]]
\`\`\`

**Ограничения**

- 0 ≤ nums.length ≤ 16
- −100 ≤ nums[i] ≤ 100
- все значения в \`nums\` различны`,
  },
  entry: "subsets",
  starterCode: {
    javascript: "function subsets(nums) {\n  // return a list of every subset\n}\n",
    typescript:
      "function subsets(nums: number[]): number[][] {\n  // return a list of every subset\n  return [];\n}\n",
    python: "def subsets(nums):\n    # return a list of every subset\n    pass\n",
  },
  compare: { orderInsensitive: "deep" },
  examples: [
    { args: [[1, 2, 3]], expected: [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]] },
    { args: [[]], expected: [[]] },
  ],
  hiddenTests: [
    { args: [[]], expected: [[]] },
    { args: [[0]], expected: [[], [0]] },
    { args: [[-3]], expected: [[], [-3]] },
    { args: [[1, 2]], expected: [[], [1], [2], [1, 2]] },
    { args: [[1, 2, 3]], expected: [[], [1], [2], [3], [1, 2], [1, 3], [2, 3], [1, 2, 3]] },
    { args: [[3, 1, 2]], expected: [[], [3], [1], [2], [3, 1], [3, 2], [1, 2], [3, 1, 2]] },
    { args: [[-1, 0, 1]], expected: [[], [-1], [0], [1], [-1, 0], [-1, 1], [0, 1], [-1, 0, 1]] },
    { args: [[100, -100]], expected: [[], [100], [-100], [100, -100]] },
    {
      args: [[4, -2, 7, 0]],
      expected: [
        [],
        [4],
        [-2],
        [7],
        [0],
        [4, -2],
        [4, 7],
        [4, 0],
        [-2, 7],
        [-2, 0],
        [7, 0],
        [4, -2, 7],
        [4, -2, 0],
        [4, 7, 0],
        [-2, 7, 0],
        [4, -2, 7, 0],
      ],
    },
    {
      args: [[1, 2, 3, 4]],
      expected: [
        [],
        [1],
        [2],
        [3],
        [4],
        [1, 2],
        [1, 3],
        [1, 4],
        [2, 3],
        [2, 4],
        [3, 4],
        [1, 2, 3],
        [1, 2, 4],
        [1, 3, 4],
        [2, 3, 4],
        [1, 2, 3, 4],
      ],
    },
    {
      args: [[9, 8, 7, 6, 5]],
      expected: [
        [],
        [9],
        [8],
        [7],
        [6],
        [5],
        [9, 8],
        [9, 7],
        [9, 6],
        [9, 5],
        [8, 7],
        [8, 6],
        [8, 5],
        [7, 6],
        [7, 5],
        [6, 5],
        [9, 8, 7],
        [9, 8, 6],
        [9, 8, 5],
        [9, 7, 6],
        [9, 7, 5],
        [9, 6, 5],
        [8, 7, 6],
        [8, 7, 5],
        [8, 6, 5],
        [7, 6, 5],
        [9, 8, 7, 6],
        [9, 8, 7, 5],
        [9, 8, 6, 5],
        [9, 7, 6, 5],
        [8, 7, 6, 5],
        [9, 8, 7, 6, 5],
      ],
    },
    {
      args: [[-5, -4, -3, -2, -1]],
      expected: [
        [],
        [-5],
        [-4],
        [-3],
        [-2],
        [-1],
        [-5, -4],
        [-5, -3],
        [-5, -2],
        [-5, -1],
        [-4, -3],
        [-4, -2],
        [-4, -1],
        [-3, -2],
        [-3, -1],
        [-2, -1],
        [-5, -4, -3],
        [-5, -4, -2],
        [-5, -4, -1],
        [-5, -3, -2],
        [-5, -3, -1],
        [-5, -2, -1],
        [-4, -3, -2],
        [-4, -3, -1],
        [-4, -2, -1],
        [-3, -2, -1],
        [-5, -4, -3, -2],
        [-5, -4, -3, -1],
        [-5, -4, -2, -1],
        [-5, -3, -2, -1],
        [-4, -3, -2, -1],
        [-5, -4, -3, -2, -1],
      ],
    },
    {
      args: [[10, 20, 30, 40, 50, 60]],
      expected: [
        [],
        [10],
        [20],
        [30],
        [40],
        [50],
        [60],
        [10, 20],
        [10, 30],
        [10, 40],
        [10, 50],
        [10, 60],
        [20, 30],
        [20, 40],
        [20, 50],
        [20, 60],
        [30, 40],
        [30, 50],
        [30, 60],
        [40, 50],
        [40, 60],
        [50, 60],
        [10, 20, 30],
        [10, 20, 40],
        [10, 20, 50],
        [10, 20, 60],
        [10, 30, 40],
        [10, 30, 50],
        [10, 30, 60],
        [10, 40, 50],
        [10, 40, 60],
        [10, 50, 60],
        [20, 30, 40],
        [20, 30, 50],
        [20, 30, 60],
        [20, 40, 50],
        [20, 40, 60],
        [20, 50, 60],
        [30, 40, 50],
        [30, 40, 60],
        [30, 50, 60],
        [40, 50, 60],
        [10, 20, 30, 40],
        [10, 20, 30, 50],
        [10, 20, 30, 60],
        [10, 20, 40, 50],
        [10, 20, 40, 60],
        [10, 20, 50, 60],
        [10, 30, 40, 50],
        [10, 30, 40, 60],
        [10, 30, 50, 60],
        [10, 40, 50, 60],
        [20, 30, 40, 50],
        [20, 30, 40, 60],
        [20, 30, 50, 60],
        [20, 40, 50, 60],
        [30, 40, 50, 60],
        [10, 20, 30, 40, 50],
        [10, 20, 30, 40, 60],
        [10, 20, 30, 50, 60],
        [10, 20, 40, 50, 60],
        [10, 30, 40, 50, 60],
        [20, 30, 40, 50, 60],
        [10, 20, 30, 40, 50, 60],
      ],
    },
    {
      args: [[0, 1, 2, 3, 4, 5, 6]],
      expected: [
        [],
        [0],
        [1],
        [2],
        [3],
        [4],
        [5],
        [6],
        [0, 1],
        [0, 2],
        [0, 3],
        [0, 4],
        [0, 5],
        [0, 6],
        [1, 2],
        [1, 3],
        [1, 4],
        [1, 5],
        [1, 6],
        [2, 3],
        [2, 4],
        [2, 5],
        [2, 6],
        [3, 4],
        [3, 5],
        [3, 6],
        [4, 5],
        [4, 6],
        [5, 6],
        [0, 1, 2],
        [0, 1, 3],
        [0, 1, 4],
        [0, 1, 5],
        [0, 1, 6],
        [0, 2, 3],
        [0, 2, 4],
        [0, 2, 5],
        [0, 2, 6],
        [0, 3, 4],
        [0, 3, 5],
        [0, 3, 6],
        [0, 4, 5],
        [0, 4, 6],
        [0, 5, 6],
        [1, 2, 3],
        [1, 2, 4],
        [1, 2, 5],
        [1, 2, 6],
        [1, 3, 4],
        [1, 3, 5],
        [1, 3, 6],
        [1, 4, 5],
        [1, 4, 6],
        [1, 5, 6],
        [2, 3, 4],
        [2, 3, 5],
        [2, 3, 6],
        [2, 4, 5],
        [2, 4, 6],
        [2, 5, 6],
        [3, 4, 5],
        [3, 4, 6],
        [3, 5, 6],
        [4, 5, 6],
        [0, 1, 2, 3],
        [0, 1, 2, 4],
        [0, 1, 2, 5],
        [0, 1, 2, 6],
        [0, 1, 3, 4],
        [0, 1, 3, 5],
        [0, 1, 3, 6],
        [0, 1, 4, 5],
        [0, 1, 4, 6],
        [0, 1, 5, 6],
        [0, 2, 3, 4],
        [0, 2, 3, 5],
        [0, 2, 3, 6],
        [0, 2, 4, 5],
        [0, 2, 4, 6],
        [0, 2, 5, 6],
        [0, 3, 4, 5],
        [0, 3, 4, 6],
        [0, 3, 5, 6],
        [0, 4, 5, 6],
        [1, 2, 3, 4],
        [1, 2, 3, 5],
        [1, 2, 3, 6],
        [1, 2, 4, 5],
        [1, 2, 4, 6],
        [1, 2, 5, 6],
        [1, 3, 4, 5],
        [1, 3, 4, 6],
        [1, 3, 5, 6],
        [1, 4, 5, 6],
        [2, 3, 4, 5],
        [2, 3, 4, 6],
        [2, 3, 5, 6],
        [2, 4, 5, 6],
        [3, 4, 5, 6],
        [0, 1, 2, 3, 4],
        [0, 1, 2, 3, 5],
        [0, 1, 2, 3, 6],
        [0, 1, 2, 4, 5],
        [0, 1, 2, 4, 6],
        [0, 1, 2, 5, 6],
        [0, 1, 3, 4, 5],
        [0, 1, 3, 4, 6],
        [0, 1, 3, 5, 6],
        [0, 1, 4, 5, 6],
        [0, 2, 3, 4, 5],
        [0, 2, 3, 4, 6],
        [0, 2, 3, 5, 6],
        [0, 2, 4, 5, 6],
        [0, 3, 4, 5, 6],
        [1, 2, 3, 4, 5],
        [1, 2, 3, 4, 6],
        [1, 2, 3, 5, 6],
        [1, 2, 4, 5, 6],
        [1, 3, 4, 5, 6],
        [2, 3, 4, 5, 6],
        [0, 1, 2, 3, 4, 5],
        [0, 1, 2, 3, 4, 6],
        [0, 1, 2, 3, 5, 6],
        [0, 1, 2, 4, 5, 6],
        [0, 1, 3, 4, 5, 6],
        [0, 2, 3, 4, 5, 6],
        [1, 2, 3, 4, 5, 6],
        [0, 1, 2, 3, 4, 5, 6],
      ],
    },
    { args: [[7]], expected: [[], [7]] },
  ],
  // n distinct values in [-100, 100]; every input of size n has exactly 2^n subsets.
  generate: (n, random) => {
    const pool = Array.from({ length: 201 }, (_, i) => i - 100);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j] as number, pool[i] as number];
    }
    return [pool.slice(0, n)];
  },
  complexitySizes: [13, 14, 15, 16, 17, 18],
  optimal: { time: "O(2^n)", space: "O(2^n)" },
  referenceSolutions: {
    javascript: `function subsets(nums) {
  const result = [[]];
  for (const x of nums) {
    const size = result.length;
    for (let i = 0; i < size; i++) {
      const next = result[i].slice();
      next.push(x);
      result.push(next);
    }
  }
  return result;
}
`,
    python: `def subsets(nums):
    result = [[]]
    for x in nums:
        result += [subset + [x] for subset in result]
    return result
`,
  },
  slowerSolution: {
    time: "O(2^n)",
    javascript: `function subsets(nums) {
  // Lists the subsets by size: for each size, scan every mask and keep those with that many bits.
  const n = nums.length;
  const result = [];
  for (let size = 0; size <= n; size++) {
    for (let mask = 0; mask < 1 << n; mask++) {
      let bits = 0;
      for (let bit = 0; bit < n; bit++) {
        if (mask & (1 << bit)) bits++;
      }
      if (bits !== size) continue;
      const subset = [];
      for (let bit = 0; bit < n; bit++) {
        if (mask & (1 << bit)) subset.push(nums[bit]);
      }
      result.push(subset);
    }
  }
  return result;
}
`,
  },
  hints: [
    {
      en: "How many subsets does a list of n elements have? Each element is either in a subset or not.",
      ru: "Сколько подмножеств у списка из n элементов? Каждый элемент либо входит в подмножество, либо нет.",
    },
    {
      en: "If you already have every subset of the first k elements, how do you get every subset of the first k + 1?",
      ru: "Если у вас есть все подмножества первых k элементов, как получить все подмножества первых k + 1?",
    },
    {
      en: "Start from [[]]; for each number, append a copy of every existing subset with that number added. Backtracking (include / skip) or bitmasks 0 … 2ⁿ − 1 work too.",
      ru: "Начните с [[]]; для каждого числа добавьте копию каждого имеющегося подмножества с этим числом. Подойдёт и перебор с возвратом (взять / не взять), и маски 0 … 2ⁿ − 1.",
    },
  ],
  followUps: [
    {
      en: "The list may now contain duplicates. How do you return each distinct subset only once?",
      ru: "Теперь в списке могут быть повторы. Как вернуть каждое различное подмножество один раз?",
    },
    {
      en: "Return only the subsets of exactly k elements. How does the running time change?",
      ru: "Верните только подмножества ровно из k элементов. Как изменится время работы?",
    },
    {
      en: "Write an iterator that yields one subset at a time without holding all of them in memory.",
      ru: "Напишите итератор, выдающий подмножества по одному, не храня их все в памяти.",
    },
  ],
  interviewerNotes: {
    strong: [
      { en: "States up front that the output has 2ⁿ subsets, so O(n · 2ⁿ) time is unavoidable." },
      {
        en: "Copies the current path when recording it in a backtracking solution, and includes the empty subset.",
      },
    ],
    weak: [
      {
        en: "Pushes the same mutable path array every time and returns a list of identical (empty) lists.",
      },
      { en: "Forgets the empty subset or produces duplicates by revisiting earlier elements." },
    ],
  },
};
