import { randomTree } from "../generators/random-tree.ts";
import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "binary-tree-maximum-path-sum",
  title: {
    en: "Largest Path Sum in a Binary Tree",
    ru: "Максимальная сумма пути в бинарном дереве",
  },
  difficulty: "hard",
  topics: ["trees", "dynamic-programming"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `You get the \`root\` of a non-empty binary tree whose values may be negative. A path is a
sequence of at least one node in which each pair of neighbours is joined by an edge (parent and
child), and no node appears twice. A path does not have to pass through the root, and it may go
up from one node and back down to another. Return the largest sum of values over all paths.

Trees are shown below in level order, with \`null\` where a child is missing.

**Examples**

\`\`\`
maxPathSum([1, 2, 3])                         →  6    (2 → 1 → 3)
maxPathSum([-10, 9, 20, null, null, 15, 7])   →  42   (15 → 20 → 7)
maxPathSum([-3])                              →  -3
\`\`\`

**Constraints**

- 1 ≤ number of nodes ≤ 3 · 10⁴
- −1000 ≤ node.val ≤ 1000`,
    ru: `Дан корень \`root\` непустого бинарного дерева; значения могут быть отрицательными. Путь —
последовательность из одного или более узлов, в которой соседние узлы соединены ребром (родитель
и потомок) и ни один узел не повторяется. Путь не обязан проходить через корень и может
подняться от одного узла и спуститься к другому. Верните наибольшую сумму значений среди всех
путей.

Ниже деревья записаны по уровням, \`null\` — на месте отсутствующего потомка.

**Примеры**

\`\`\`
maxPathSum([1, 2, 3])                         →  6    (2 → 1 → 3)
maxPathSum([-10, 9, 20, null, null, 15, 7])   →  42   (15 → 20 → 7)
maxPathSum([-3])                              →  -3
\`\`\`

**Ограничения**

- 1 ≤ число узлов ≤ 3 · 10⁴
- −1000 ≤ node.val ≤ 1000`,
  },
  entry: "maxPathSum",
  adapters: { args: ["tree"] },
  starterCode: {
    javascript:
      "// TreeNode: { val, left, right }\nfunction maxPathSum(root) {\n  // return the largest path sum\n}\n",
    typescript:
      "// TreeNode is predefined: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }\nfunction maxPathSum(root: TreeNode | null): number {\n  // return the largest path sum\n  return 0;\n}\n",
    python:
      "# TreeNode is predefined: TreeNode(val, left, right)\ndef maxPathSum(root):\n    # return the largest path sum\n    pass\n",
  },
  examples: [
    { args: [[1, 2, 3]], expected: 6 },
    { args: [[-10, 9, 20, null, null, 15, 7]], expected: 42 },
    { args: [[-3]], expected: -3 },
  ],
  hiddenTests: [
    { args: [[0]], expected: 0 },
    { args: [[-3]], expected: -3 },
    { args: [[2, -1]], expected: 2 },
    { args: [[-2, -1]], expected: -1 },
    { args: [[-1, -2, -3]], expected: -1 },
    { args: [[-1000, -1000, -1000]], expected: -1000 },
    { args: [[1, 2, 3]], expected: 6 },
    { args: [[-10, 9, 20, null, null, 15, 7]], expected: 42 },
    { args: [[5, 4, 8, 11, null, 13, 4, 7, 2, null, null, null, 1]], expected: 48 },
    { args: [[1, -2, -3, 1, 3, -2, null, -1]], expected: 3 },
    { args: [[10, 2, 10, 20, 1, null, -25, null, null, null, null, 3, 4]], expected: 42 },
    { args: [[1, 2, null, 3, null, 4]], expected: 10 },
    { args: [[1, -5, null, 2, null, 3]], expected: 5 },
    { args: [[-1, null, -2, null, 5]], expected: 5 },
    { args: [[2, 2, 2, 2, 2, 2, 2]], expected: 10 },
    { args: [[1000, -1000, 1000, null, null, -1000, 1000]], expected: 3000 },
    { args: [[-5, 3, -4, null, null, 8, -6]], expected: 8 },
    { args: [[5, -1, -1, 4, null, null, 6]], expected: 13 },
  ],
  // A random tree about 3 ln n deep with mixed signs: recomputing every node's best downward path is O(n log n) or worse.
  generate: (n, random) => [randomTree(n, random, () => Math.floor(random() * 2001) - 1000)],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function maxPathSum(root) {
  let best = -Infinity;
  // Returns the best sum of a path that starts at node and goes down; updates best with paths bending at node.
  function gain(node) {
    if (node === null) return 0;
    const left = Math.max(0, gain(node.left));
    const right = Math.max(0, gain(node.right));
    if (node.val + left + right > best) best = node.val + left + right;
    return node.val + Math.max(left, right);
  }
  gain(root);
  return best;
}
`,
    python: `def maxPathSum(root):
    best = float("-inf")

    def gain(node):
        nonlocal best
        if node is None:
            return 0
        left = max(0, gain(node.left))
        right = max(0, gain(node.right))
        best = max(best, node.val + left + right)
        return node.val + max(left, right)

    gain(root)
    return best
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function maxPathSum(root) {
  // Try every node as the top of the path, recomputing the best downward paths below it from scratch.
  function down(node) {
    if (node === null) return 0;
    return node.val + Math.max(0, down(node.left), down(node.right));
  }
  let best = -Infinity;
  function visit(node) {
    if (node === null) return;
    const through = node.val + Math.max(0, down(node.left)) + Math.max(0, down(node.right));
    if (through > best) best = through;
    visit(node.left);
    visit(node.right);
  }
  visit(root);
  return best;
}
`,
  },
  hints: [
    {
      en: "Every path has one highest node, where it may bend. Think about the best path whose highest node is a given node.",
      ru: "У каждого пути есть самый высокий узел, где он может повернуть. Подумайте о лучшем пути, самый высокий узел которого — данный.",
    },
    {
      en: "That path is the node plus the best downward path into the left child plus the best into the right child, where a negative contribution is replaced by zero.",
      ru: "Такой путь — это узел плюс лучший путь вниз в левого потомка и лучший в правого, причём отрицательный вклад заменяется нулём.",
    },
    {
      en: "Do one post-order pass: gain(node) = node.val + max(0, gain(left), gain(right)) is returned to the parent, while node.val + max(0, gain(left)) + max(0, gain(right)) updates a global best initialised to −∞.",
      ru: "Один обход в обратном порядке: родителю возвращается gain(node) = node.val + max(0, gain(left), gain(right)), а node.val + max(0, gain(left)) + max(0, gain(right)) обновляет глобальный максимум, начальное значение −∞.",
    },
  ],
  followUps: [
    {
      en: "Return the nodes of the best path, not just its sum.",
      ru: "Верните узлы лучшего пути, а не только сумму.",
    },
    {
      en: "The tree can be 10⁵ levels deep. How do you avoid a stack overflow?",
      ru: "Глубина дерева может быть 10⁵. Как избежать переполнения стека?",
    },
    {
      en: "How does the answer change if a path must start and end at leaves?",
      ru: "Как изменится решение, если путь должен начинаться и заканчиваться в листьях?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Separates what a node returns to its parent (one branch) from what it records as a candidate (both branches), O(n) time and O(h) space.",
      },
      {
        en: "Initialises the answer to −∞ or the root value so an all-negative tree returns its largest value, and clamps negative branches to zero.",
      },
    ],
    weak: [
      { en: "Returns the two-branch sum to the parent, producing paths that fork." },
      { en: "Initialises the best sum to 0 and answers 0 for an all-negative tree." },
    ],
  },
};
