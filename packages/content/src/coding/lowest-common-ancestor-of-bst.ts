import { randomTree } from "../generators/random-tree.ts";
import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "lowest-common-ancestor-of-bst",
  title: {
    en: "Lowest Common Ancestor in a Binary Search Tree",
    ru: "Наименьший общий предок в дереве поиска",
  },
  difficulty: "medium",
  topics: ["trees"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `You get the \`root\` of a binary search tree with distinct values (smaller values in the left
subtree, larger ones in the right) and two values \`p\` and \`q\` that both occur in the tree.
Find the deepest node that has both the node holding \`p\` and the node holding \`q\` in its
subtree, and return that node's value. A node counts as part of its own subtree, so if \`p\` sits
above \`q\`, the answer is \`p\`; if \`p\` equals \`q\`, the answer is \`p\`.

Trees are shown below in level order, with \`null\` where a child is missing.

**Examples**

\`\`\`
tree = [6, 2, 8, 0, 4, 7, 9, null, null, 3, 5]
lowestCommonAncestor(tree, 2, 8)  →  6
lowestCommonAncestor(tree, 2, 4)  →  2
lowestCommonAncestor(tree, 3, 5)  →  4
\`\`\`

**Constraints**

- 1 ≤ number of nodes ≤ 10⁵
- −10⁹ ≤ node.val ≤ 10⁹, all values distinct
- \`p\` and \`q\` are values of nodes in the tree`,
    ru: `Даны корень \`root\` бинарного дерева поиска с различными значениями (меньшие — в левом
поддереве, большие — в правом) и два значения \`p\` и \`q\`, которые есть в дереве. Найдите
самый глубокий узел, в поддереве которого есть и узел со значением \`p\`, и узел со значением
\`q\`, и верните его значение. Узел входит в своё поддерево, поэтому если \`p\` выше \`q\`, ответ —
\`p\`; если \`p\` равно \`q\`, ответ — \`p\`.

Ниже деревья записаны по уровням, \`null\` — на месте отсутствующего потомка.

**Примеры**

\`\`\`
tree = [6, 2, 8, 0, 4, 7, 9, null, null, 3, 5]
lowestCommonAncestor(tree, 2, 8)  →  6
lowestCommonAncestor(tree, 2, 4)  →  2
lowestCommonAncestor(tree, 3, 5)  →  4
\`\`\`

**Ограничения**

- 1 ≤ число узлов ≤ 10⁵
- −10⁹ ≤ node.val ≤ 10⁹, все значения различны
- \`p\` и \`q\` — значения узлов дерева`,
  },
  entry: "lowestCommonAncestor",
  adapters: { args: ["tree", null, null] },
  starterCode: {
    javascript:
      "// TreeNode: { val, left, right }\nfunction lowestCommonAncestor(root, p, q) {\n  // p and q are values; return the ancestor's value\n}\n",
    typescript:
      "// TreeNode is predefined: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }\nfunction lowestCommonAncestor(root: TreeNode | null, p: number, q: number): number {\n  // p and q are values; return the ancestor's value\n  return 0;\n}\n",
    python:
      "# TreeNode is predefined: TreeNode(val, left, right)\ndef lowestCommonAncestor(root, p, q):\n    # p and q are values; return the ancestor's value\n    pass\n",
  },
  examples: [
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 2, 8], expected: 6 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 2, 4], expected: 2 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 3, 5], expected: 4 },
  ],
  hiddenTests: [
    { args: [[1], 1, 1], expected: 1 },
    { args: [[2, 1], 2, 1], expected: 2 },
    { args: [[2, 1], 1, 1], expected: 1 },
    { args: [[2, 1, 3], 1, 3], expected: 2 },
    { args: [[2, 1, 3], 3, 1], expected: 2 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 0, 5], expected: 2 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 0, 3], expected: 2 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 7, 9], expected: 8 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 9, 7], expected: 8 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 3, 7], expected: 6 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 5, 5], expected: 5 },
    { args: [[6, 2, 8, 0, 4, 7, 9, null, null, 3, 5], 6, 3], expected: 6 },
    { args: [[5, 4, null, 3, null, 2, null, 1], 1, 3], expected: 3 },
    { args: [[1, null, 2, null, 3, null, 4], 2, 4], expected: 2 },
    { args: [[0, -5, 5, -8, -2, 2, 8], -8, -2], expected: -5 },
    { args: [[0, -5, 5, -8, -2, 2, 8], -2, 2], expected: 0 },
    { args: [[-10, -20, -5, null, null, -7, -1], -7, -1], expected: -5 },
    { args: [[50, 30, 70, 20, 40, 60, 80], 20, 80], expected: 50 },
    { args: [[50, 30, 70, 20, 40, 60, 80], 60, 70], expected: 70 },
  ],
  // A random BST (depth near 3 ln n) and two random values in it: testing every node's subtree is O(n log n) or worse.
  generate: (n, random) => [
    randomTree(n, random, (key) => 2 * key - n),
    2 * Math.floor(random() * n) - n,
    2 * Math.floor(random() * n) - n,
  ],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function lowestCommonAncestor(root, p, q) {
  // Walk down from the root: O(h) time, O(1) space.
  let node = root;
  while (node !== null) {
    if (p < node.val && q < node.val) node = node.left;
    else if (p > node.val && q > node.val) node = node.right;
    else return node.val;
  }
  return null;
}
`,
    python: `def lowestCommonAncestor(root, p, q):
    node = root
    while node is not None:
        if p < node.val and q < node.val:
            node = node.left
        elif p > node.val and q > node.val:
            node = node.right
        else:
            return node.val
    return None
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function lowestCommonAncestor(root, p, q) {
  // Ignore the ordering: test every node's subtree for both values and keep the deepest match.
  function contains(node, value) {
    if (node === null) return false;
    return node.val === value || contains(node.left, value) || contains(node.right, value);
  }
  let best = null;
  let bestDepth = -1;
  function visit(node, depth) {
    if (node === null) return;
    if (depth > bestDepth && contains(node, p) && contains(node, q)) {
      best = node.val;
      bestDepth = depth;
    }
    visit(node.left, depth + 1);
    visit(node.right, depth + 1);
  }
  visit(root, 0);
  return best;
}
`,
  },
  hints: [
    {
      en: "You can solve this for any binary tree, but the search-tree ordering tells you which way p and q lie from every node.",
      ru: "Задачу можно решить для любого бинарного дерева, но порядок дерева поиска подсказывает, в какой стороне от узла лежат p и q.",
    },
    {
      en: "Start at the root. If both values are smaller than the node, the answer is in the left subtree; if both are larger, it is in the right one.",
      ru: "Начните с корня. Если оба значения меньше узла, ответ в левом поддереве; если оба больше — в правом.",
    },
    {
      en: "The first node where p and q are not on the same strict side (one goes left and one right, or one equals the node) is the answer; a simple loop needs O(h) time and O(1) space.",
      ru: "Первый узел, где p и q не лежат строго по одну сторону (один левее, другой правее, или один равен узлу), и есть ответ; простой цикл даёт O(h) времени и O(1) памяти.",
    },
  ],
  followUps: [
    {
      en: "How would you solve it for a general binary tree with no ordering?",
      ru: "Как решить задачу для обычного бинарного дерева без порядка?",
    },
    {
      en: "What would you do if p or q might be missing from the tree?",
      ru: "Что делать, если p или q может не оказаться в дереве?",
    },
    {
      en: "With many queries on the same large tree, how could you answer each one faster than O(h)?",
      ru: "Если запросов к одному большому дереву много, как отвечать на каждый быстрее, чем за O(h)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Uses the BST ordering to walk a single path, iteratively, in O(h) time and O(1) space.",
      },
      { en: "Handles the cases where one value is an ancestor of the other and where p equals q." },
    ],
    weak: [
      {
        en: "Ignores the ordering and searches both subtrees at every node, or builds root-to-node paths with extra memory, without discussing the cost.",
      },
      { en: "Assumes p < q, or misses that the split node may be p or q itself." },
    ],
  },
};
