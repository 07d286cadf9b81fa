import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "n-queens",
  title: { en: "N-Queens: Count the Arrangements", ru: "N ферзей: число расстановок" },
  difficulty: "hard",
  topics: ["backtracking"],
  tracks: ["backend", "fullstack"],
  statement: {
    en: `A chess queen attacks every square in its row, its column and both of its diagonals, at any
distance. Given \`n\`, count the ways to put \`n\` queens on an \`n × n\` board so that no queen
attacks another.

Arrangements that are mirror images or rotations of each other count separately: two
arrangements differ if some square holds a queen in one and not in the other.

**Examples**

\`\`\`
totalNQueens(4)  →  2
totalNQueens(1)  →  1
totalNQueens(3)  →  0
\`\`\`

For \`n = 4\` the two arrangements put the queens, row by row, in columns \`1, 3, 0, 2\` and
\`2, 0, 3, 1\`.

**Constraints**

- 1 ≤ n ≤ 10`,
    ru: `Ферзь бьёт все клетки своей строки, своего столбца и обеих диагоналей на любом расстоянии.
По данному \`n\` посчитайте, сколькими способами можно поставить \`n\` ферзей на доску \`n × n\` так,
чтобы никакие два не били друг друга.

Расстановки, которые получаются друг из друга отражением или поворотом, считаются разными: две
расстановки различны, если хотя бы одна клетка занята в одной и свободна в другой.

**Примеры**

\`\`\`
totalNQueens(4)  →  2
totalNQueens(1)  →  1
totalNQueens(3)  →  0
\`\`\`

При \`n = 4\` две расстановки ставят ферзей по строкам в столбцы \`1, 3, 0, 2\` и \`2, 0, 3, 1\`.

**Ограничения**

- 1 ≤ n ≤ 10`,
  },
  entry: "totalNQueens",
  starterCode: {
    javascript: "function totalNQueens(n) {\n  // return the number of arrangements\n}\n",
    typescript:
      "function totalNQueens(n: number): number {\n  // return the number of arrangements\n  return -1;\n}\n",
    python: "def totalNQueens(n):\n    # return the number of arrangements\n    pass\n",
  },
  examples: [
    { args: [4], expected: 2 },
    { args: [1], expected: 1 },
    { args: [3], expected: 0 },
  ],
  // n = 1 … 10, then repeats: a solution that keeps a counter or a board in global state
  // between calls returns a wrong count the second time.
  hiddenTests: [
    { args: [1], expected: 1 },
    { args: [2], expected: 0 },
    { args: [3], expected: 0 },
    { args: [4], expected: 2 },
    { args: [5], expected: 10 },
    { args: [6], expected: 4 },
    { args: [7], expected: 40 },
    { args: [8], expected: 92 },
    { args: [9], expected: 352 },
    { args: [10], expected: 724 },
    { args: [4], expected: 2 },
    { args: [6], expected: 4 },
    { args: [1], expected: 1 },
    { args: [8], expected: 92 },
    { args: [5], expected: 10 },
  ],
  // The input is n alone; the search tree grows roughly exponentially with it.
  generate: (n) => [n],
  complexitySizes: [6, 7, 8, 9, 10, 11],
  optimal: { time: "O(2^n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function totalNQueens(n) {
  const cols = new Array(n).fill(false);
  const diag = new Array(2 * n).fill(false); // row - col + n
  const anti = new Array(2 * n).fill(false); // row + col
  function place(row) {
    if (row === n) return 1;
    let count = 0;
    for (let col = 0; col < n; col++) {
      if (cols[col] || diag[row - col + n] || anti[row + col]) continue;
      cols[col] = diag[row - col + n] = anti[row + col] = true;
      count += place(row + 1);
      cols[col] = diag[row - col + n] = anti[row + col] = false;
    }
    return count;
  }
  return place(0);
}
`,
    python: `def totalNQueens(n):
    full = (1 << n) - 1

    def place(cols, left, right):
        if cols == full:
            return 1
        count = 0
        free = full & ~(cols | left | right)
        while free:
            bit = free & -free
            free ^= bit
            count += place(cols | bit, ((left | bit) << 1) & full, (right | bit) >> 1)
        return count

    return place(0, 0, 0)
`,
  },
  slowerSolution: {
    time: "O(2^n)",
    javascript: `function totalNQueens(n) {
  const board = [];
  for (let r = 0; r < n; r++) board.push(new Array(n).fill(false));
  // Checks a square by scanning the whole board for a queen that attacks it.
  function safe(row, col) {
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (!board[r][c]) continue;
        if (c === col || r - c === row - col || r + c === row + col) return false;
      }
    }
    return true;
  }
  function place(row) {
    if (row === n) return 1;
    let count = 0;
    for (let col = 0; col < n; col++) {
      if (safe(row, col)) {
        board[row][col] = true;
        count += place(row + 1);
        board[row][col] = false;
      }
    }
    return count;
  }
  return place(0);
}
`,
  },
  hints: [
    {
      en: "Every row holds exactly one queen. Place them one row at a time and back up when a row has no safe square.",
      ru: "В каждой строке ровно один ферзь. Ставьте их по строке за раз и откатывайтесь, если в строке нет безопасной клетки.",
    },
    {
      en: "A square is safe if its column, its row − col diagonal and its row + col anti-diagonal are all unused. Track those three sets instead of rescanning the board.",
      ru: "Клетка безопасна, если свободны её столбец, диагональ row − col и антидиагональ row + col. Храните эти три множества вместо сканирования доски.",
    },
    {
      en: "With bitmasks: free = ~(cols | diag | anti) & full; take the lowest bit, recurse with the masks updated and the diagonals shifted by one, then count solutions when all columns are used.",
      ru: "С битовыми масками: free = ~(cols | diag | anti) & full; берите младший бит, рекурсивно вызывайтесь с обновлёнными масками (диагонали сдвигаются на 1) и считайте решения, когда заняты все столбцы.",
    },
  ],
  followUps: [
    {
      en: "Return the boards themselves, each as a list of strings with 'Q' and '.'.",
      ru: "Верните сами расстановки — каждую как список строк из 'Q' и '.'.",
    },
    {
      en: "How can the left–right symmetry of the board halve the work?",
      ru: "Как использовать симметрию доски слева направо, чтобы сократить работу вдвое?",
    },
    {
      en: "Some squares are blocked and may not hold a queen. What changes in your search?",
      ru: "Некоторые клетки заблокированы, и ставить туда ферзя нельзя. Что изменится в переборе?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Places one queen per row and checks squares in O(1) with column and diagonal sets or bitmasks.",
      },
      {
        en: "Explains the diagonal keys (row − col, row + col) and that the search tree, not n, drives the cost.",
      },
    ],
    weak: [
      {
        en: "Tries every subset of n² squares, or every permutation, without pruning as soon as a conflict appears.",
      },
      {
        en: "Gets the diagonal test wrong (checks only one direction) or keeps the counter in global state across calls.",
      },
    ],
  },
};
