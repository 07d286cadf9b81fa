import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** A size × size image built cell by cell. */
const grid = (size: number, cell: (r: number, c: number) => number) =>
  Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => cell(r, c)));

export const problem: CodingProblemInput = {
  id: "flood-fill",
  title: { en: "Flood Fill", ru: "Заливка области" },
  difficulty: "easy",
  topics: ["graphs"],
  tracks: ["backend", "frontend", "fullstack", "mobile", "data"],
  statement: {
    en: `An image is a grid of integers, \`image[r][c]\` being the colour of one pixel. Implement the
paint-bucket tool: starting from pixel \`(sr, sc)\`, repaint with \`color\` that pixel and every
pixel reachable from it through steps up, down, left or right that only pass over pixels of the
starting pixel's original colour. Diagonal neighbours are not connected.

Return the image after the fill (changing it in place and returning it is fine).

**Example**

\`\`\`
image = [[2, 2, 0],
         [2, 0, 2],
         [0, 2, 2]]
floodFill(image, 0, 1, 5)  →  [[5, 5, 0],
                               [5, 0, 2],
                               [0, 2, 2]]
\`\`\`

The 2s at the bottom right touch the filled area only diagonally, so they keep their colour.

**Constraints**

- 1 ≤ rows, cols; rows · cols ≤ 10⁵
- 0 ≤ image[r][c], color < 2¹⁶
- 0 ≤ sr < rows, 0 ≤ sc < cols`,
    ru: `Изображение — сетка целых чисел, \`image[r][c]\` — цвет одного пикселя. Реализуйте инструмент
«заливка»: начиная с пикселя \`(sr, sc)\`, перекрасьте в \`color\` его и все пиксели, до которых
можно дойти шагами вверх, вниз, влево или вправо только по пикселям исходного цвета стартового
пикселя. Соседи по диагонали не связаны.

Верните изображение после заливки (можно изменить его на месте и вернуть).

**Пример**

\`\`\`
image = [[2, 2, 0],
         [2, 0, 2],
         [0, 2, 2]]
floodFill(image, 0, 1, 5)  →  [[5, 5, 0],
                               [5, 0, 2],
                               [0, 2, 2]]
\`\`\`

Двойки справа внизу касаются залитой области только по диагонали и сохраняют цвет.

**Ограничения**

- 1 ≤ rows, cols; rows · cols ≤ 10⁵
- 0 ≤ image[r][c], color < 2¹⁶
- 0 ≤ sr < rows, 0 ≤ sc < cols`,
  },
  entry: "floodFill",
  starterCode: {
    javascript: "function floodFill(image, sr, sc, color) {\n  // return the filled image\n}\n",
    typescript:
      "function floodFill(image: number[][], sr: number, sc: number, color: number): number[][] {\n  // return the filled image\n  return undefined as unknown as number[][];\n}\n",
    python: "def floodFill(image, sr, sc, color):\n    # return the filled image\n    pass\n",
  },
  examples: [
    {
      args: [
        [
          [2, 2, 0],
          [2, 0, 2],
          [0, 2, 2],
        ],
        0,
        1,
        5,
      ],
      expected: [
        [5, 5, 0],
        [5, 0, 2],
        [0, 2, 2],
      ],
    },
  ],
  hiddenTests: [
    {
      args: [
        [
          [2, 2, 0],
          [2, 0, 2],
          [0, 2, 2],
        ],
        0,
        1,
        5,
      ],
      expected: [
        [5, 5, 0],
        [5, 0, 2],
        [0, 2, 2],
      ],
    },
    // The new colour equals the old one: nothing changes (and the fill must still stop).
    {
      args: [
        [
          [4, 4],
          [4, 4],
        ],
        0,
        0,
        4,
      ],
      expected: [
        [4, 4],
        [4, 4],
      ],
    },
    // A single pixel.
    { args: [[[0]], 0, 0, 9], expected: [[9]] },
    { args: [[[7]], 0, 0, 7], expected: [[7]] },
    // A single row, starting at the right end.
    { args: [[[1, 1, 2, 1, 1]], 0, 4, 0], expected: [[1, 1, 2, 0, 0]] },
    // A single column.
    { args: [[[3], [3], [3], [1], [3]], 1, 0, 8], expected: [[8], [8], [8], [1], [3]] },
    // Diagonal pixels are not connected.
    {
      args: [
        [
          [1, 0],
          [0, 1],
        ],
        0,
        0,
        2,
      ],
      expected: [
        [2, 0],
        [0, 1],
      ],
    },
    // Starting on an enclosed pixel fills only that pixel.
    {
      args: [
        [
          [1, 1, 1],
          [1, 0, 1],
          [1, 1, 1],
        ],
        1,
        1,
        5,
      ],
      expected: [
        [1, 1, 1],
        [1, 5, 1],
        [1, 1, 1],
      ],
    },
    // Filling the ring around it.
    {
      args: [
        [
          [1, 1, 1],
          [1, 0, 1],
          [1, 1, 1],
        ],
        0,
        0,
        2,
      ],
      expected: [
        [2, 2, 2],
        [2, 0, 2],
        [2, 2, 2],
      ],
    },
    // The whole image has one colour.
    {
      args: [
        [
          [6, 6, 6, 6],
          [6, 6, 6, 6],
          [6, 6, 6, 6],
        ],
        2,
        3,
        1,
      ],
      expected: [
        [1, 1, 1, 1],
        [1, 1, 1, 1],
        [1, 1, 1, 1],
      ],
    },
    // A winding path.
    {
      args: [
        [
          [1, 1, 1, 1],
          [0, 0, 0, 1],
          [1, 1, 1, 1],
          [1, 0, 0, 0],
          [1, 1, 1, 1],
        ],
        0,
        0,
        7,
      ],
      expected: [
        [7, 7, 7, 7],
        [0, 0, 0, 7],
        [7, 7, 7, 7],
        [7, 0, 0, 0],
        [7, 7, 7, 7],
      ],
    },
    // The new colour is the colour of the neighbouring area.
    {
      args: [
        [
          [1, 0],
          [1, 1],
        ],
        0,
        0,
        0,
      ],
      expected: [
        [0, 0],
        [0, 0],
      ],
    },
    // Two separate areas of the same colour: only the one with the start pixel changes.
    {
      args: [
        [
          [5, 5, 1, 5],
          [1, 1, 1, 5],
          [5, 1, 5, 5],
        ],
        0,
        0,
        9,
      ],
      expected: [
        [9, 9, 1, 5],
        [1, 1, 1, 5],
        [5, 1, 5, 5],
      ],
    },
    // The largest colour value.
    {
      args: [
        [
          [0, 0, 0],
          [0, 0, 0],
        ],
        1,
        2,
        65535,
      ],
      expected: [
        [65535, 65535, 65535],
        [65535, 65535, 65535],
      ],
    },
    // A 50 × 50 checkerboard: no pixel has a neighbour of its own colour.
    {
      args: [grid(50, (r, c) => (r + c) % 2), 0, 0, 2],
      expected: grid(50, (r, c) => (r === 0 && c === 0 ? 2 : (r + c) % 2)),
    },
    // A wall down column 25 with a gap in the last row: the fill goes around it.
    {
      args: [grid(50, (r, c) => (c === 25 && r < 49 ? 1 : 0)), 0, 0, 3],
      expected: grid(50, (r, c) => (c === 25 && r < 49 ? 1 : 3)),
    },
    // A complete wall: only the left side is filled.
    {
      args: [grid(50, (_r, c) => (c === 25 ? 1 : 0)), 10, 10, 3],
      expected: grid(50, (_r, c) => (c === 25 ? 1 : c < 25 ? 3 : 0)),
    },
  ],
  // A serpentine corridor of 1s through n pixels, filled from its start: every row of the corridor
  // that runs right to left costs a sweep-until-stable approach one full pass per pixel.
  generate: (n) => {
    const cols = Math.max(2, Math.floor(Math.sqrt(n)));
    const rows = Math.max(1, Math.ceil(n / cols));
    const image = Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        if (r % 2 === 0) return 1;
        return (r % 4 === 1 && c === cols - 1) || (r % 4 === 3 && c === 0) ? 1 : 0;
      }),
    );
    return [image, 0, 0, 2];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function floodFill(image, sr, sc, color) {
  const old = image[sr][sc];
  if (old === color) return image;
  const rows = image.length;
  const cols = image[0].length;
  const stack = [sr, sc];
  image[sr][sc] = color;
  while (stack.length > 0) {
    const c = stack.pop();
    const r = stack.pop();
    if (r > 0 && image[r - 1][c] === old) { image[r - 1][c] = color; stack.push(r - 1, c); }
    if (r + 1 < rows && image[r + 1][c] === old) { image[r + 1][c] = color; stack.push(r + 1, c); }
    if (c > 0 && image[r][c - 1] === old) { image[r][c - 1] = color; stack.push(r, c - 1); }
    if (c + 1 < cols && image[r][c + 1] === old) { image[r][c + 1] = color; stack.push(r, c + 1); }
  }
  return image;
}
`,
    python: `def floodFill(image, sr, sc, color):
    old = image[sr][sc]
    if old == color:
        return image
    rows, cols = len(image), len(image[0])
    image[sr][sc] = color
    stack = [(sr, sc)]
    while stack:
        r, c = stack.pop()
        for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= y < rows and 0 <= x < cols and image[y][x] == old:
                image[y][x] = color
                stack.append((y, x))
    return image
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function floodFill(image, sr, sc, color) {
  // Sweep the whole image again and again, marking pixels of the old colour that touch a marked
  // pixel, until a sweep marks nothing new; then repaint the marked pixels.
  const old = image[sr][sc];
  if (old === color) return image;
  const rows = image.length;
  const cols = image[0].length;
  const marked = image.map((row) => row.map(() => false));
  marked[sr][sc] = true;
  let changed = true;
  while (changed) {
    changed = false;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        if (marked[r][c] || image[r][c] !== old) continue;
        if (
          (r > 0 && marked[r - 1][c]) ||
          (r + 1 < rows && marked[r + 1][c]) ||
          (c > 0 && marked[r][c - 1]) ||
          (c + 1 < cols && marked[r][c + 1])
        ) {
          marked[r][c] = true;
          changed = true;
        }
      }
    }
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) if (marked[r][c]) image[r][c] = color;
  }
  return image;
}
`,
  },
  hints: [
    {
      en: "Think of pixels as nodes of a graph with an edge between equal-coloured neighbours. Which nodes must change?",
      ru: "Представьте пиксели вершинами графа с рёбрами между соседями одного цвета. Какие вершины нужно перекрасить?",
    },
    {
      en: "Explore the connected component of the start pixel with DFS or BFS, visiting each pixel at most once.",
      ru: "Обойдите компоненту связности стартового пикселя поиском в глубину или в ширину, посещая каждый пиксель не больше одного раза.",
    },
    {
      en: "Remember the original colour, return at once if it equals the new one, and paint a pixel when you push it: painted pixels no longer match the old colour, so they are never visited twice. Use an explicit stack on large images.",
      ru: "Запомните исходный цвет, сразу вернитесь, если он равен новому, и красьте пиксель при добавлении в стек: закрашенные пиксели уже не совпадают со старым цветом и не посещаются повторно. На больших изображениях используйте явный стек.",
    },
  ],
  followUps: [
    {
      en: "Your recursive version crashes on a 1000 × 1000 image of one colour. Why, and how do you fix it?",
      ru: "Рекурсивная версия падает на изображении 1000 × 1000 одного цвета. Почему и как это исправить?",
    },
    {
      en: "How would you fill with diagonal neighbours counted as connected, or fill only pixels whose colour is within a tolerance of the start colour?",
      ru: "Как выполнить заливку, если диагональные соседи тоже связаны, или если подходят пиксели с цветом в пределах допуска от исходного?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Handles the case where the new colour equals the old one before it causes an endless loop.",
      },
      {
        en: "Uses painting itself as the visited mark, states O(rows · cols) time and space, and discusses recursion depth.",
      },
    ],
    weak: [
      { en: "Loops forever (or overflows the stack) when the new colour equals the old one." },
      {
        en: "Includes diagonal neighbours or compares neighbours with the new colour instead of the original one.",
      },
    ],
  },
};
