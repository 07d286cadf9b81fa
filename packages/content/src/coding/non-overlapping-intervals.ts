import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "non-overlapping-intervals",
  title: { en: "Non-overlapping Intervals", ru: "Непересекающиеся интервалы" },
  difficulty: "medium",
  topics: ["intervals", "greedy"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `Each element of \`intervals\` is a half-open range \`[start, end)\` with \`start < end\`. Find the
smallest number of ranges you have to delete so that no two of the remaining ranges overlap.

Ranges that only touch, such as \`[1, 2]\` and \`[2, 3]\`, do not overlap.

**Examples**

\`\`\`
eraseOverlapIntervals([[1, 2], [2, 3], [3, 4], [1, 3]])  →  1   (delete [1, 3])
eraseOverlapIntervals([[1, 2], [1, 2], [1, 2]])          →  2
eraseOverlapIntervals([[1, 2], [2, 3]])                  →  0
\`\`\`

**Constraints**

- 0 ≤ intervals.length ≤ 10⁵
- −5·10⁴ ≤ start < end ≤ 5·10⁴`,
    ru: `Каждый элемент \`intervals\` — полуинтервал \`[start, end)\`, где \`start < end\`. Найдите
наименьшее число интервалов, которые нужно удалить, чтобы никакие два оставшихся не пересекались.

Интервалы, которые только касаются, например \`[1, 2]\` и \`[2, 3]\`, не пересекаются.

**Примеры**

\`\`\`
eraseOverlapIntervals([[1, 2], [2, 3], [3, 4], [1, 3]])  →  1   (удалить [1, 3])
eraseOverlapIntervals([[1, 2], [1, 2], [1, 2]])          →  2
eraseOverlapIntervals([[1, 2], [2, 3]])                  →  0
\`\`\`

**Ограничения**

- 0 ≤ intervals.length ≤ 10⁵
- −5·10⁴ ≤ start < end ≤ 5·10⁴`,
  },
  entry: "eraseOverlapIntervals",
  starterCode: {
    javascript:
      "function eraseOverlapIntervals(intervals) {\n  // return the number of ranges to delete\n}\n",
    typescript:
      "function eraseOverlapIntervals(intervals: number[][]): number {\n  // return the number of ranges to delete\n  return -1;\n}\n",
    python:
      "def eraseOverlapIntervals(intervals):\n    # return the number of ranges to delete\n    pass\n",
  },
  examples: [
    {
      args: [
        [
          [1, 2],
          [2, 3],
          [3, 4],
          [1, 3],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [1, 2],
          [1, 2],
          [1, 2],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [1, 2],
          [2, 3],
        ],
      ],
      expected: 0,
    },
  ],
  hiddenTests: [
    { args: [[]], expected: 0 },
    { args: [[[1, 2]]], expected: 0 },
    {
      args: [
        [
          [1, 2],
          [2, 3],
          [3, 4],
          [1, 3],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [1, 2],
          [1, 2],
          [1, 2],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [1, 2],
          [2, 3],
        ],
      ],
      expected: 0,
    },
    {
      args: [
        [
          [1, 100],
          [11, 22],
          [1, 11],
          [2, 12],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [0, 2],
          [1, 3],
          [2, 4],
          [3, 5],
          [4, 6],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [-5, -1],
          [-3, 2],
          [-1, 0],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [1, 10],
          [2, 3],
          [4, 5],
          [6, 7],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [1, 5],
          [2, 6],
          [3, 7],
          [4, 8],
        ],
      ],
      expected: 3,
    },
    {
      args: [
        [
          [-50000, 50000],
          [-50000, 50000],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [1, 3],
          [3, 5],
          [5, 7],
          [7, 9],
        ],
      ],
      expected: 0,
    },
    {
      args: [
        [
          [0, 10],
          [1, 2],
          [2, 3],
          [3, 4],
          [9, 11],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [1, 2],
          [2, 4],
          [1, 3],
          [3, 4],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [5, 6],
          [1, 2],
          [3, 4],
        ],
      ],
      expected: 0,
    },
    {
      args: [
        [
          [1, 4],
          [2, 3],
          [3, 4],
        ],
      ],
      expected: 1,
    },
    {
      args: [
        [
          [0, 1],
          [0, 1],
          [1, 2],
          [1, 2],
          [2, 3],
        ],
      ],
      expected: 2,
    },
    {
      args: [
        [
          [1, 100],
          [2, 3],
          [50, 60],
          [4, 5],
          [70, 80],
          [99, 100],
        ],
      ],
      expected: 1,
    },
  ],
  // Random short ranges over a line about ten times as long as n: many overlaps, many chains.
  generate: (n, random) => {
    const ranges: number[][] = [];
    for (let i = 0; i < n; i++) {
      const start = Math.floor(random() * n * 10) - n * 5;
      ranges.push([start, start + 1 + Math.floor(random() * 20)]);
    }
    return [ranges];
  },
  optimal: { time: "O(n log n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function eraseOverlapIntervals(intervals) {
  const sorted = intervals.slice().sort((a, b) => a[1] - b[1]);
  let kept = 0;
  let lastEnd = -Infinity;
  for (const [start, end] of sorted) {
    if (start >= lastEnd) {
      kept++;
      lastEnd = end;
    }
  }
  return intervals.length - kept;
}
`,
    python: `def eraseOverlapIntervals(intervals):
    kept = 0
    last_end = float("-inf")
    for start, end in sorted(intervals, key=lambda r: r[1]):
        if start >= last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function eraseOverlapIntervals(intervals) {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  const n = sorted.length;
  if (n === 0) return 0;
  const chain = new Array(n).fill(1);
  let longest = 1;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      if (sorted[j][1] <= sorted[i][0] && chain[j] + 1 > chain[i]) chain[i] = chain[j] + 1;
    }
    if (chain[i] > longest) longest = chain[i];
  }
  return n - longest;
}
`,
  },
  hints: [
    {
      en: "Deleting as few ranges as possible is the same as keeping as many non-overlapping ranges as possible.",
      ru: "Удалить как можно меньше — то же самое, что оставить как можно больше непересекающихся интервалов.",
    },
    {
      en: "Among all ranges you could keep first, which choice leaves the most room for the rest?",
      ru: "Какой интервал выгоднее всего оставить первым, чтобы осталось больше места для остальных?",
    },
    {
      en: "Sort by end; walk through and keep a range whenever its start ≥ the end of the last kept range. The answer is n minus the number kept.",
      ru: "Отсортируйте по концу; оставляйте интервал, если его начало ≥ концу последнего оставленного. Ответ — n минус число оставленных.",
    },
  ],
  followUps: [
    {
      en: "Why does sorting by end give an optimal answer while sorting by start, greedily, does not? Sketch the exchange argument.",
      ru: "Почему жадный выбор по концу оптимален, а по началу — нет? Набросайте доказательство обменом.",
    },
    {
      en: "Each range now has a weight and you want to keep the maximum total weight. What changes?",
      ru: "У каждого интервала есть вес, и нужно сохранить максимальный суммарный вес. Что изменится?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Reframes the task as maximum non-overlapping selection and picks the earliest end greedily.",
      },
      {
        en: "Justifies the greedy choice with an exchange argument and handles touching ranges with ≥.",
      },
      {
        en: "Mentions the O(n²) dynamic programme as a correct fallback and why the greedy beats it.",
      },
    ],
    weak: [
      {
        en: "Sorts by start and always keeps the earlier range, which fails on [[1, 100], [2, 3], [4, 5]].",
      },
      { en: "Counts every overlapping pair instead of the ranges to delete." },
    ],
  },
};
