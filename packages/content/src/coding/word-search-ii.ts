import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** A 12 × 12 board whose cell (r, c) holds the letter number (r + c): neighbours differ by one letter. */
const diagonalAlphabet = Array.from({ length: 12 }, (_, r) =>
  Array.from({ length: 12 }, (_, c) => String.fromCharCode(97 + r + c)),
);

export const problem: CodingProblemInput = {
  id: "word-search-ii",
  title: { en: "Word Search II", ru: "Поиск слов II" },
  difficulty: "hard",
  topics: ["tries", "backtracking"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `You get a rectangular grid of lowercase letters \`board\` and a list of distinct words \`words\`.
Return every word from the list that can be traced on the grid.

A word is traced by starting on any cell and stepping to a cell directly above, below, left or
right of the current one (no diagonals) for each following letter. One cell may appear at most once
in the trace of a single word, but different words may reuse cells.

Return the found words in any order.

**Example**

\`\`\`
board = [["c","a","t"],
         ["o","r","e"],
         ["d","e","s"]]
words = ["cat", "core", "code", "tree", "dart", "ores"]

findWords(board, words)  →  ["cat", "core", "code", "ores"]
\`\`\`

"tree" is missing: after t → r → e there is no second, unused "e" next to the first one.

**Constraints**

- 1 ≤ rows, cols; rows · cols ≤ 10⁴
- 0 ≤ words.length ≤ 3 · 10⁴
- 1 ≤ words[i].length ≤ 10
- the board and the words contain only \`a\`–\`z\`; all words are distinct`,
    ru: `Дана прямоугольная сетка строчных букв \`board\` и список различных слов \`words\`.
Верните все слова из списка, которые можно прочитать на сетке.

Слово читается так: начинаем с любой клетки и для каждой следующей буквы переходим в соседнюю
клетку сверху, снизу, слева или справа (не по диагонали). В одном слове клетку можно
использовать не больше одного раза, но разные слова могут проходить через одни и те же клетки.

Порядок найденных слов не важен.

**Пример**

\`\`\`
board = [["c","a","t"],
         ["o","r","e"],
         ["d","e","s"]]
words = ["cat", "core", "code", "tree", "dart", "ores"]

findWords(board, words)  →  ["cat", "core", "code", "ores"]
\`\`\`

Слова "tree" нет: после t → r → e рядом нет второй, ещё не занятой буквы "e".

**Ограничения**

- 1 ≤ rows, cols; rows · cols ≤ 10⁴
- 0 ≤ words.length ≤ 3 · 10⁴
- 1 ≤ words[i].length ≤ 10
- сетка и слова состоят только из букв \`a\`–\`z\`; все слова различны`,
  },
  entry: "findWords",
  starterCode: {
    javascript:
      "function findWords(board, words) {\n  // return the words that can be traced on the board\n}\n",
    typescript:
      "function findWords(board: string[][], words: string[]): string[] {\n  // return the words that can be traced on the board\n  return undefined as unknown as string[];\n}\n",
    python:
      "def findWords(board, words):\n    # return the words that can be traced on the board\n    pass\n",
  },
  compare: { orderInsensitive: "outer" },
  examples: [
    {
      args: [
        [
          ["c", "a", "t"],
          ["o", "r", "e"],
          ["d", "e", "s"],
        ],
        ["cat", "core", "code", "tree", "dart", "ores"],
      ],
      expected: ["cat", "core", "code", "ores"],
    },
  ],
  hiddenTests: [
    {
      args: [
        [
          ["c", "a", "t"],
          ["o", "r", "e"],
          ["d", "e", "s"],
        ],
        ["cat", "core", "code", "tree", "dart", "ores"],
      ],
      expected: ["cat", "core", "code", "ores"],
    },
    // A single cell.
    { args: [[["a"]], ["a"]], expected: ["a"] },
    { args: [[["a"]], ["b"]], expected: [] },
    // A cell cannot be used twice in one word.
    { args: [[["a"]], ["aa"]], expected: [] },
    { args: [[["a", "a"]], ["aaa", "aa"]], expected: ["aa"] },
    // No words at all.
    { args: [[["x"]], []], expected: [] },
    // Forward and backward along one row.
    { args: [[["a", "b"]], ["ab", "ba", "aba"]], expected: ["ab", "ba"] },
    // Diagonal steps are not allowed.
    {
      args: [
        [
          ["a", "b", "c"],
          ["d", "e", "f"],
          ["g", "h", "i"],
        ],
        ["abc", "abe", "abf", "adg", "aei", "beh", "cfi", "ihg", "abcfed", "adgheb"],
      ],
      expected: ["abc", "abe", "adg", "beh", "cfi", "ihg", "abcfed", "adgheb"],
    },
    // A word that covers the whole board, forwards and backwards; one letter too many is impossible.
    {
      args: [
        [
          ["a", "b", "c"],
          ["f", "e", "d"],
        ],
        ["abcdef", "fedcba", "abcdefa"],
      ],
      expected: ["abcdef", "fedcba"],
    },
    // The same letter everywhere: many paths to one word, but never more cells than the board has.
    {
      args: [
        [
          ["a", "a", "a"],
          ["a", "a", "a"],
          ["a", "a", "a"],
        ],
        ["a", "aa", "aaaaaaaaa", "aaaaaaaaaa"],
      ],
      expected: ["a", "aa", "aaaaaaaaa"],
    },
    // Closing a loop would reuse the starting cell.
    {
      args: [
        [
          ["a", "b"],
          ["c", "d"],
        ],
        ["abdca", "abdc", "acdb", "ad", "bc"],
      ],
      expected: ["abdc", "acdb"],
    },
    // One word is a prefix of another.
    {
      args: [
        [
          ["s", "e", "a"],
          ["x", "x", "t"],
        ],
        ["sea", "seat", "seats"],
      ],
      expected: ["sea", "seat"],
    },
    // A single row.
    {
      args: [
        [["h", "e", "l", "l", "o", "w", "o", "r", "l", "d"]],
        ["hello", "world", "low", "owl", "dlrow", "hell", "lower"],
      ],
      expected: ["hello", "world", "low", "dlrow", "hell"],
    },
    // A single column.
    {
      args: [
        [["q"], ["u"], ["i"], ["z"]],
        ["quiz", "ziuq", "qu", "uz", "iz"],
      ],
      expected: ["quiz", "ziuq", "qu", "iz"],
    },
    // Nothing can be traced.
    {
      args: [
        [
          ["m", "n"],
          ["o", "p"],
        ],
        ["mnop", "pq", "x"],
      ],
      expected: [],
    },
    // A 4 × 4 board with a mix of traceable and untraceable words.
    {
      args: [
        [
          ["r", "a", "t", "s"],
          ["e", "n", "o", "t"],
          ["d", "i", "c", "e"],
          ["s", "a", "l", "t"],
        ],
        [
          "rat",
          "rats",
          "ten",
          "note",
          "dice",
          "salt",
          "slice",
          "tone",
          "rent",
          "ice",
          "last",
          "toss",
          "edit",
          "tic",
          "nice",
        ],
      ],
      expected: ["rat", "rats", "note", "dice", "salt", "tone", "ice", "nice"],
    },
    // The largest board of the examples: 12 × 12, neighbouring letters differ by one.
    {
      args: [
        diagonalAlphabet,
        ["abcdefghij", "lmnopqrstu", "zyx", "wvu", "aa", "aba", "bcb", "cdedc", "w", "wx"],
      ],
      expected: ["abcdefghij", "lmnopqrstu", "wvu", "bcb", "cdedc", "w"],
    },
  ],
  // A board of n random letters and n / 8 words, a quarter of them traced along the board:
  // checking word by word rescans the whole board for every word.
  generate: (n, random) => {
    const rows = Math.max(1, Math.floor(Math.sqrt(n)));
    const cols = Math.max(1, Math.ceil(n / rows));
    const letter = () => String.fromCharCode(97 + Math.floor(random() * 26));
    const board = Array.from({ length: rows }, () => Array.from({ length: cols }, letter));
    const words = new Set<string>();
    const count = Math.max(1, Math.floor(n / 8));
    for (let tries = 0; words.size < count && tries < count * 4; tries++) {
      const length = 4 + Math.floor(random() * 7);
      let word = "";
      if (tries % 4 === 0) {
        let r = Math.floor(random() * rows);
        let c = Math.floor(random() * cols);
        const used = new Set<number>();
        for (let i = 0; i < length; i++) {
          used.add(r * cols + c);
          word += board[r]?.[c] ?? "";
          const steps = [
            [r + 1, c],
            [r - 1, c],
            [r, c + 1],
            [r, c - 1],
          ].filter(
            ([y = -1, x = -1]) =>
              y >= 0 && y < rows && x >= 0 && x < cols && !used.has(y * cols + x),
          );
          const step = steps[Math.floor(random() * steps.length)];
          if (!step) break;
          [r = 0, c = 0] = step;
        }
      } else {
        for (let i = 0; i < length; i++) word += letter();
      }
      words.add(word);
    }
    return [board, [...words]];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function findWords(board, words) {
  const root = { next: new Map(), word: null };
  for (const w of words) {
    let node = root;
    for (let i = 0; i < w.length; i++) {
      let child = node.next.get(w[i]);
      if (child === undefined) {
        child = { next: new Map(), word: null };
        node.next.set(w[i], child);
      }
      node = child;
    }
    node.word = w;
  }
  const rows = board.length;
  const cols = board[0].length;
  const found = [];
  function dfs(r, c, parent) {
    const ch = board[r][c];
    const node = parent.next.get(ch);
    if (node === undefined) return;
    if (node.word !== null) {
      found.push(node.word);
      node.word = null;
    }
    if (node.next.size === 0) {
      parent.next.delete(ch);
      return;
    }
    board[r][c] = "#";
    if (r > 0) dfs(r - 1, c, node);
    if (r + 1 < rows) dfs(r + 1, c, node);
    if (c > 0) dfs(r, c - 1, node);
    if (c + 1 < cols) dfs(r, c + 1, node);
    board[r][c] = ch;
    if (node.next.size === 0 && node.word === null) parent.next.delete(ch);
  }
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) dfs(r, c, root);
  }
  return found;
}
`,
    python: `def findWords(board, words):
    root = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node["$"] = w
    rows, cols = len(board), len(board[0])
    found = []

    def dfs(r, c, parent):
        ch = board[r][c]
        node = parent.get(ch)
        if node is None:
            return
        word = node.pop("$", None)
        if word is not None:
            found.append(word)
        if node:
            board[r][c] = "#"
            for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                if 0 <= y < rows and 0 <= x < cols:
                    dfs(y, x, node)
            board[r][c] = ch
        if not node:
            del parent[ch]

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, root)
    return found
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function findWords(board, words) {
  const rows = board.length;
  const cols = board[0].length;
  function trace(word, i, r, c) {
    if (r < 0 || c < 0 || r >= rows || c >= cols || board[r][c] !== word[i]) return false;
    if (i === word.length - 1) return true;
    const ch = board[r][c];
    board[r][c] = "#";
    const ok =
      trace(word, i + 1, r - 1, c) ||
      trace(word, i + 1, r + 1, c) ||
      trace(word, i + 1, r, c - 1) ||
      trace(word, i + 1, r, c + 1);
    board[r][c] = ch;
    return ok;
  }
  const found = [];
  for (const word of words) {
    let ok = false;
    for (let r = 0; r < rows && !ok; r++) {
      for (let c = 0; c < cols && !ok; c++) ok = trace(word, 0, r, c);
    }
    if (ok) found.push(word);
  }
  return found;
}
`,
  },
  hints: [
    {
      en: "Searching for each word separately repeats the same walks over the board. Which work do words with a common beginning share?",
      ru: "Поиск каждого слова отдельно повторяет одни и те же обходы сетки. Какую работу разделяют слова с общим началом?",
    },
    {
      en: "Put all words into a trie, then walk the board once from every cell, following trie children as you step; stop as soon as the current path is no prefix of any word.",
      ru: "Сложите все слова в префиксное дерево и обойдите сетку один раз из каждой клетки, спускаясь по дереву на каждом шаге; прерывайтесь, как только путь перестал быть префиксом какого-либо слова.",
    },
    {
      en: "Backtrack with DFS: mark the cell as used, recurse into the four neighbours, unmark. Store the whole word at its trie node, clear it once reported, and prune trie leaves with no remaining words.",
      ru: "Используйте DFS с возвратом: пометьте клетку, спуститесь в четырёх соседей, снимите пометку. Храните слово в его узле дерева, очищайте после находки и удаляйте листья, под которыми не осталось слов.",
    },
  ],
  followUps: [
    {
      en: "How does pruning found words out of the trie change the running time on a board full of the same letter?",
      ru: "Как удаление найденных слов из дерева меняет время работы на сетке из одной и той же буквы?",
    },
    {
      en: "What if diagonal steps were allowed too, or a cell could be reused within one word?",
      ru: "Что если разрешить ходы по диагонали или повторное использование клетки в одном слове?",
    },
    {
      en: "Estimate the worst-case running time in terms of the board size and the maximum word length.",
      ru: "Оцените время работы в худшем случае через размер сетки и максимальную длину слова.",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Explains why one trie-guided DFS beats one search per word and bounds it: O(cells · 4 · 3^(L−1) + total letters) for words of length at most L, linear in the board for a fixed L.",
      },
      {
        en: "Avoids duplicate answers by clearing the word at its node, and restores the board after backtracking.",
      },
      {
        en: "Mentions pruning exhausted trie branches and tests corner cases such as a 1 × 1 board or words longer than the board.",
      },
    ],
    weak: [
      {
        en: "Runs the single-word search for every word and cannot say why it is slow for many words.",
      },
      {
        en: "Forgets to unmark cells on the way back, or reports the same word twice when it can be traced in two ways.",
      },
    ],
  },
};
