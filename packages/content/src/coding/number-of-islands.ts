import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** A size × size map built cell by cell. */
const grid = (size: number, cell: (r: number, c: number) => boolean) =>
  Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) => (cell(r, c) ? 1 : 0)),
  );

export const problem: CodingProblemInput = {
  id: "number-of-islands",
  title: { en: "Number of Islands", ru: "Количество островов" },
  difficulty: "medium",
  topics: ["graphs"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `A map is a grid where \`1\` marks land and \`0\` marks water. Land cells that touch along a side
(up, down, left or right, not diagonally) belong to the same island. Everything outside the grid
is water.

Return how many islands the map has.

**Example**

\`\`\`
grid = [[1, 1, 0, 0, 1],
        [1, 0, 0, 1, 1],
        [0, 0, 1, 0, 0],
        [1, 0, 0, 0, 1]]
numIslands(grid)  →  5
\`\`\`

The islands are the top-left group of three, the top-right group of three, the single cell in the
middle and the two single corner cells at the bottom.

**Constraints**

- 1 ≤ rows, cols; rows · cols ≤ 10⁵
- every cell is 0 or 1`,
    ru: `Карта — это сетка, где \`1\` означает сушу, а \`0\` — воду. Клетки суши, соприкасающиеся
сторонами (сверху, снизу, слева или справа, но не по диагонали), принадлежат одному острову.
Всё за пределами сетки — вода.

Верните количество островов на карте.

**Пример**

\`\`\`
grid = [[1, 1, 0, 0, 1],
        [1, 0, 0, 1, 1],
        [0, 0, 1, 0, 0],
        [1, 0, 0, 0, 1]]
numIslands(grid)  →  5
\`\`\`

Острова: группа из трёх клеток слева сверху, группа из трёх клеток справа сверху, одиночная клетка
в центре и две одиночные угловые клетки внизу.

**Ограничения**

- 1 ≤ rows, cols; rows · cols ≤ 10⁵
- каждая клетка равна 0 или 1`,
  },
  entry: "numIslands",
  starterCode: {
    javascript: "function numIslands(grid) {\n  // return the number of islands\n}\n",
    typescript:
      "function numIslands(grid: number[][]): number {\n  // return the number of islands\n  return undefined as unknown as number;\n}\n",
    python: "def numIslands(grid):\n    # return the number of islands\n    pass\n",
  },
  examples: [
    {
      args: [
        [
          [1, 1, 0, 0, 1],
          [1, 0, 0, 1, 1],
          [0, 0, 1, 0, 0],
          [1, 0, 0, 0, 1],
        ],
      ],
      expected: 5,
    },
  ],
  hiddenTests: [
    {
      args: [
        [
          [1, 1, 0, 0, 1],
          [1, 0, 0, 1, 1],
          [0, 0, 1, 0, 0],
          [1, 0, 0, 0, 1],
        ],
      ],
      expected: 5,
    },
    { args: [[[0]]], expected: 0 },
    { args: [[[1]]], expected: 1 },
    {
      args: [
        [
          [0, 0, 0],
          [0, 0, 0],
          [0, 0, 0],
        ],
      ],
      expected: 0,
    },
    {
      args: [
        [
          [1, 1, 1, 1],
          [1, 1, 1, 1],
          [1, 1, 1, 1],
        ],
      ],
      expected: 1,
    },
    // Diagonal contact does not join islands.
    {
      args: [
        [
          [1, 0, 1],
          [0, 1, 0],
          [1, 0, 1],
        ],
      ],
      expected: 5,
    },
    {
      args: [
        [
          [1, 1, 0],
          [1, 1, 0],
          [0, 0, 1],
        ],
      ],
      expected: 2,
    },
    // A single row and a single column.
    { args: [[[1, 0, 1, 1, 0, 1]]], expected: 3 },
    { args: [[[1], [1], [0], [1]]], expected: 2 },
    // A ring with a lake and an island inside the lake.
    {
      args: [
        [
          [1, 1, 1, 1, 1],
          [1, 0, 0, 0, 1],
          [1, 0, 1, 0, 1],
          [1, 0, 0, 0, 1],
          [1, 1, 1, 1, 1],
        ],
      ],
      expected: 2,
    },
    // One winding island.
    {
      args: [
        [
          [1, 1, 1, 1],
          [0, 0, 0, 1],
          [1, 1, 1, 1],
          [1, 0, 0, 0],
          [1, 1, 1, 1],
        ],
      ],
      expected: 1,
    },
    // A U shape is one island even though a scan meets it twice in the first row.
    {
      args: [
        [
          [1, 0, 1],
          [1, 0, 1],
          [1, 1, 1],
        ],
      ],
      expected: 1,
    },
    // A plus sign.
    {
      args: [
        [
          [0, 1, 0],
          [1, 1, 1],
          [0, 1, 0],
        ],
      ],
      expected: 1,
    },
    // Horizontal stripes.
    { args: [grid(6, (r) => r % 2 === 0)], expected: 3 },
    // A 50 × 50 checkerboard: every land cell is its own island.
    { args: [grid(50, (r, c) => (r + c) % 2 === 0)], expected: 1250 },
    // Land only where both coordinates are even: 25 × 25 single-cell islands.
    { args: [grid(50, (r, c) => r % 2 === 0 && c % 2 === 0)], expected: 625 },
    // All land.
    { args: [grid(50, () => true)], expected: 1 },
  ],
  // One serpentine island through n cells: propagating labels sweep by sweep needs a full pass
  // for every cell of each corridor row that runs right to left.
  generate: (n) => {
    const cols = Math.max(2, Math.floor(Math.sqrt(n)));
    const rows = Math.max(1, Math.ceil(n / cols));
    return [
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: cols }, (_, c) => {
          if (r % 2 === 0) return 1;
          return (r % 4 === 1 && c === cols - 1) || (r % 4 === 3 && c === 0) ? 1 : 0;
        }),
      ),
    ];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function numIslands(grid) {
  const rows = grid.length;
  const cols = grid[0].length;
  const seen = grid.map((row) => row.map(() => false));
  let islands = 0;
  const stack = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (grid[r][c] !== 1 || seen[r][c]) continue;
      islands++;
      seen[r][c] = true;
      stack.push(r, c);
      while (stack.length > 0) {
        const x = stack.pop();
        const y = stack.pop();
        if (y > 0 && grid[y - 1][x] === 1 && !seen[y - 1][x]) { seen[y - 1][x] = true; stack.push(y - 1, x); }
        if (y + 1 < rows && grid[y + 1][x] === 1 && !seen[y + 1][x]) { seen[y + 1][x] = true; stack.push(y + 1, x); }
        if (x > 0 && grid[y][x - 1] === 1 && !seen[y][x - 1]) { seen[y][x - 1] = true; stack.push(y, x - 1); }
        if (x + 1 < cols && grid[y][x + 1] === 1 && !seen[y][x + 1]) { seen[y][x + 1] = true; stack.push(y, x + 1); }
      }
    }
  }
  return islands;
}
`,
    python: `def numIslands(grid):
    rows, cols = len(grid), len(grid[0])
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y - 1, x), (y + 1, x), (y, x - 1), (y, x + 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 and not seen[ny][nx]:
                        seen[ny][nx] = True
                        stack.append((ny, nx))
    return islands
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function numIslands(grid) {
  // Give every land cell its own label, then sweep again and again, letting each cell take the
  // smallest label among its land neighbours, until nothing changes. Each island ends up with the
  // label of its first cell.
  const rows = grid.length;
  const cols = grid[0].length;
  const label = grid.map((row, r) => row.map((v, c) => (v === 1 ? r * cols + c : -1)));
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (label[r][c] < 0) continue;
        let best = label[r][c];
        if (r > 0 && label[r - 1][c] >= 0 && label[r - 1][c] < best) best = label[r - 1][c];
        if (r + 1 < rows && label[r + 1][c] >= 0 && label[r + 1][c] < best) best = label[r + 1][c];
        if (c > 0 && label[r][c - 1] >= 0 && label[r][c - 1] < best) best = label[r][c - 1];
        if (c + 1 < cols && label[r][c + 1] >= 0 && label[r][c + 1] < best) best = label[r][c + 1];
        if (best < label[r][c]) {
          label[r][c] = best;
          changed = true;
        }
      }
    }
  }
  let islands = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (label[r][c] === r * cols + c) islands++;
  }
  return islands;
}
`,
  },
  hints: [
    {
      en: "Treat land cells as nodes and shared sides as edges. What graph quantity is the number of islands?",
      ru: "Считайте клетки суши вершинами, а общие стороны — рёбрами. Какой величине графа равно число островов?",
    },
    {
      en: "Scan the grid; every time you meet land you have not visited yet, you have found a new island — then visit all of it so you do not count it again.",
      ru: "Просматривайте сетку; каждый раз, встретив ещё не посещённую сушу, вы нашли новый остров — обойдите его целиком, чтобы не посчитать повторно.",
    },
    {
      en: "Use DFS or BFS with an explicit stack or queue (a 10⁵-cell island is too deep for recursion in many languages), marking cells as visited when you push them. Union-find is an alternative.",
      ru: "Используйте DFS или BFS с явным стеком или очередью (остров из 10⁵ клеток слишком глубок для рекурсии во многих языках) и помечайте клетки при добавлении. Альтернатива — система непересекающихся множеств.",
    },
  ],
  followUps: [
    {
      en: "Land appears one cell at a time and you must report the island count after each addition. How would you do that efficiently?",
      ru: "Суша появляется по одной клетке, и после каждого добавления нужно сообщать число островов. Как сделать это эффективно?",
    },
    {
      en: "The map is too large for one machine's memory but arrives row by row. Can you count islands keeping only a couple of rows?",
      ru: "Карта не помещается в память, но приходит построчно. Можно ли посчитать острова, храня лишь пару строк?",
    },
    {
      en: "How would you also return the size of the largest island, or count islands of distinct shapes?",
      ru: "Как дополнительно вернуть размер самого большого острова или посчитать острова различной формы?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Frames it as counting connected components and gives O(rows · cols) time with a clear visited rule.",
      },
      {
        en: "Raises the recursion-depth risk on large islands and asks whether mutating the input is acceptable.",
      },
    ],
    weak: [
      {
        en: "Counts land cells whose upper and left neighbours are water, which miscounts U-shaped islands.",
      },
      {
        en: "Marks cells only when popping them, pushing the same cell many times, or treats diagonal contact as connection.",
      },
    ],
  },
};
