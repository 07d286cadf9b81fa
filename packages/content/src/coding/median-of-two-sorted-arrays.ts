import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "median-of-two-sorted-arrays",
  title: { en: "Median of Two Sorted Arrays", ru: "Медиана двух отсортированных массивов" },
  difficulty: "hard",
  topics: ["binary-search"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `You have two lists of integers, \`a\` and \`b\`, each sorted in non-decreasing order. Return the
median of all their values taken together.

The median of a sorted collection of odd size is its middle value; for an even size it is the
average of the two middle values. Do it in O(log(min(m, n))) time, where m and n are the lengths.

**Examples**

\`\`\`
findMedian([1, 4], [2])        →  2      // together: 1, 2, 4
findMedian([1, 2], [3, 4])     →  2.5    // together: 1, 2, 3, 4
findMedian([3, 8], [1, 2, 4, 9, 10, 11])  →  6
\`\`\`

**Constraints**

- 0 ≤ a.length, b.length ≤ 1000, and a.length + b.length ≥ 1
- −10⁶ ≤ a[i], b[i] ≤ 10⁶
- answers within 10⁻⁶ of the exact median are accepted`,
    ru: `Даны два списка целых чисел \`a\` и \`b\`, каждый отсортирован по неубыванию. Верните медиану
всех их значений вместе.

Медиана отсортированного набора нечётного размера — его средний элемент, чётного — среднее двух
средних элементов. Уложитесь в O(log(min(m, n))), где m и n — длины списков.

**Примеры**

\`\`\`
findMedian([1, 4], [2])        →  2      // вместе: 1, 2, 4
findMedian([1, 2], [3, 4])     →  2.5    // вместе: 1, 2, 3, 4
findMedian([3, 8], [1, 2, 4, 9, 10, 11])  →  6
\`\`\`

**Ограничения**

- 0 ≤ a.length, b.length ≤ 1000, причём a.length + b.length ≥ 1
- −10⁶ ≤ a[i], b[i] ≤ 10⁶
- принимается ответ, отличающийся от точной медианы не более чем на 10⁻⁶`,
  },
  entry: "findMedian",
  starterCode: {
    javascript: "function findMedian(a, b) {\n  // return the median\n}\n",
    typescript:
      "function findMedian(a: number[], b: number[]): number {\n  // return the median\n  return undefined as unknown as number;\n}\n",
    python: "def findMedian(a, b):\n    # return the median\n    pass\n",
  },
  examples: [
    { args: [[1, 4], [2]], expected: 2 },
    {
      args: [
        [1, 2],
        [3, 4],
      ],
      expected: 2.5,
    },
    {
      args: [
        [3, 8],
        [1, 2, 4, 9, 10, 11],
      ],
      expected: 6,
    },
  ],
  hiddenTests: [
    { args: [[1, 4], [2]], expected: 2 },
    {
      args: [
        [1, 2],
        [3, 4],
      ],
      expected: 2.5,
    },
    { args: [[], [5]], expected: 5 },
    { args: [[5], []], expected: 5 },
    { args: [[], [1, 2]], expected: 1.5 },
    {
      args: [
        [1, 1],
        [1, 1],
      ],
      expected: 1,
    },
    {
      args: [
        [1, 3, 5],
        [2, 4, 6],
      ],
      expected: 3.5,
    },
    {
      args: [
        [-5, -3, -1],
        [-4, -2],
      ],
      expected: -3,
    },
    {
      args: [
        [1, 2, 3],
        [10, 20, 30, 40],
      ],
      expected: 10,
    },
    { args: [[100], [1, 2, 3, 4]], expected: 3 },
    { args: [[-1000000, 1000000], [0]], expected: 0 },
    { args: [[-1000000], [1000000]], expected: 0 },
    {
      args: [
        [2, 2, 2],
        [2, 2],
      ],
      expected: 2,
    },
    {
      args: [
        [1, 5, 9, 13],
        [2, 3, 4],
      ],
      expected: 4,
    },
    {
      args: [
        [0, 0],
        [0, 1],
      ],
      expected: 0,
    },
    { args: [[7], [3]], expected: 5 },
    {
      args: [
        [1, 2],
        [1, 2, 3],
      ],
      expected: 2,
    },
    {
      args: [
        [3, 8],
        [1, 2, 4, 9, 10, 11],
      ],
      expected: 6,
    },
    {
      args: [
        [-7, -3],
        [-6, -2],
      ],
      expected: -4.5,
    },
    // 0, 2, …, 1998 and 1, 3, …, 1999 interleave into 0 … 1999: median (999 + 1000) / 2.
    {
      args: [
        Array.from({ length: 1000 }, (_, i) => 2 * i),
        Array.from({ length: 1000 }, (_, i) => 2 * i + 1),
      ],
      expected: 999.5,
    },
    // Every value of the first list is below every value of the second: median is (a[999] + b[0]) / 2.
    {
      args: [
        Array.from({ length: 1000 }, (_, i) => i - 1000000),
        Array.from({ length: 1000 }, (_, i) => i),
      ],
      expected: -499500.5,
    },
    // Odd total, the middle value sits at the front of the longer list: b[0].
    {
      args: [
        Array.from({ length: 999 }, (_, i) => i - 1000000),
        Array.from({ length: 1000 }, (_, i) => i),
      ],
      expected: 0,
    },
  ],
  // Two equal halves that interleave: merging walks to the middle of both lists.
  generate: (n, random) => {
    const a: number[] = [];
    const b: number[] = [];
    let value = -Math.floor(random() * 1000);
    for (let i = 0; i < n; i++) {
      value += Math.floor(random() * 3);
      if (random() < 0.5) a.push(value);
      else b.push(value);
    }
    return [a, b];
  },
  compare: { floatTolerance: 1e-6 },
  optimal: { time: "O(log n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function findMedian(a, b) {
  if (a.length > b.length) {
    const t = a;
    a = b;
    b = t;
  }
  const m = a.length;
  const n = b.length;
  const half = (m + n + 1) >> 1;
  let lo = 0;
  let hi = m;
  while (lo <= hi) {
    const i = (lo + hi) >> 1; // how many values of a go to the left part
    const j = half - i;
    const aLeft = i > 0 ? a[i - 1] : -Infinity;
    const aRight = i < m ? a[i] : Infinity;
    const bLeft = j > 0 ? b[j - 1] : -Infinity;
    const bRight = j < n ? b[j] : Infinity;
    if (aLeft <= bRight && bLeft <= aRight) {
      const left = Math.max(aLeft, bLeft);
      if ((m + n) % 2 === 1) return left;
      return (left + Math.min(aRight, bRight)) / 2;
    }
    if (aLeft > bRight) hi = i - 1;
    else lo = i + 1;
  }
  return 0;
}
`,
    python: `def findMedian(a, b):
    if len(a) > len(b):
        a, b = b, a
    m, n = len(a), len(b)
    half = (m + n + 1) // 2
    lo, hi = 0, m
    inf = float("inf")
    while lo <= hi:
        i = (lo + hi) // 2
        j = half - i
        a_left = a[i - 1] if i > 0 else -inf
        a_right = a[i] if i < m else inf
        b_left = b[j - 1] if j > 0 else -inf
        b_right = b[j] if j < n else inf
        if a_left <= b_right and b_left <= a_right:
            left = max(a_left, b_left)
            if (m + n) % 2 == 1:
                return left
            return (left + min(a_right, b_right)) / 2
        if a_left > b_right:
            hi = i - 1
        else:
            lo = i + 1
    return 0
