import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** A complete, valid grid; `generate` blanks cells of it to make puzzles of growing difficulty. */
const solvedGrid = [
  "983275416",
  "275641839",
  "641983752",
  "564198273",
  "198327645",
  "327564981",
  "419832567",
  "832756194",
  "756419328",
];

export const problem: CodingProblemInput = {
  id: "sudoku-solver",
  title: { en: "Sudoku Solver", ru: "Решатель судоку" },
  difficulty: "hard",
  topics: ["backtracking"],
  tracks: ["backend", "fullstack", "frontend", "mobile"],
  statement: {
    en: `A sudoku board is a 9 × 9 grid split into nine 3 × 3 boxes. It is solved when every row, every
column and every box contains each digit 1–9 exactly once.

You get a partly filled board as a list of 9 strings, one per row, each 9 characters long: a
digit \`1\`–\`9\` for a given cell and \`.\` for an empty one. Fill every empty cell, keep the given
digits, and return the completed board in the same form (9 strings of 9 digits).

Every board you receive has exactly one solution.

**Example**

\`\`\`
solveSudoku([
  "9.327...6",        →  [ "983275416",
  "......8..",             "275641839",
  "..19...5.",             "641983752",
  ".64......",             "564198273",
  "1...27..5",             "198327645",
  "....6.9.1",             "327564981",
  ".198.2...",             "419832567",
  "83..56..4",             "832756194",
  "...4193.8",             "756419328" ]
])
\`\`\`

**Constraints**

- \`board\` has 9 strings of length 9, made of \`1\`–\`9\` and \`.\`
- the given digits do not break any rule, and the puzzle has exactly one solution`,
    ru: `Поле судоку — сетка 9 × 9, разбитая на девять квадратов 3 × 3. Судоку решено, когда в каждой
строке, каждом столбце и каждом квадрате каждая цифра 1–9 встречается ровно один раз.

Дано частично заполненное поле — список из 9 строк по 9 символов: цифра \`1\`–\`9\` в заполненной
клетке и \`.\` в пустой. Заполните все пустые клетки, не меняя данные цифры, и верните готовое поле в
том же виде (9 строк из 9 цифр).

У каждого поля ровно одно решение.

**Пример**

\`\`\`
solveSudoku([
  "9.327...6",        →  [ "983275416",
  "......8..",             "275641839",
  "..19...5.",             "641983752",
  ".64......",             "564198273",
  "1...27..5",             "198327645",
  "....6.9.1",             "327564981",
  ".198.2...",             "419832567",
  "83..56..4",             "832756194",
  "...4193.8",             "756419328" ]
])
\`\`\`

**Ограничения**

- \`board\` — 9 строк длины 9 из символов \`1\`–\`9\` и \`.\`
- данные цифры не нарушают правил, и решение ровно одно`,
  },
  entry: "solveSudoku",
  starterCode: {
    javascript: "function solveSudoku(board) {\n  // return the solved board as 9 strings\n}\n",
    typescript:
      "function solveSudoku(board: string[]): string[] {\n  // return the solved board as 9 strings\n  return board;\n}\n",
    python: "def solveSudoku(board):\n    # return the solved board as 9 strings\n    pass\n",
  },
  examples: [
    {
      args: [
        [
          "9.327...6",
          "......8..",
          "..19...5.",
          ".64......",
          "1...27..5",
          "....6.9.1",
          ".198.2...",
          "83..56..4",
          "...4193.8",
        ],
      ],
      expected: [
        "983275416",
        "275641839",
        "641983752",
        "564198273",
        "198327645",
        "327564981",
        "419832567",
        "832756194",
        "756419328",
      ],
    },
  ],
  hiddenTests: [
    {
      args: [
        [
          "9.327...6",
          "......8..",
          "..19...5.",
          ".64......",
          "1...27..5",
          "....6.9.1",
          ".198.2...",
          "83..56..4",
          "...4193.8",
        ],
      ],
      expected: [
        "983275416",
        "275641839",
        "641983752",
        "564198273",
        "198327645",
        "327564981",
        "419832567",
        "832756194",
        "756419328",
      ],
    },
    {
      args: [
        [
          "758391624",
          "642587193",
          "139426785",
          "213648957",
          "864759231",
          "975132846",
          "586973412",
          "397214568",
          "421865379",
        ],
      ],
      expected: [
        "758391624",
        "642587193",
        "139426785",
        "213648957",
        "864759231",
        "975132846",
        "586973412",
        "397214568",
        "421865379",
      ],
    },
    {
      args: [
        [
          "725831649",
          "496257831",
          "183649572",
          "649725183",
          "5721.3964",
          "318964257",
          "257318496",
          "831496725",
          "964572318",
        ],
      ],
      expected: [
        "725831649",
        "496257831",
        "183649572",
        "649725183",
        "572183964",
        "318964257",
        "257318496",
        "831496725",
        "964572318",
      ],
    },
    {
      args: [
        [
          ".........",
          "762934851",
          "394815276",
          "185267439",
          "943581762",
          "627493518",
          "851726394",
          "276349185",
          "439158627",
        ],
      ],
      expected: [
        "518672943",
        "762934851",
        "394815276",
        "185267439",
        "943581762",
        "627493518",
        "851726394",
        "276349185",
        "439158627",
      ],
    },
    {
      args: [
        [
          "92476853.",
          "76813542.",
          "13592486.",
          "38125974.",
          "64738195.",
          "25964718.",
          "51249637.",
          "87351269.",
          "49687321.",
        ],
      ],
      expected: [
        "924768531",
        "768135429",
        "135924867",
        "381259746",
        "647381952",
        "259647183",
        "512496378",
        "873512694",
        "496873215",
      ],
    },
    {
      args: [
        [
          "641853279",
          "972164835",
          "538297146",
          "257...368",
          "194...752",
          "863...491",
          "429631587",
          "785942613",
          "316578924",
        ],
      ],
      expected: [
        "641853279",
        "972164835",
        "538297146",
        "257419368",
        "194386752",
        "863725491",
        "429631587",
        "785942613",
        "316578924",
      ],
    },
    {
      args: [
        [
          ".23547986",
          "6.9213754",
          "45.869321",
          "912.35867",
          "7681.2543",
          "34567.219",
          "891324.75",
          "2347561.8",
          "57698143.",
        ],
      ],
      expected: [
        "123547986",
        "689213754",
        "457869321",
        "912435867",
        "768192543",
        "345678219",
        "891324675",
        "234756198",
        "576981432",
      ],
    },
    {
      args: [
        [
          ".13592648",
          "5294861.3",
          "468.31259",
          "8.6315492",
          "351924.86",
          "94286.531",
          "19524836.",
          "2846.3915",
          "63.159824",
        ],
      ],
      expected: [
        "713592648",
        "529486173",
        "468731259",
        "876315492",
        "351924786",
        "942867531",
        "195248367",
        "284673915",
        "637159824",
      ],
    },
    {
      args: [
        [
          "..5428.3.",
          "2...1.5..",
          "3.69754.2",
          "8..1.6957",
          "6.1.5.2.8",
          "5792..1.3",
          "..2.61.9.",
          "16...7..4",
          "95..42.1.",
        ],
      ],
      expected: [
        "795428631",
        "248613579",
        "316975482",
        "824136957",
        "631759248",
        "579284163",
        "482361795",
        "163597824",
        "957842316",
      ],
    },
    {
      args: [
        [
          "4...3.65.",
          "..3..524.",
          "5682...7.",
          "...1793.5",
          "91.35....",
          "....42.9.",
          ".4.7....2",
          ".7...8..9",
          "8.249.736",
        ],
      ],
      expected: [
        "421937658",
        "793685241",
        "568214973",
        "284179365",
        "917356824",
        "635842197",
        "149763582",
        "376528419",
        "852491736",
      ],
    },
    {
      args: [
        [
          "2..1.9657",
          "..1.7..4.",
          "675.....8",
          ".....4...",
          "1..725.39",
          "....6..7.",
          ".......9.",
          "7.2.1...5",
          "3.....7.4",
        ],
      ],
      expected: [
        "234189657",
        "981576243",
        "675432918",
        "527394186",
        "168725439",
        "493861572",
        "856247391",
        "742913865",
        "319658724",
      ],
    },
    {
      args: [
        [
          ".5..17.2.",
          "...5....1",
          "..62....8",
          "...7.1...",
          "9.2..8...",
          "617...4..",
          "..1.3....",
          "..4...39.",
          "..38..16.",
        ],
      ],
      expected: [
        "458617923",
        "329584671",
        "176293548",
        "845761239",
        "932458716",
        "617329485",
        "761932854",
        "584176392",
        "293845167",
      ],
    },
    {
      args: [
        [
          ".8...52..",
          "2...1.6..",
          "..53..7..",
          "..487.5..",
          "7......4.",
          ".6.43....",
          ".3......5",
          "....56.2.",
          "......1.8",
        ],
      ],
      expected: [
        "187695234",
        "243718659",
        "695324781",
        "324871596",
        "718569342",
        "569432817",
        "432187965",
        "871956423",
        "956243178",
      ],
    },
    {
      args: [
        [
          "..2.7..6.",
          "....25..1",
          ".3...4...",
          "7.....6..",
          "....9.31.",
          "8..4.2...",
          ".24......",
          "3.5.1....",
          ".8.2.9...",
        ],
      ],
      expected: [
        "592371864",
        "468925731",
        "137684295",
        "759138642",
        "246597318",
        "813462957",
        "924753186",
        "375816429",
        "681249573",
      ],
    },
    {
      args: [
        [
          ".48961735",
          ".75284619",
          ".16573428",
          ".53428961",
          ".69357842",
          ".82196573",
          ".91735284",
          ".24619357",
          ".........",
        ],
      ],
      expected: [
        "248961735",
        "375284619",
        "916573428",
        "753428961",
        "169357842",
        "482196573",
        "691735284",
        "824619357",
        "537842196",
      ],
    },
  ],
  // Blanks n random cells of one solved grid: more blanks, more guessing and backtracking.
  generate: (n, random) => {
    const cells = Array.from({ length: 81 }, (_, i) => i);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(random() * (81 - i));
      [cells[i], cells[j]] = [cells[j] as number, cells[i] as number];
    }
    const grid = solvedGrid.map((row) => row.split(""));
    for (const cell of cells.slice(0, n)) (grid[Math.floor(cell / 9)] as string[])[cell % 9] = ".";
    return [grid.map((row) => row.join(""))];
  },
  complexitySizes: [30, 35, 40, 45, 50, 55, 60],
  optimal: { time: "O(2^n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function solveSudoku(board) {
  const grid = board.map((row) => row.split(""));
  const rows = new Array(9).fill(0);
  const cols = new Array(9).fill(0);
  const boxes = new Array(9).fill(0);
  const cellRow = [];
  const cellCol = [];
  const cellBox = [];
  for (let r = 0; r < 9; r++) {
    for (let c = 0; c < 9; c++) {
      const b = Math.floor(r / 3) * 3 + Math.floor(c / 3);
      if (grid[r][c] === ".") {
        cellRow.push(r);
        cellCol.push(c);
        cellBox.push(b);
      } else {
        const bit = 1 << Number(grid[r][c]);
        rows[r] |= bit;
        cols[c] |= bit;
        boxes[b] |= bit;
      }
    }
  }
  const filled = new Array(cellRow.length).fill(false);
  // Fills the empty cell with the fewest allowed digits next; digits come from three bitmasks.
  function fill(left) {
    if (left === 0) return true;
    let best = -1;
    let bestFree = 0;
    let bestCount = 10;
    for (let k = 0; k < cellRow.length; k++) {
      if (filled[k]) continue;
      const free = ~(rows[cellRow[k]] | cols[cellCol[k]] | boxes[cellBox[k]]) & 0x3fe;
      let count = 0;
      for (let m = free; m !== 0; m &= m - 1) count++;
      if (count < bestCount) {
        best = k;
        bestFree = free;
        bestCount = count;
      }
    }
    if (bestCount === 0) return false;
    const r = cellRow[best];
    const c = cellCol[best];
    const b = cellBox[best];
    filled[best] = true;
    for (let d = 1; d <= 9; d++) {
      const bit = 1 << d;
      if (!(bestFree & bit)) continue;
      rows[r] |= bit;
      cols[c] |= bit;
      boxes[b] |= bit;
      grid[r][c] = String(d);
      if (fill(left - 1)) return true;
      rows[r] ^= bit;
      cols[c] ^= bit;
      boxes[b] ^= bit;
    }
    grid[r][c] = ".";
    filled[best] = false;
    return false;
  }
  fill(cellRow.length);
  return grid.map((row) => row.join(""));
}
`,
    python: `def solveSudoku(board):
    grid = [list(row) for row in board]
    rows = [0] * 9
    cols = [0] * 9
    boxes = [0] * 9
    empty = []
    for r in range(9):
        for c in range(9):
            b = r // 3 * 3 + c // 3
            if grid[r][c] == ".":
                empty.append((r, c, b))
            else:
                bit = 1 << int(grid[r][c])
                rows[r] |= bit
                cols[c] |= bit
                boxes[b] |= bit
    filled = [False] * len(empty)

    def fill(left):
        if left == 0:
            return True
        best, best_free, best_count = -1, 0, 10
        for k, (r, c, b) in enumerate(empty):
            if filled[k]:
                continue
            free = ~(rows[r] | cols[c] | boxes[b]) & 0x3FE
            count = bin(free).count("1")
            if count < best_count:
                best, best_free, best_count = k, free, count
        if best_count == 0:
            return False
        r, c, b = empty[best]
        filled[best] = True
        for d in range(1, 10):
            bit = 1 << d
            if not best_free & bit:
                continue
            rows[r] |= bit
            cols[c] |= bit
            boxes[b] |= bit
            grid[r][c] = str(d)
            if fill(left - 1):
                return True
            rows[r] ^= bit
            cols[c] ^= bit
            boxes[b] ^= bit
        grid[r][c] = "."
        filled[best] = False
        return False

    fill(len(empty))
    return ["".join(row) for row in grid]
