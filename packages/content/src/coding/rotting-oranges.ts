import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** A size × size crate built cell by cell. */
const grid = (size: number, cell: (r: number, c: number) => number) =>
  Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => cell(r, c)));

export const problem: CodingProblemInput = {
  id: "rotting-oranges",
  title: { en: "Rotting Oranges", ru: "Гниющие апельсины" },
  difficulty: "medium",
  topics: ["graphs"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `A crate of oranges is a grid where each cell is \`0\` (empty), \`1\` (a fresh orange) or
\`2\` (a rotten orange). Every minute, each fresh orange directly above, below, left or right of a
rotten orange becomes rotten itself. Rot does not spread diagonally or across empty cells.

Return the number of minutes until no fresh orange is left. Return \`0\` if there is no fresh
orange at the start, and \`-1\` if some fresh orange will never rot.

**Example**

\`\`\`
grid = [[2, 1, 0],
        [1, 1, 0],
        [0, 1, 1]]
orangesRotting(grid)  →  4
\`\`\`

After one minute the two neighbours of the rotten corner rot, then the centre, then the orange
below it, and in the fourth minute the one at the bottom right.

**Constraints**

- 1 ≤ rows, cols; rows · cols ≤ 10⁵
- every cell is 0, 1 or 2`,
    ru: `Ящик с апельсинами — это сетка, где каждая клетка равна \`0\` (пусто), \`1\` (свежий апельсин)
или \`2\` (гнилой апельсин). Каждую минуту каждый свежий апельсин, находящийся сверху, снизу,
слева или справа от гнилого, сам становится гнилым. Гниль не распространяется по диагонали и
через пустые клетки.

Верните число минут, через которое не останется свежих апельсинов. Верните \`0\`, если свежих
апельсинов нет с самого начала, и \`-1\`, если какой-то свежий апельсин не сгниёт никогда.

**Пример**

\`\`\`
grid = [[2, 1, 0],
        [1, 1, 0],
        [0, 1, 1]]
orangesRotting(grid)  →  4
\`\`\`

Через минуту гниют два соседа гнилого угла, затем центр, затем апельсин под ним, а на четвёртой
минуте — апельсин в правом нижнем углу.

**Ограничения**

- 1 ≤ rows, cols; rows · cols ≤ 10⁵
- каждая клетка равна 0, 1 или 2`,
  },
  entry: "orangesRotting",
  starterCode: {
    javascript: "function orangesRotting(grid) {\n  // return the minutes needed, or -1\n}\n",
    typescript:
      "function orangesRotting(grid: number[][]): number {\n  // return the minutes needed, or -1\n  return undefined as unknown as number;\n}\n",
    python: "def orangesRotting(grid):\n    # return the minutes needed, or -1\n    pass\n",
  },
  examples: [
    {
      args: [
        [
          [2, 1, 0],
          [1, 1, 0],
          [0, 1, 1],
        ],
      ],
      expected: 4,
    },
  ],
  hiddenTests: [
    {
      args: [
        [
          [2, 1, 0],
          [1, 1, 0],
          [0, 1, 1],
        ],
      ],
      expected: 4,
    },
    // One cell.
    { args: [[[0]]], expected: 0 },
    { args: [[[1]]], expected: -1 },
    { args: [[[2]]], expected: 0 },
    // Nothing fresh at the start.
    {
      args: [
        [
          [2, 2],
          [2, 2],
        ],
      ],
      expected: 0,
    },
    {
      args: [
        [
          [0, 0],
          [0, 0],
        ],
      ],
      expected: 0,
    },
    // A row, rotting from one end.
    { args: [[[2, 1, 1, 1, 1]]], expected: 4 },
    // Two sources meet in the middle.
    { args: [[[2, 1, 1, 1, 2]]], expected: 2 },
    { args: [[[1, 2, 1, 0, 2, 1]]], expected: 1 },
    // A column.
    { args: [[[1], [1], [2], [1]]], expected: 2 },
    // An empty cell blocks the rot.
    { args: [[[1, 0, 2]]], expected: -1 },
    { args: [[[2, 1, 0, 1]]], expected: -1 },
    // No diagonal spreading.
    {
      args: [
        [
          [2, 0],
          [0, 1],
        ],
      ],
      expected: -1,
    },
    // Rot from the centre.
    {
      args: [
        [
          [1, 1, 1],
          [1, 2, 1],
          [1, 1, 1],
        ],
      ],
      expected: 2,
    },
    // A winding line of oranges.
    {
      args: [
        [
          [2, 1, 1, 1],
          [0, 0, 0, 1],
          [1, 1, 1, 1],
          [1, 0, 0, 0],
          [1, 1, 1, 1],
        ],
      ],
      expected: 13,
    },
    // 50 × 50 fresh oranges, one rotten corner: the opposite corner is 98 steps away.
    { args: [grid(50, (r, c) => (r === 0 && c === 0 ? 2 : 1))], expected: 98 },
    // Rotten corners all around: the cells near the centre are 48 steps from the closest corner.
    {
      args: [grid(50, (r, c) => ((r === 0 || r === 49) && (c === 0 || c === 49) ? 2 : 1))],
      expected: 48,
    },
    // An empty column cuts the crate in two and only the left half has a rotten orange.
    { args: [grid(50, (r, c) => (c === 25 ? 0 : r === 0 && c === 0 ? 2 : 1))], expected: -1 },
  ],
  // A serpentine line of n fresh oranges rotting from one end: about n / 2 minutes, and a
  // minute-by-minute simulation rescans the whole crate every minute.
  generate: (n) => {
    const cols = Math.max(2, Math.floor(Math.sqrt(n)));
    const rows = Math.max(1, Math.ceil(n / cols));
    const crate = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        if (r % 2 === 0) return 1;
        return (r % 4 === 1 && c === cols - 1) || (r % 4 === 3 && c === 0) ? 1 : 0;
      }),
    );
    (crate[0] as number[])[0] = 2;
    return [crate];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function orangesRotting(grid) {
  // Breadth-first search from all rotten oranges at once, one level per minute.
  const rows = grid.length;
  const cols = grid[0].length;
  let queue = [];
  let fresh = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] === 2) queue.push(r, c);
      else if (grid[r][c] === 1) fresh++;
    }
  }
  let minutes = 0;
  while (fresh > 0 && queue.length > 0) {
    const next = [];
    for (let i = 0; i < queue.length; i += 2) {
      const r = queue[i];
      const c = queue[i + 1];
      if (r > 0 && grid[r - 1][c] === 1) { grid[r - 1][c] = 2; fresh--; next.push(r - 1, c); }
      if (r + 1 < rows && grid[r + 1][c] === 1) { grid[r + 1][c] = 2; fresh--; next.push(r + 1, c); }
      if (c > 0 && grid[r][c - 1] === 1) { grid[r][c - 1] = 2; fresh--; next.push(r, c - 1); }
      if (c + 1 < cols && grid[r][c + 1] === 1) { grid[r][c + 1] = 2; fresh--; next.push(r, c + 1); }
    }
    queue = next;
    minutes++;
  }
  return fresh === 0 ? minutes : -1;
}
`,
    python: `def orangesRotting(grid):
    rows, cols = len(grid), len(grid[0])
    frontier = []
    fresh = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == 2:
                frontier.append((r, c))
            elif grid[r][c] == 1:
                fresh += 1
    minutes = 0
    while fresh and frontier:
        nxt = []
        for r, c in frontier:
            for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= y < rows and 0 <= x < cols and grid[y][x] == 1:
                    grid[y][x] = 2
                    fresh -= 1
                    nxt.append((y, x))
        frontier = nxt
        minutes += 1
    return minutes if fresh == 0 else -1
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function orangesRotting(grid) {
  // Simulate minute by minute, scanning the whole crate each minute.
  const rows = grid.length;
  const cols = grid[0].length;
  let minutes = 0;
  for (;;) {
    const turning = [];
    let fresh = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (grid[r][c] !== 1) continue;
        fresh++;
        if (
          (r > 0 && grid[r - 1][c] === 2) ||
          (r + 1 < rows && grid[r + 1][c] === 2) ||
          (c > 0 && grid[r][c - 1] === 2) ||
          (c + 1 < cols && grid[r][c + 1] === 2)
        ) {
          turning.push(r, c);
        }
      }
    }
    if (fresh === 0) return minutes;
    if (turning.length === 0) return -1;
    for (let i = 0; i < turning.length; i += 2) grid[turning[i]][turning[i + 1]] = 2;
    minutes++;
  }
}
`,
  },
  hints: [
    {
      en: "Simulating minute by minute works but rescans the whole crate each time. Which cells can change in the next minute?",
      ru: "Поминутная симуляция работает, но каждый раз заново просматривает весь ящик. Какие клетки могут измениться в следующую минуту?",
    },
    {
      en: "The minute an orange rots is its distance from the nearest initially rotten orange. Distances in an unweighted grid come from breadth-first search — started from all rotten oranges at once.",
      ru: "Минута, когда апельсин сгниёт, — это расстояние до ближайшего изначально гнилого апельсина. Расстояния в невзвешенной сетке даёт поиск в ширину, запущенный сразу от всех гнилых апельсинов.",
    },
    {
      en: "Put every rotten orange in the queue and count the fresh ones. Process the queue level by level, rotting fresh neighbours and decrementing the count; each level is one minute. If fresh oranges remain when the queue empties, return −1.",
      ru: "Положите все гнилые апельсины в очередь и посчитайте свежие. Обрабатывайте очередь по уровням, заражая свежих соседей и уменьшая счётчик; каждый уровень — одна минута. Если после опустошения очереди остались свежие, верните −1.",
    },
  ],
  followUps: [
    {
      en: "How would you return, for every cell, the minute at which it rots?",
      ru: "Как вернуть для каждой клетки минуту, когда она сгниёт?",
    },
    {
      en: "Some oranges are protected by a wrapper that takes two minutes to rot through. What changes in the algorithm?",
      ru: "Некоторые апельсины в обёртке, которая гниёт две минуты. Что изменится в алгоритме?",
    },
  ],
  interviewerNotes: {
    strong: [
      { en: "Sees a multi-source BFS, counts minutes by levels, and gets O(rows · cols) time." },
      {
        en: "Handles the 0 (nothing fresh) and −1 (unreachable orange) cases, and does not count an extra minute after the last orange rots.",
      },
    ],
    weak: [
      {
        en: "Runs a separate BFS from each rotten orange, or rots oranges in the same pass that found them, so rot spreads several cells in one minute.",
      },
      { en: "Returns the number of BFS levels including the final empty one, off by one." },
    ],
  },
};
