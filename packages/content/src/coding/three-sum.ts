import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "three-sum",
  title: { en: "Three Sum", ru: "Сумма трёх" },
  difficulty: "medium",
  topics: ["two-pointers"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `Given a list of integers \`nums\`, find every triplet of values \`[a, b, c]\` taken from three
different positions of the list such that \`a + b + c = 0\`.

Two triplets are the same if they consist of the same three values, so report each distinct
triplet once, even if it can be formed from several sets of positions. Return the triplets in any
order, with the values inside each triplet in any order. If no triplet exists, return \`[]\`.

**Examples**

\`\`\`
threeSum([-1, 0, 1, 2, -1, -4])  →  [[-1, -1, 2], [-1, 0, 1]]
threeSum([0, 0, 0, 0])           →  [[0, 0, 0]]
threeSum([1, 2, 3])              →  []
\`\`\`

**Constraints**

- 0 ≤ nums.length ≤ 3000
- −10⁵ ≤ nums[i] ≤ 10⁵`,
    ru: `Дан список целых чисел \`nums\`. Найдите все тройки значений \`[a, b, c]\`, взятых из трёх
разных позиций списка, для которых \`a + b + c = 0\`.

Тройки, состоящие из одних и тех же трёх значений, считаются одинаковыми, поэтому каждую
различную тройку нужно вернуть один раз, даже если её можно составить из разных позиций. Тройки
можно вернуть в любом порядке, значения внутри тройки — тоже. Если подходящих троек нет, верните
\`[]\`.

**Примеры**

\`\`\`
threeSum([-1, 0, 1, 2, -1, -4])  →  [[-1, -1, 2], [-1, 0, 1]]
threeSum([0, 0, 0, 0])           →  [[0, 0, 0]]
threeSum([1, 2, 3])              →  []
\`\`\`

**Ограничения**

- 0 ≤ nums.length ≤ 3000
- −10⁵ ≤ nums[i] ≤ 10⁵`,
  },
  entry: "threeSum",
  starterCode: {
    javascript: "function threeSum(nums) {\n  // return a list of triplets\n}\n",
    typescript:
      "function threeSum(nums: number[]): number[][] {\n  // return a list of triplets\n  return [];\n}\n",
    python: "def threeSum(nums):\n    # return a list of triplets\n    pass\n",
  },
  examples: [
    {
      args: [[-1, 0, 1, 2, -1, -4]],
      expected: [
        [-1, -1, 2],
        [-1, 0, 1],
      ],
    },
    { args: [[0, 0, 0, 0]], expected: [[0, 0, 0]] },
    { args: [[1, 2, 3]], expected: [] },
  ],
  hiddenTests: [
    { args: [[]], expected: [] },
    { args: [[0]], expected: [] },
    { args: [[0, 0]], expected: [] },
    { args: [[0, 0, 0]], expected: [[0, 0, 0]] },
    { args: [[-1, 1, 0]], expected: [[-1, 0, 1]] },
    { args: [[1, -1, -1, 0]], expected: [[-1, 0, 1]] },
    { args: [[-1, -1, -1, 2, 2]], expected: [[-1, -1, 2]] },
    { args: [[3, -2, 1, 0]], expected: [] },
    {
      args: [[-2, 0, 1, 1, 2]],
      expected: [
        [-2, 0, 2],
        [-2, 1, 1],
      ],
    },
    {
      args: [[-3, -3, 6, 6, 0, 3]],
      expected: [
        [-3, -3, 6],
        [-3, 0, 3],
      ],
    },
    {
      args: [[-5, 2, 3, -1, -2, 4, 1]],
      expected: [
        [-5, 2, 3],
        [-5, 1, 4],
        [-2, -1, 3],
      ],
    },
    {
      args: [[-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6]],
      expected: [
        [-4, -2, 6],
        [-4, 0, 4],
        [-4, 1, 3],
        [-4, 2, 2],
        [-2, -2, 4],
        [-2, 0, 2],
      ],
    },
    {
      args: [[-7, 3, 4, -1, -3, 0, 7, 2, 5, -2]],
      expected: [
        [-7, 0, 7],
        [-7, 2, 5],
        [-7, 3, 4],
        [-3, -2, 5],
        [-3, -1, 4],
        [-3, 0, 3],
        [-2, -1, 3],
        [-2, 0, 2],
      ],
    },
    { args: [[100000, -100000, 0]], expected: [[-100000, 0, 100000]] },
    { args: [[50000, 50000, -100000, -100000]], expected: [[-100000, 50000, 50000]] },
    { args: [[-100000, -100000, 100000]], expected: [] },
    { args: [[5, 5, 5, -10, -10]], expected: [[-10, 5, 5]] },
    // 300 odd numbers from −299 to 299: three odd numbers never add up to zero.
    { args: [Array.from({ length: 300 }, (_, i) => 2 * i - 299)], expected: [] },
    // 1 000 zeros: a single triplet.
    { args: [Array.from({ length: 1000 }, () => 0)], expected: [[0, 0, 0]] },
  ],
  compare: { orderInsensitive: "deep" },
  // Distinct odd values of both signs: no triplet exists, so every approach does its full scan.
  generate: (n, random) => {
    const spread = Math.max(100000, 4 * n);
    const seen = new Set<number>();
    const nums: number[] = [];
    while (nums.length < n) {
      const value = 2 * Math.floor(random() * spread) - (spread - 1);
      if (!seen.has(value)) {
        seen.add(value);
        nums.push(value);
      }
    }
    return [nums];
  },
  // The cubic check gets slow within a few doublings, so step by about 1.5× to collect its points early.
  complexitySizes: [64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 3072, 4096, 8192],
  optimal: { time: "O(n^2)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function threeSum(nums) {
  const a = [...nums].sort((x, y) => x - y);
  const result = [];
  for (let i = 0; i < a.length - 2; i++) {
    if (a[i] > 0) break;
    if (i > 0 && a[i] === a[i - 1]) continue;
    let lo = i + 1;
    let hi = a.length - 1;
    while (lo < hi) {
      const sum = a[i] + a[lo] + a[hi];
      if (sum < 0) {
        lo++;
      } else if (sum > 0) {
        hi--;
      } else {
        result.push([a[i], a[lo], a[hi]]);
        lo++;
        hi--;
        while (lo < hi && a[lo] === a[lo - 1]) lo++;
        while (lo < hi && a[hi] === a[hi + 1]) hi--;
      }
    }
  }
  return result;
}
`,
    python: `def threeSum(nums):
    a = sorted(nums)
    result = []
    for i in range(len(a) - 2):
        if a[i] > 0:
            break
        if i > 0 and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, len(a) - 1
        while lo < hi:
            total = a[i] + a[lo] + a[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                result.append([a[i], a[lo], a[hi]])
                lo += 1
                hi -= 1
                while lo < hi and a[lo] == a[lo - 1]:
                    lo += 1
                while lo < hi and a[hi] == a[hi + 1]:
                    hi -= 1
    return result
`,
  },
  slowerSolution: {
    time: "O(n^3)",
    javascript: `function threeSum(nums) {
  const a = [...nums].sort((x, y) => x - y);
  const result = [];
  for (let i = 0; i < a.length; i++) {
    if (i > 0 && a[i] === a[i - 1]) continue;
    for (let j = i + 1; j < a.length; j++) {
      if (j > i + 1 && a[j] === a[j - 1]) continue;
      for (let k = j + 1; k < a.length; k++) {
        if (k > j + 1 && a[k] === a[k - 1]) continue;
        if (a[i] + a[j] + a[k] === 0) result.push([a[i], a[j], a[k]]);
      }
    }
  }
  return result;
}
`,
  },
  hints: [
    {
      en: "Checking every triple is O(n³). If you fix the first value a, what problem is left for the other two?",
      ru: "Перебор всех троек — это O(n³). Если зафиксировать первое значение a, какая задача остаётся для двух других?",
    },
    {
      en: "After fixing a, you need two values summing to −a. On a sorted list that is a two-pointer scan, and sorting also puts equal values next to each other.",
      ru: "После фиксации a нужны два значения с суммой −a. В отсортированном списке это проход двумя указателями, а ещё сортировка ставит равные значения рядом.",
    },
    {
      en: "Sort. For each i (skipping a value equal to the previous one), move lo = i + 1 and hi = n − 1 toward each other by the sign of the sum; on a hit, record it and skip equal neighbours on both sides.",
      ru: "Отсортируйте. Для каждого i (пропуская значение, равное предыдущему) сдвигайте lo = i + 1 и hi = n − 1 навстречу по знаку суммы; при попадании запишите тройку и пропустите равных соседей с обеих сторон.",
    },
  ],
  followUps: [
    {
      en: "How would you solve it with a hash set instead of two pointers, and how would you still avoid duplicate triplets?",
      ru: "Как решить задачу с хеш-множеством вместо двух указателей и всё равно избежать повторяющихся троек?",
    },
    {
      en: "Generalise to k values summing to a target. What is the complexity?",
      ru: "Обобщите на k значений с заданной суммой. Какова сложность?",
    },
    {
      en: "Instead of exact zero, return the triplet whose sum is closest to a target.",
      ru: "Вместо точного нуля верните тройку, сумма которой ближе всего к заданному числу.",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Reduces to two-sum on a sorted list, reaches O(n²), and removes duplicates by skipping equal neighbours rather than with a set of strings.",
      },
      { en: "Uses the early exit when the fixed value is positive and explains why it is safe." },
      {
        en: "Tests small tricky inputs: all zeros, fewer than three values, many repeated values.",
      },
    ],
    weak: [
      {
        en: "Deduplicates by serialising every triplet into a set after an O(n³) search and calls it done.",
      },
      {
        en: "Skips duplicates at the wrong moment, losing triplets such as [-1, -1, 2] or reporting [0, 0, 0] twice.",
      },
    ],
  },
};