`,
  },
  slowerSolution: {
    time: "O(2^n)",
    javascript: `function solveSudoku(board) {
  const grid = board.map((row) => row.split(""));
  const empty = [];
  for (let r = 0; r < 9; r++) {
    for (let c = 0; c < 9; c++) if (grid[r][c] === ".") empty.push([r, c]);
  }
  const filled = new Array(empty.length).fill(false);
  // Same search as the bitmask version, but every check rescans the row, column and box.
  function allowed(r, c, ch) {
    for (let i = 0; i < 9; i++) {
      if (grid[r][i] === ch || grid[i][c] === ch) return false;
    }
    const r0 = Math.floor(r / 3) * 3;
    const c0 = Math.floor(c / 3) * 3;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        if (grid[r0 + i][c0 + j] === ch) return false;
      }
    }
    return true;
  }
  function fill(left) {
    if (left === 0) return true;
    let best = -1;
    let bestDigits = [];
    for (let k = 0; k < empty.length; k++) {
      if (filled[k]) continue;
      const digits = [];
      for (let d = 1; d <= 9; d++) {
        if (allowed(empty[k][0], empty[k][1], String(d))) digits.push(String(d));
      }
      if (best === -1 || digits.length < bestDigits.length) {
        best = k;
        bestDigits = digits;
      }
    }
    if (bestDigits.length === 0) return false;
    const [r, c] = empty[best];
    filled[best] = true;
    for (const ch of bestDigits) {
      grid[r][c] = ch;
      if (fill(left - 1)) return true;
    }
    grid[r][c] = ".";
    filled[best] = false;
    return false;
  }
  fill(empty.length);
  return grid.map((row) => row.join(""));
}
`,
  },
  hints: [
    {
      en: "Fill the empty cells one at a time, trying each digit that does not break a rule, and undo a choice when it leads to a dead end.",
      ru: "Заполняйте пустые клетки по одной, пробуя каждую цифру, которая не нарушает правил, и отменяйте выбор, если он ведёт в тупик.",
    },
    {
      en: "Checking a digit by scanning its row, column and box costs 27 reads. Keep, for every row, column and box, the set of digits already used.",
      ru: "Проверка цифры сканированием строки, столбца и квадрата стоит 27 чтений. Храните для каждой строки, столбца и квадрата множество уже занятых цифр.",
    },
    {
      en: "Use three arrays of 9 bitmasks; a digit d fits cell (r, c) if bit d is clear in rows[r] | cols[c] | boxes[3·⌊r/3⌋ + ⌊c/3⌋]. Set the bits before recursing and clear them when backtracking.",
      ru: "Заведите три массива по 9 битовых масок; цифра d подходит в клетку (r, c), если бит d пуст в rows[r] | cols[c] | boxes[3·⌊r/3⌋ + ⌊c/3⌋]. Ставьте биты перед рекурсией и снимайте при откате.",
    },
  ],
  followUps: [
    {
      en: "Fill the cell with the fewest possible digits first. Why does that shrink the search so much on hard puzzles?",
      ru: "Заполняйте сначала клетку с наименьшим числом вариантов. Почему это так сильно сокращает перебор на сложных головоломках?",
    },
    {
      en: "How would you check that a puzzle has exactly one solution?",
      ru: "Как проверить, что у головоломки ровно одно решение?",
    },
    {
      en: "How would you generate new puzzles with a unique solution and a chosen difficulty?",
      ru: "Как генерировать новые головоломки с единственным решением и заданной сложностью?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Keeps row, column and box state (sets or bitmasks) so each check is O(1), and undoes it cleanly on backtrack.",
      },
      {
        en: "Computes the box index correctly and explains that the cost is exponential in the number of empty cells in the worst case.",
      },
      {
        en: "Mentions constraint propagation or picking the most constrained cell as the next improvement.",
      },
    ],
    weak: [
      {
        en: "Forgets to reset a cell or its bookkeeping when backtracking, so later branches see stale digits.",
      },
      {
        en: "Cannot stop the search once a solution is found, or returns the input unchanged because strings were not rebuilt.",
      },
    ],
  },
};