`,
  },
  slowerSolution: {
    time: "O(n)",
    javascript: `function findMedian(a, b) {
  // Merge both lists like merge sort does, then read the middle.
  const merged = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] <= b[j])) merged.push(a[i++]);
    else merged.push(b[j++]);
  }
  const total = merged.length;
  const mid = total >> 1;
  return total % 2 === 1 ? merged[mid] : (merged[mid - 1] + merged[mid]) / 2;
}
`,
  },
  hints: [
    {
      en: "Merging the two lists and reading the middle is O(m + n). You never need the merged list itself, only where its middle falls.",
      ru: "Слияние списков и чтение середины — это O(m + n). Но сам объединённый список не нужен, важно лишь, где проходит его середина.",
    },
    {
      en: "Split both lists so that the left parts together hold half of all values. If you take i values from a, you must take half − i from b, so only i is free.",
      ru: "Разрежьте оба списка так, чтобы левые части вместе содержали половину всех значений. Если взять i значений из a, из b нужно взять half − i, так что свободен только i.",
    },
    {
      en: "Binary-search i over the shorter list. The split is right when a[i−1] ≤ b[j] and b[j−1] ≤ a[i]; then the median comes from max of the left sides and min of the right sides.",
      ru: "Ищите i двоичным поиском по более короткому списку. Разрез верен, когда a[i−1] ≤ b[j] и b[j−1] ≤ a[i]; тогда медиана — из максимума левых частей и минимума правых.",
    },
  ],
  followUps: [
    {
      en: "How would you find the k-th smallest value of the two lists, for any k?",
      ru: "Как найти k-е по величине значение двух списков для произвольного k?",
    },
    {
      en: "What if there were k sorted lists instead of two, or the data were too large for one machine?",
      ru: "А если списков не два, а k, или данные не помещаются на одну машину?",
    },
    {
      en: "Why binary-search the shorter list, and what goes wrong if you search the longer one?",
      ru: "Почему двоичный поиск ведётся по более короткому списку и что сломается, если искать по длинному?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Starts from the O(m + n) merge, then reframes the task as finding a partition and binary-searches it over the shorter list.",
      },
      {
        en: "Handles empty lists and partitions at the ends with ±infinity sentinels instead of special cases scattered around.",
      },
      { en: "Explains both parity cases and why the left part takes (m + n + 1) / 2 values." },
    ],
    weak: [
      {
        en: "Concatenates and sorts, O((m + n) log(m + n)), without seeing the sorted inputs help.",
      },
      {
        en: "Attempts to binary-search both lists independently and loses track of the invariant, with off-by-one errors on even totals.",
      },
    ],
  },
};
