import { randomTree } from "../generators/random-tree.ts";
import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "invert-binary-tree",
  title: { en: "Mirror a Binary Tree", ru: "Зеркальное отражение бинарного дерева" },
  difficulty: "easy",
  topics: ["trees"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `You get the \`root\` of a binary tree (each node has \`val\`, \`left\` and \`right\`). Turn the
tree into its mirror image: at every node, the left and right subtrees trade places. Return the
root of the mirrored tree.

Trees are shown below in level order, with \`null\` where a child is missing.

**Examples**

\`\`\`
invertTree([4, 2, 7, 1, 3, 6, 9])  →  [4, 7, 2, 9, 6, 3, 1]
invertTree([2, 1, 3])              →  [2, 3, 1]
invertTree([])                     →  []
\`\`\`

**Constraints**

- 0 ≤ number of nodes ≤ 1000
- −1000 ≤ node.val ≤ 1000`,
    ru: `Дан корень \`root\` бинарного дерева (у каждого узла есть \`val\`, \`left\` и \`right\`).
Превратите дерево в его зеркальное отражение: в каждом узле левое и правое поддеревья меняются
местами. Верните корень отражённого дерева.

Ниже деревья записаны по уровням, \`null\` — на месте отсутствующего потомка.

**Примеры**

\`\`\`
invertTree([4, 2, 7, 1, 3, 6, 9])  →  [4, 7, 2, 9, 6, 3, 1]
invertTree([2, 1, 3])              →  [2, 3, 1]
invertTree([])                     →  []
\`\`\`

**Ограничения**

- 0 ≤ число узлов ≤ 1000
- −1000 ≤ node.val ≤ 1000`,
  },
  entry: "invertTree",
  adapters: { args: ["tree"], returns: "tree" },
  starterCode: {
    javascript:
      "// TreeNode: { val, left, right }\nfunction invertTree(root) {\n  // return the root of the mirrored tree\n}\n",
    typescript:
      "// TreeNode is predefined: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }\nfunction invertTree(root: TreeNode | null): TreeNode | null {\n  // return the root of the mirrored tree\n  return null;\n}\n",
    python:
      "# TreeNode is predefined: TreeNode(val, left, right)\ndef invertTree(root):\n    # return the root of the mirrored tree\n    pass\n",
  },
  examples: [
    { args: [[4, 2, 7, 1, 3, 6, 9]], expected: [4, 7, 2, 9, 6, 3, 1] },
    { args: [[2, 1, 3]], expected: [2, 3, 1] },
    { args: [[]], expected: [] },
  ],
  hiddenTests: [
    { args: [[]], expected: [] },
    { args: [[1]], expected: [1] },
    { args: [[1, 2]], expected: [1, null, 2] },
    { args: [[1, null, 2]], expected: [1, 2] },
    { args: [[2, 1, 3]], expected: [2, 3, 1] },
    { args: [[-1, -2, -3]], expected: [-1, -3, -2] },
    { args: [[7, null, -7]], expected: [7, -7] },
    { args: [[4, 2, 7, 1, 3, 6, 9]], expected: [4, 7, 2, 9, 6, 3, 1] },
    { args: [[1, 2, 3, 4, 5, 6, 7]], expected: [1, 3, 2, 7, 6, 5, 4] },
    { args: [[1, 2, null, 3, null, 4]], expected: [1, null, 2, null, 3, null, 4] },
    { args: [[1, null, 2, null, 3]], expected: [1, 2, null, 3] },
    { args: [[5, 5, 5, 5, null, null, 5]], expected: [5, 5, 5, 5, null, null, 5] },
    { args: [[2, 2, 2, 3]], expected: [2, 2, 2, null, null, null, 3] },
    { args: [[1, 2, 3, null, 4]], expected: [1, 3, 2, null, null, 4] },
    { args: [[3, 1, null, null, 2]], expected: [3, null, 1, 2] },
    {
      args: [[0, -100, 100, -200, null, null, 200]],
      expected: [0, 100, -100, 200, null, null, -200],
    },
    {
      args: [[1, 2, 3, 4, null, null, 5, 6, null, null, 7]],
      expected: [1, 3, 2, 5, null, null, 4, 7, null, null, 6],
    },
    {
      args: [[10, 5, 15, 3, 7, 12, 20, 1]],
      expected: [10, 15, 5, 20, 12, 7, 3, null, null, null, null, null, null, null, 1],
    },
  ],
  // A random tree about 3 ln n deep: mirroring one depth at a time re-walks the top of the tree.
  generate: (n, random) => [randomTree(n, random, () => Math.floor(random() * 201) - 100)],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function invertTree(root) {
  if (root === null) return null;
  const left = invertTree(root.left);
  root.left = invertTree(root.right);
  root.right = left;
  return root;
}
`,
    python: `def invertTree(root):
    if root is None:
        return None
    left = invertTree(root.left)
    root.left = invertTree(root.right)
    root.right = left
    return root
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function invertTree(root) {
  // Swap the children of every node at depth d, searching from the root again for each d.
  function swapAt(node, depth) {
    if (node === null) return false;
    if (depth === 0) {
      const left = node.left;
      node.left = node.right;
      node.right = left;
      return true;
    }
    const a = swapAt(node.left, depth - 1);
    const b = swapAt(node.right, depth - 1);
    return a || b;
  }
  for (let depth = 0; swapAt(root, depth); depth++) {}
  return root;
}
`,
  },
  hints: [
    {
      en: "Mirroring the whole tree means mirroring each subtree too. Does that suggest recursion?",
      ru: "Отразить всё дерево — значит отразить и каждое поддерево. Не подсказывает ли это рекурсию?",
    },
    {
      en: "For one node: mirror its left subtree, mirror its right subtree, then hang them on the opposite sides.",
      ru: "Для одного узла: отразите левое поддерево, отразите правое, затем повесьте их на противоположные стороны.",
    },
    {
      en: "Visit every node once (recursively, or with a queue or stack) and swap node.left with node.right; the empty tree returns null.",
      ru: "Посетите каждый узел один раз (рекурсией, очередью или стеком) и поменяйте node.left и node.right; для пустого дерева верните null.",
    },
  ],
  followUps: [
    {
      en: "Write it without recursion. Which is better for a very deep tree, and why?",
      ru: "Напишите без рекурсии. Что лучше для очень глубокого дерева и почему?",
    },
    {
      en: "How would you check whether a tree is symmetric, i.e. equal to its own mirror?",
      ru: "Как проверить, что дерево симметрично, то есть совпадает со своим отражением?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Writes the short recursion quickly, states O(n) time and O(h) stack, and offers a BFS or explicit-stack version.",
      },
      {
        en: "Handles the empty tree and skewed trees and explains the recursion-depth risk on a degenerate tree.",
      },
    ],
    weak: [
      { en: "Swaps only the values of the children instead of the subtrees." },
      {
        en: "Overwrites node.left before saving it, so both sides end up pointing to the same subtree.",
      },
    ],
  },
};
