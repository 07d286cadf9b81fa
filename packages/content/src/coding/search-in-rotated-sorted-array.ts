import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "search-in-rotated-sorted-array",
  title: {
    en: "Search in a Rotated Sorted Array",
    ru: "Поиск в повёрнутом отсортированном массиве",
  },
  difficulty: "medium",
  topics: ["binary-search"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `A list of distinct integers was sorted in increasing order and then rotated: some prefix was
cut off and moved to the end, so \`[3, 6, 9, 12, 15, 18, 22]\` may have become
\`[15, 18, 22, 3, 6, 9, 12]\`. The rotation may also be empty, leaving the list fully sorted.

Given the rotated list \`nums\` and a value \`target\`, return the position of \`target\` in
\`nums\`, or \`-1\` if it does not occur. Aim for O(log n) time.

**Examples**

\`\`\`
searchRotated([15, 18, 22, 3, 6, 9, 12], 6)   →  4
searchRotated([15, 18, 22, 3, 6, 9, 12], 10)  →  -1
searchRotated([1], 1)                         →  0
\`\`\`

**Constraints**

- 1 ≤ nums.length ≤ 5000
- −10⁴ ≤ nums[i], target ≤ 10⁴
- all values in \`nums\` are distinct
- \`nums\` is an increasing list rotated by some amount between 0 and nums.length − 1`,
    ru: `Список различных целых чисел отсортировали по возрастанию, а затем повернули: отрезали
некоторый префикс и перенесли его в конец. Например, \`[3, 6, 9, 12, 15, 18, 22]\` мог превратиться
в \`[15, 18, 22, 3, 6, 9, 12]\`. Поворот может быть и нулевым — тогда список просто отсортирован.

Дан повёрнутый список \`nums\` и значение \`target\`. Верните позицию \`target\` в \`nums\` или
\`-1\`, если его нет. Стремитесь к времени O(log n).

**Примеры**

\`\`\`
searchRotated([15, 18, 22, 3, 6, 9, 12], 6)   →  4
searchRotated([15, 18, 22, 3, 6, 9, 12], 10)  →  -1
searchRotated([1], 1)                         →  0
\`\`\`

**Ограничения**

- 1 ≤ nums.length ≤ 5000
- −10⁴ ≤ nums[i], target ≤ 10⁴
- все значения в \`nums\` различны
- \`nums\` — возрастающий список, повёрнутый на величину от 0 до nums.length − 1`,
  },
  entry: "searchRotated",
  starterCode: {
    javascript: "function searchRotated(nums, target) {\n  // return the index or -1\n}\n",
    typescript:
      "function searchRotated(nums: number[], target: number): number {\n  // return the index or -1\n  return undefined as unknown as number;\n}\n",
    python: "def searchRotated(nums, target):\n    # return the index or -1\n    pass\n",
  },
  examples: [
    { args: [[15, 18, 22, 3, 6, 9, 12], 6], expected: 4 },
    { args: [[15, 18, 22, 3, 6, 9, 12], 10], expected: -1 },
    { args: [[1], 1], expected: 0 },
  ],
  hiddenTests: [
    { args: [[15, 18, 22, 3, 6, 9, 12], 6], expected: 4 },
    { args: [[15, 18, 22, 3, 6, 9, 12], 10], expected: -1 },
    { args: [[1], 1], expected: 0 },
    { args: [[1], 0], expected: -1 },
    { args: [[2, 1], 1], expected: 1 },
    { args: [[2, 1], 2], expected: 0 },
    { args: [[1, 2], 2], expected: 1 },
    { args: [[1, 2, 3, 4, 5, 6, 7], 5], expected: 4 },
    { args: [[7, 1, 2, 3, 4, 5, 6], 7], expected: 0 },
    { args: [[2, 3, 4, 5, 6, 7, 1], 1], expected: 6 },
    { args: [[5, 6, 7, 1, 2, 3, 4], 4], expected: 6 },
    { args: [[5, 6, 7, 1, 2, 3, 4], 5], expected: 0 },
    { args: [[-4, -2, 0, 3, -10, -8, -6], -8], expected: 5 },
    { args: [[-4, -2, 0, 3, -10, -8, -6], -5], expected: -1 },
    { args: [[10000, -10000], -10000], expected: 1 },
    { args: [[30, 40, 50, 10, 20], 50], expected: 2 },
    { args: [[30, 40, 50, 10, 20], 25], expected: -1 },
    { args: [[4, 5, 6, 7, 8, 1, 2, 3], 8], expected: 4 },
    { args: [[6, 7, 8, 9, 1], 9], expected: 3 },
    { args: [[6, 7, 8, 9, 1], 100], expected: -1 },
    // 5000 even numbers from 0, rotated so that 6000 comes first.
    {
      args: [Array.from({ length: 5000 }, (_, i) => ((i + 3000) % 5000) * 2), 9998],
      expected: 1999,
    },
    {
      args: [Array.from({ length: 5000 }, (_, i) => ((i + 3000) % 5000) * 2), 5998],
      expected: 4999,
    },
    { args: [Array.from({ length: 5000 }, (_, i) => ((i + 3000) % 5000) * 2), 0], expected: 2000 },
    { args: [Array.from({ length: 5000 }, (_, i) => ((i + 3000) % 5000) * 2), 7777], expected: -1 },
  ],
  // A rotated list of even numbers and an odd target: a linear scan reads everything, finds nothing.
  generate: (n, random) => {
    const shift = Math.floor(random() * n);
    const nums = Array.from({ length: n }, (_, i) => ((i + shift) % n) * 2);
    return [nums, 2 * Math.floor(random() * n) + 1];
  },
  optimal: { time: "O(log n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function searchRotated(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (nums[mid] === target) return mid;
    if (nums[lo] <= nums[mid]) {
      // The left half [lo, mid] is sorted.
      if (nums[lo] <= target && target < nums[mid]) hi = mid - 1;
      else lo = mid + 1;
    } else {
      // The right half [mid, hi] is sorted.
      if (nums[mid] < target && target <= nums[hi]) lo = mid + 1;
      else hi = mid - 1;
    }
  }
  return -1;
}
`,
    python: `def searchRotated(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if nums[mid] < target <= nums[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1
`,
  },
  slowerSolution: {
    time: "O(n)",
    javascript: `function searchRotated(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === target) return i;
  }
  return -1;
}
`,
  },
  hints: [
    {
      en: "Plain binary search fails because the list is not sorted as a whole. What is still sorted if you cut it at the middle?",
      ru: "Обычный двоичный поиск не работает: список не отсортирован целиком. Что остаётся отсортированным, если разрезать его посередине?",
    },
    {
      en: "At least one of the halves [lo, mid] and [mid, hi] is always sorted, and comparing nums[lo] with nums[mid] tells you which.",
      ru: "Хотя бы одна из половин [lo, mid] и [mid, hi] всегда отсортирована, и сравнение nums[lo] с nums[mid] показывает, какая.",
    },
    {
      en: "Check whether the target lies within the sorted half's range; if so search there, otherwise search the other half. Each step still halves the range.",
      ru: "Проверьте, попадает ли target в диапазон отсортированной половины; если да — ищите в ней, иначе в другой. Каждый шаг по-прежнему делит диапазон пополам.",
    },
  ],
  followUps: [
    {
      en: "How would you find the rotation point (the smallest element) in O(log n)?",
      ru: "Как найти точку поворота (наименьший элемент) за O(log n)?",
    },
    {
      en: "What breaks if values may repeat, such as [2, 2, 2, 3, 2]? What is the worst-case complexity then?",
      ru: "Что ломается, если значения могут повторяться, например [2, 2, 2, 3, 2]? Какова тогда сложность в худшем случае?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Explains why one half is always sorted and uses that half's bounds to decide the direction.",
      },
      {
        en: "Gets the boundary comparisons right (nums[lo] <= nums[mid] for the two-element case) and tests unrotated and single-element lists.",
      },
      {
        en: "Alternatively finds the pivot first, then runs an ordinary binary search, and states both are O(log n).",
      },
    ],
    weak: [
      { en: "Uses a linear scan or indexOf and does not see how the sorted structure helps." },
      {
        en: "Uses a strict nums[lo] < nums[mid] and fails when lo equals mid, for example on [3, 1] looking for 1.",
      },
    ],
  },
};
