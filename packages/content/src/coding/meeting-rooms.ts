import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "meeting-rooms",
  title: { en: "Meeting Rooms", ru: "Переговорные" },
  difficulty: "easy",
  topics: ["intervals"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `You are given a person's calendar as a list of meetings. Each meeting is a pair
\`[start, end]\` with \`start < end\`, and it occupies the half-open time range from \`start\` up to,
but not including, \`end\`. Decide whether the person can be present for every meeting from
beginning to end, that is, whether no two meetings overlap.

A meeting that ends at time \`t\` does not clash with one that starts at time \`t\`.

**Examples**

\`\`\`
canAttendMeetings([[0, 30], [5, 10], [15, 20]])  →  false   ([0, 30] clashes with both others)
canAttendMeetings([[7, 10], [2, 4]])             →  true
canAttendMeetings([[1, 5], [5, 8]])              →  true    (back-to-back is fine)
\`\`\`

**Constraints**

- 0 ≤ intervals.length ≤ 10⁴
- −10⁶ ≤ start < end ≤ 10⁶
- meetings are not given in any particular order`,
    ru: `Календарь человека задан списком встреч. Каждая встреча — пара \`[start, end]\`, где
\`start < end\`; она занимает полуинтервал времени от \`start\` включительно до \`end\` не включительно.
Определите, может ли человек побывать на всех встречах целиком, то есть не пересекаются ли
никакие две встречи.

Встреча, которая заканчивается в момент \`t\`, не мешает встрече, начинающейся в момент \`t\`.

**Примеры**

\`\`\`
canAttendMeetings([[0, 30], [5, 10], [15, 20]])  →  false   ([0, 30] пересекается с обеими)
canAttendMeetings([[7, 10], [2, 4]])             →  true
canAttendMeetings([[1, 5], [5, 8]])              →  true    (встречи подряд — не конфликт)
\`\`\`

**Ограничения**

- 0 ≤ intervals.length ≤ 10⁴
- −10⁶ ≤ start < end ≤ 10⁶
- встречи идут в произвольном порядке`,
  },
  entry: "canAttendMeetings",
  starterCode: {
    javascript: "function canAttendMeetings(intervals) {\n  // return true or false\n}\n",
    typescript:
      "function canAttendMeetings(intervals: number[][]): boolean {\n  // return true or false\n  return false;\n}\n",
    python: "def canAttendMeetings(intervals):\n    # return True or False\n    pass\n",
  },
  examples: [
    {
      args: [
        [
          [0, 30],
          [5, 10],
          [15, 20],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [7, 10],
          [2, 4],
        ],
      ],
      expected: true,
    },
    {
      args: [
        [
          [1, 5],
          [5, 8],
        ],
      ],
      expected: true,
    },
  ],
  hiddenTests: [
    { args: [[]], expected: true },
    { args: [[[5, 10]]], expected: true },
    {
      args: [
        [
          [0, 30],
          [5, 10],
          [15, 20],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [7, 10],
          [2, 4],
        ],
      ],
      expected: true,
    },
    {
      args: [
        [
          [1, 5],
          [5, 8],
        ],
      ],
      expected: true,
    },
    {
      args: [
        [
          [1, 5],
          [4, 8],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [1, 2],
          [1, 2],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [1, 10],
          [2, 3],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [5, 6],
          [5, 7],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [9, 12],
          [1, 3],
          [3, 6],
          [6, 9],
        ],
      ],
      expected: true,
    },
    {
      args: [
        [
          [0, 1000000],
          [999999, 1000000],
        ],
      ],
      expected: false,
    },
    { args: [[[-1000000, 1000000]]], expected: true },
    {
      args: [
        [
          [0, 1],
          [2, 3],
          [4, 5],
          [6, 7],
          [1, 2],
          [3, 4],
          [5, 6],
        ],
      ],
      expected: true,
    },
    {
      args: [
        [
          [10, 20],
          [0, 5],
          [5, 10],
          [19, 25],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [3, 4],
          [0, 1],
          [1, 3],
          [8, 9],
          [4, 8],
        ],
      ],
      expected: true,
    },
    {
      args: [
        [
          [2, 7],
          [8, 9],
          [1, 3],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [0, 2],
          [6, 8],
          [3, 5],
          [2, 3],
          [5, 6],
        ],
      ],
      expected: true,
    },
    {
      args: [
        [
          [-5, -1],
          [-1, 3],
        ],
      ],
      expected: true,
    },
    {
      args: [
        [
          [-10, -2],
          [-3, 0],
        ],
      ],
      expected: false,
    },
    {
      args: [
        [
          [100, 200],
          [300, 400],
          [150, 160],
          [500, 600],
        ],
      ],
      expected: false,
    },
  ],
  // Disjoint meetings in shuffled order: the answer is true, so a pairwise check never stops early.
  generate: (n, random) => {
    const meetings: number[][] = [];
    for (let i = 0; i < n; i++) {
      const start = i * 10 + Math.floor(random() * 5);
      meetings.push([start, i * 10 + 5 + Math.floor(random() * 6)]);
    }
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [meetings[i], meetings[j]] = [meetings[j] as number[], meetings[i] as number[]];
    }
    return [meetings];
  },
  optimal: { time: "O(n log n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function canAttendMeetings(intervals) {
  const sorted = intervals.slice().sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i][0] < sorted[i - 1][1]) return false;
  }
  return true;
}
`,
    python: `def canAttendMeetings(intervals):
    ordered = sorted(intervals)
    for i in range(1, len(ordered)):
        if ordered[i][0] < ordered[i - 1][1]:
            return False
    return True
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function canAttendMeetings(intervals) {
  for (let i = 0; i < intervals.length; i++) {
    for (let j = i + 1; j < intervals.length; j++) {
      const a = intervals[i];
      const b = intervals[j];
      if (a[0] < b[1] && b[0] < a[1]) return false;
    }
  }
  return true;
}
`,
  },
  hints: [
    {
      en: "Comparing every pair of meetings is correct. Is there an order in which only neighbours can clash?",
      ru: "Сравнить все пары встреч — верно. Есть ли порядок, в котором конфликтовать могут только соседи?",
    },
    {
      en: "Once meetings are ordered by start time, a clash always shows up between two consecutive meetings.",
      ru: "Если упорядочить встречи по началу, конфликт всегда найдётся между двумя соседними встречами.",
    },
    {
      en: "Sort by start, then check that every meeting starts no earlier than the previous one ends (start ≥ previous end).",
      ru: "Отсортируйте по началу и проверьте, что каждая встреча начинается не раньше конца предыдущей (start ≥ previous end).",
    },
  ],
  followUps: [
    {
      en: "If clashes are allowed, how many rooms are needed so that every meeting gets one?",
      ru: "Если пересечения допустимы, сколько переговорных нужно, чтобы каждой встрече хватило комнаты?",
    },
    {
      en: "Meetings arrive one at a time and each must be accepted or rejected immediately. Which data structure keeps each check fast?",
      ru: "Встречи приходят по одной, и каждую нужно сразу принять или отклонить. Какая структура данных сделает проверку быстрой?",
    },
  ],
  interviewerNotes: {
    strong: [
      { en: "Asks whether back-to-back meetings clash and uses a strict comparison accordingly." },
      {
        en: "Sorts by start, explains why only neighbours need comparing, and states O(n log n) time.",
      },
      { en: "Sorts a copy (or says so) rather than silently reordering the caller's list." },
    ],
    weak: [
      { en: "Stops at the O(n²) pairwise check without looking for something better." },
      { en: "Sorts by end time and then compares the wrong fields, or misses equal start times." },
    ],
  },
};
