import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "merge-intervals",
  title: { en: "Merge Intervals", ru: "Слияние интервалов" },
  difficulty: "medium",
  topics: ["intervals"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `You get a list of closed ranges \`[start, end]\` (with \`start ≤ end\`) in no particular order.
Combine every group of ranges that overlap into one range that covers exactly the same points, and
return the resulting ranges ordered by \`start\`.

Ranges that only touch, such as \`[1, 4]\` and \`[4, 5]\`, share the point 4 and therefore overlap.

**Examples**

\`\`\`
merge([[1, 3], [2, 6], [8, 10], [15, 18]])  →  [[1, 6], [8, 10], [15, 18]]
merge([[1, 4], [4, 5]])                     →  [[1, 5]]
\`\`\`

**Constraints**

- 0 ≤ intervals.length ≤ 10⁴
- −10⁶ ≤ start ≤ end ≤ 10⁶
- the result must be sorted by \`start\`; no two returned ranges may overlap or touch`,
    ru: `Дан список отрезков \`[start, end]\` (\`start ≤ end\`) в произвольном порядке. Объедините каждую
группу пересекающихся отрезков в один отрезок, покрывающий ровно те же точки, и верните
получившиеся отрезки по возрастанию \`start\`.

Отрезки, которые только касаются, например \`[1, 4]\` и \`[4, 5]\`, имеют общую точку 4 и
считаются пересекающимися.

**Примеры**

\`\`\`
merge([[1, 3], [2, 6], [8, 10], [15, 18]])  →  [[1, 6], [8, 10], [15, 18]]
merge([[1, 4], [4, 5]])                     →  [[1, 5]]
\`\`\`

**Ограничения**

- 0 ≤ intervals.length ≤ 10⁴
- −10⁶ ≤ start ≤ end ≤ 10⁶
- результат отсортирован по \`start\`; возвращённые отрезки не пересекаются и не касаются`,
  },
  entry: "merge",
  starterCode: {
    javascript: "function merge(intervals) {\n  // return the merged ranges, sorted by start\n}\n",
    typescript:
      "function merge(intervals: number[][]): number[][] {\n  // return the merged ranges, sorted by start\n  return [];\n}\n",
    python: "def merge(intervals):\n    # return the merged ranges, sorted by start\n    pass\n",
  },
  examples: [
    {
      args: [
        [
          [1, 3],
          [2, 6],
          [8, 10],
          [15, 18],
        ],
      ],
      expected: [
        [1, 6],
        [8, 10],
        [15, 18],
      ],
    },
    {
      args: [
        [
          [1, 4],
          [4, 5],
        ],
      ],
      expected: [[1, 5]],
    },
  ],
  hiddenTests: [
    { args: [[]], expected: [] },
    { args: [[[1, 3]]], expected: [[1, 3]] },
    {
      args: [
        [
          [1, 3],
          [2, 6],
          [8, 10],
          [15, 18],
        ],
      ],
      expected: [
        [1, 6],
        [8, 10],
        [15, 18],
      ],
    },
    {
      args: [
        [
          [1, 4],
          [4, 5],
        ],
      ],
      expected: [[1, 5]],
    },
    {
      args: [
        [
          [1, 4],
          [0, 4],
        ],
      ],
      expected: [[0, 4]],
    },
    {
      args: [
        [
          [1, 4],
          [2, 3],
        ],
      ],
      expected: [[1, 4]],
    },
    {
      args: [
        [
          [5, 5],
          [5, 5],
        ],
      ],
      expected: [[5, 5]],
    },
    {
      args: [
        [
          [2, 2],
          [2, 2],
          [2, 2],
        ],
      ],
      expected: [[2, 2]],
    },
    {
      args: [
        [
          [1, 4],
          [0, 0],
        ],
      ],
      expected: [
        [0, 0],
        [1, 4],
      ],
    },
    {
      args: [
        [
          [2, 3],
          [4, 5],
          [6, 7],
          [8, 9],
          [1, 10],
        ],
      ],
      expected: [[1, 10]],
    },
    {
      args: [
        [
          [-10, -5],
          [-6, -1],
          [0, 2],
        ],
      ],
      expected: [
        [-10, -1],
        [0, 2],
      ],
    },
    {
      args: [
        [
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
      expected: [
        [1, 2],
        [3, 4],
        [5, 6],
      ],
    },
    {
      args: [
        [
          [6, 8],
          [1, 9],
          [2, 4],
          [4, 7],
        ],
      ],
      expected: [[1, 9]],
    },
    {
      args: [
        [
          [0, 1000000],
          [-1000000, 0],
        ],
      ],
      expected: [[-1000000, 1000000]],
    },
    {
      args: [
        [
          [9, 10],
          [4, 6],
          [1, 2],
          [5, 8],
        ],
      ],
      expected: [
        [1, 2],
        [4, 8],
        [9, 10],
      ],
    },
    {
      args: [
        [
          [3, 3],
          [1, 2],
          [2, 2],
        ],
      ],
      expected: [
        [1, 2],
        [3, 3],
      ],
    },
    {
      args: [
        [
          [1, 5],
          [2, 3],
          [4, 6],
          [7, 7],
          [6, 7],
        ],
      ],
      expected: [[1, 7]],
    },
    {
      args: [
        [
          [10, 12],
          [1, 3],
          [3, 5],
          [7, 9],
          [5, 6],
        ],
      ],
      expected: [
        [1, 6],
        [7, 9],
        [10, 12],
      ],
    },
    {
      args: [
        [
          [-3, -3],
          [-1, 0],
          [-2, -2],
        ],
      ],
      expected: [
        [-3, -3],
        [-2, -2],
        [-1, 0],
      ],
    },
  ],
  // Ranges separated by gaps, shuffled: nothing merges, so the result grows to n ranges.
  generate: (n, random) => {
    const ranges: number[][] = [];
    for (let i = 0; i < n; i++) {
      const start = i * 10 + Math.floor(random() * 4);
      ranges.push([start, start + Math.floor(random() * 5)]);
    }
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [ranges[i], ranges[j]] = [ranges[j] as number[], ranges[i] as number[]];
    }
    return [ranges];
  },
  optimal: { time: "O(n log n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function merge(intervals) {
  const sorted = intervals.map((r) => [r[0], r[1]]).sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) {
      if (end > last[1]) last[1] = end;
    } else {
      out.push([start, end]);
    }
  }
  return out;
}
`,
    python: `def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return out
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function merge(intervals) {
  let result = [];
  for (let i = 0; i < intervals.length; i++) {
    let start = intervals[i][0];
    let end = intervals[i][1];
    const kept = [];
    for (let j = 0; j < result.length; j++) {
      const r = result[j];
      if (r[0] <= end && start <= r[1]) {
        if (r[0] < start) start = r[0];
        if (r[1] > end) end = r[1];
      } else {
        kept.push(r);
      }
    }
    kept.push([start, end]);
    result = kept;
  }
  return result.sort((a, b) => a[0] - b[0]);
}
`,
  },
  hints: [
    {
      en: "Deciding which ranges overlap is hard when they are scattered. What order would put overlapping ranges next to each other?",
      ru: "Понять, какие отрезки пересекаются, трудно, пока они разбросаны. В каком порядке пересекающиеся окажутся рядом?",
    },
    {
      en: "After sorting by start, a range either extends the group you are building or starts a new one.",
      ru: "После сортировки по началу каждый отрезок либо продолжает текущую группу, либо начинает новую.",
    },
    {
      en: "Sort by start and keep an output list: if start ≤ end of the last output range, set that end to max(end, last end); otherwise append a new range.",
      ru: "Отсортируйте по началу и ведите список результата: если start ≤ концу последнего отрезка, обновите его конец как max; иначе добавьте новый отрезок.",
    },
  ],
  followUps: [
    {
      en: "The ranges arrive as a stream and you must keep the merged set up to date after each insert. How would you store it?",
      ru: "Отрезки приходят потоком, и после каждой вставки объединение должно быть актуальным. Как его хранить?",
    },
    {
      en: "Given the merged ranges, how would you insert one new range in O(n) without sorting again?",
      ru: "Как вставить один новый отрезок в уже объединённый список за O(n) без повторной сортировки?",
    },
    {
      en: "How would you compute the total length covered by all ranges?",
      ru: "Как посчитать суммарную длину, покрытую всеми отрезками?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Clarifies that touching ranges merge and that the input is unsorted before writing code.",
      },
      {
        en: "Takes the max of the ends, so a range nested inside another ([1, 10], [2, 3]) does not shrink it.",
      },
      { en: "States O(n log n) time dominated by the sort and O(n) for the output." },
    ],
    weak: [
      { en: "Overwrites the end with the new range's end and breaks on nested ranges." },
      { en: "Compares each range only with the next one in the original order, without sorting." },
    ],
  },
};
