import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** Course i requires course i − 1, for i = 1 … count − 1. */
const chain = (count: number) => Array.from({ length: count - 1 }, (_, i) => [i + 1, i]);

export const problem: CodingProblemInput = {
  id: "course-schedule",
  title: { en: "Course Schedule", ru: "Расписание курсов" },
  difficulty: "medium",
  topics: ["graphs"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `A programme has \`numCourses\` courses numbered \`0\` to \`numCourses − 1\`. Each pair \`[a, b]\` in
\`prerequisites\` says that course \`b\` must be completed before course \`a\` can be taken. You take
courses one at a time.

Return \`true\` if there is an order in which every course can be completed, and \`false\` otherwise.

**Examples**

\`\`\`
canFinish(3, [[1, 0], [2, 1]])          →  true    (take 0, then 1, then 2)
canFinish(3, [[1, 0], [2, 1], [0, 2]])  →  false   (0 needs 2, 2 needs 1, 1 needs 0)
\`\`\`

**Constraints**

- 1 ≤ numCourses ≤ 10⁵
- 0 ≤ prerequisites.length ≤ 2 · 10⁵
- 0 ≤ a, b < numCourses; all pairs are distinct
- a pair may name the same course twice (\`[3, 3]\`): that course can never be taken`,
    ru: `В программе \`numCourses\` курсов с номерами от \`0\` до \`numCourses − 1\`. Каждая пара \`[a, b]\`
в \`prerequisites\` означает, что курс \`b\` нужно пройти до курса \`a\`. Курсы проходятся по одному.

Верните \`true\`, если существует порядок, в котором можно пройти все курсы, иначе \`false\`.

**Примеры**

\`\`\`
canFinish(3, [[1, 0], [2, 1]])          →  true    (сначала 0, затем 1, затем 2)
canFinish(3, [[1, 0], [2, 1], [0, 2]])  →  false   (0 требует 2, 2 требует 1, 1 требует 0)
\`\`\`

**Ограничения**

- 1 ≤ numCourses ≤ 10⁵
- 0 ≤ prerequisites.length ≤ 2 · 10⁵
- 0 ≤ a, b < numCourses; все пары различны
- пара может называть один и тот же курс дважды (\`[3, 3]\`): такой курс пройти невозможно`,
  },
  entry: "canFinish",
  starterCode: {
    javascript: "function canFinish(numCourses, prerequisites) {\n  // return true or false\n}\n",
    typescript:
      "function canFinish(numCourses: number, prerequisites: number[][]): boolean {\n  // return true or false\n  return undefined as unknown as boolean;\n}\n",
    python: "def canFinish(numCourses, prerequisites):\n    # return True or False\n    pass\n",
  },
  examples: [
    {
      args: [
        3,
        [
          [1, 0],
          [2, 1],
        ],
      ],
      expected: true,
    },
    {
      args: [
        3,
        [
          [1, 0],
          [2, 1],
          [0, 2],
        ],
      ],
      expected: false,
    },
  ],
  hiddenTests: [
    {
      args: [
        3,
        [
          [1, 0],
          [2, 1],
        ],
      ],
      expected: true,
    },
    {
      args: [
        3,
        [
          [1, 0],
          [2, 1],
          [0, 2],
        ],
      ],
      expected: false,
    },
    // No prerequisites at all.
    { args: [1, []], expected: true },
    { args: [5, []], expected: true },
    // One pair, in either direction.
    { args: [2, [[1, 0]]], expected: true },
    { args: [2, [[0, 1]]], expected: true },
    // Two courses requiring each other.
    {
      args: [
        2,
        [
          [1, 0],
          [0, 1],
        ],
      ],
      expected: false,
    },
    // A course that requires itself.
    { args: [1, [[0, 0]]], expected: false },
    // A diamond: two paths to the same course are not a cycle.
    {
      args: [
        4,
        [
          [1, 0],
          [2, 0],
          [3, 1],
          [3, 2],
        ],
      ],
      expected: true,
    },
    {
      args: [
        3,
        [
          [0, 1],
          [0, 2],
          [1, 2],
        ],
      ],
      expected: true,
    },
    // One course needs many; many courses need one.
    {
      args: [
        4,
        [
          [0, 1],
          [0, 2],
          [0, 3],
        ],
      ],
      expected: true,
    },
    {
      args: [
        4,
        [
          [1, 0],
          [2, 0],
          [3, 0],
        ],
      ],
      expected: true,
    },
    // Separate groups: a cycle in any group makes the whole plan impossible.
    {
      args: [
        6,
        [
          [1, 0],
          [2, 1],
          [4, 3],
          [5, 4],
          [3, 5],
        ],
      ],
      expected: false,
    },
    {
      args: [
        5,
        [
          [1, 0],
          [3, 2],
          [2, 3],
        ],
      ],
      expected: false,
    },
    {
      args: [
        5,
        [
          [1, 0],
          [3, 2],
          [4, 3],
        ],
      ],
      expected: true,
    },
    // A cycle that starts in the middle of a chain.
    {
      args: [
        6,
        [
          [1, 0],
          [2, 1],
          [3, 2],
          [4, 3],
          [2, 4],
        ],
      ],
      expected: false,
    },
    // A long chain, and the same chain closed into one big cycle.
    { args: [100, chain(100)], expected: true },
    { args: [100, [...chain(100), [0, 99]]], expected: false },
    // 2000 courses, each requiring the previous two.
    {
      args: [2000, [...chain(2000), ...Array.from({ length: 1998 }, (_, i) => [i + 2, i])]],
      expected: true,
    },
  ],
  // A hidden chain through all n courses in random order plus n random forward pairs, shuffled:
  // peeling the free courses round by round needs n rounds over the whole list.
  generate: (n, random) => {
    const order = Array.from({ length: n }, (_, i) => i);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const pairs: number[][] = [];
    const seen = new Set<number>();
    const add = (before: number, after: number) => {
      const key = before * n + after;
      if (seen.has(key)) return;
      seen.add(key);
      pairs.push([order[after] as number, order[before] as number]);
    };
    for (let i = 0; i + 1 < n; i++) add(i, i + 1);
    for (let i = 0; i < n && n > 1; i++) {
      const x = Math.floor(random() * n);
      const y = Math.floor(random() * n);
      if (x !== y) add(Math.min(x, y), Math.max(x, y));
    }
    for (let i = pairs.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [pairs[i], pairs[j]] = [pairs[j] as number[], pairs[i] as number[]];
    }
    return [n, pairs];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function canFinish(numCourses, prerequisites) {
  // Kahn's algorithm: repeatedly take a course with no unfinished prerequisites.
  const needs = new Array(numCourses).fill(0);
  const unlocks = Array.from({ length: numCourses }, () => []);
  for (const [course, before] of prerequisites) {
    needs[course]++;
    unlocks[before].push(course);
  }
  const ready = [];
  for (let c = 0; c < numCourses; c++) if (needs[c] === 0) ready.push(c);
  let taken = 0;
  for (let head = 0; head < ready.length; head++) {
    taken++;
    for (const next of unlocks[ready[head]]) {
      needs[next]--;
      if (needs[next] === 0) ready.push(next);
    }
  }
  return taken === numCourses;
}
`,
    python: `from collections import deque


def canFinish(numCourses, prerequisites):
    needs = [0] * numCourses
    unlocks = [[] for _ in range(numCourses)]
    for course, before in prerequisites:
        needs[course] += 1
        unlocks[before].append(course)
    ready = deque(c for c in range(numCourses) if needs[c] == 0)
    taken = 0
    while ready:
        c = ready.popleft()
        taken += 1
        for nxt in unlocks[c]:
            needs[nxt] -= 1
            if needs[nxt] == 0:
                ready.append(nxt)
    return taken == numCourses
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function canFinish(numCourses, prerequisites) {
  // Round by round: scan every pair to find the courses still blocked, then take all the others.
  const done = new Array(numCourses).fill(false);
  let remaining = numCourses;
  for (;;) {
    const blocked = new Array(numCourses).fill(false);
    for (let i = 0; i < prerequisites.length; i++) {
      if (!done[prerequisites[i][1]]) blocked[prerequisites[i][0]] = true;
    }
    let progress = false;
    for (let c = 0; c < numCourses; c++) {
      if (!done[c] && !blocked[c]) {
        done[c] = true;
        remaining--;
        progress = true;
      }
    }
    if (!progress) break;
  }
  return remaining === 0;
}
`,
  },
  hints: [
    {
      en: "Draw the courses as a directed graph with an arrow from each prerequisite to the course it unlocks. When is it impossible to finish?",
      ru: "Нарисуйте курсы как ориентированный граф со стрелкой от предварительного курса к курсу, который он открывает. Когда закончить невозможно?",
    },
    {
      en: "Everything can be finished exactly when the graph has no cycle. A course with no unfinished prerequisites can always be taken right now.",
      ru: "Всё можно пройти ровно тогда, когда в графе нет цикла. Курс без непройденных требований всегда можно взять сразу.",
    },
    {
      en: "Count unmet prerequisites per course, queue the courses with zero, and when you take one, decrement the courses it unlocks (Kahn's algorithm). If you take all numCourses, answer true. A DFS with three colours also works.",
      ru: "Посчитайте для каждого курса число невыполненных требований, поставьте в очередь курсы с нулём и, взяв курс, уменьшайте счётчики открываемых им курсов (алгоритм Кана). Если удалось взять все numCourses курсов — ответ true. Подойдёт и DFS с тремя цветами.",
    },
  ],
  followUps: [
    {
      en: "Return one valid order in which to take the courses, or an empty list if none exists.",
      ru: "Верните один допустимый порядок прохождения курсов или пустой список, если его нет.",
    },
    {
      en: "If you may take any number of courses per term, what is the minimum number of terms?",
      ru: "Если за семестр можно пройти сколько угодно курсов, какое минимальное число семестров понадобится?",
    },
    {
      en: "With a recursive DFS, what goes wrong on a chain of 10⁵ courses, and how would you avoid it?",
      ru: "Что пойдёт не так с рекурсивным DFS на цепочке из 10⁵ курсов и как этого избежать?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Reduces the question to cycle detection in a directed graph and names a linear-time method, O(V + E).",
      },
      {
        en: "Gets the edge direction right, and covers isolated courses, self-requiring courses and several components.",
      },
    ],
    weak: [
      {
        en: "Uses an undirected visited set, so a diamond of prerequisites is wrongly reported as a cycle.",
      },
      { en: "Only checks for direct two-course cycles such as [a, b] and [b, a]." },
    ],
  },
};
