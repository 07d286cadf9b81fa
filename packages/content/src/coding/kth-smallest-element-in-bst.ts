import { randomTree } from "../generators/random-tree.ts";
import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "kth-smallest-element-in-bst",
  title: {
    en: "K-th Smallest Value in a Binary Search Tree",
    ru: "K-е наименьшее значение в дереве поиска",
  },
  difficulty: "medium",
  topics: ["trees"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `You get the \`root\` of a binary search tree with distinct values (smaller values in the left
subtree, larger ones in the right) and an integer \`k\`. Return the value that would stand at
position \`k\` (counting from 1) if all the tree's values were sorted in ascending order.

Trees are shown below in level order, with \`null\` where a child is missing.

**Examples**

\`\`\`
kthSmallest([3, 1, 4, null, 2], 1)              →  1
kthSmallest([5, 3, 6, 2, 4, null, null, 1], 3)  →  3
\`\`\`

**Constraints**

- 1 ≤ k ≤ number of nodes ≤ 10⁴
- −10⁴ ≤ node.val ≤ 10⁴, all values distinct
- the tree is a valid binary search tree`,
    ru: `Даны корень \`root\` бинарного дерева поиска с различными значениями (меньшие — в левом
поддереве, большие — в правом) и целое число \`k\`. Верните значение, которое оказалось бы на
позиции \`k\` (считая с 1), если упорядочить все значения дерева по возрастанию.

Ниже деревья записаны по уровням, \`null\` — на месте отсутствующего потомка.

**Примеры**

\`\`\`
kthSmallest([3, 1, 4, null, 2], 1)              →  1
kthSmallest([5, 3, 6, 2, 4, null, null, 1], 3)  →  3
\`\`\`

**Ограничения**

- 1 ≤ k ≤ число узлов ≤ 10⁴
- −10⁴ ≤ node.val ≤ 10⁴, все значения различны
- дерево — корректное бинарное дерево поиска`,
  },
  entry: "kthSmallest",
  adapters: { args: ["tree", null] },
  starterCode: {
    javascript:
      "// TreeNode: { val, left, right }\nfunction kthSmallest(root, k) {\n  // return the k-th smallest value\n}\n",
    typescript:
      "// TreeNode is predefined: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }\nfunction kthSmallest(root: TreeNode | null, k: number): number {\n  // return the k-th smallest value\n  return 0;\n}\n",
    python:
      "# TreeNode is predefined: TreeNode(val, left, right)\ndef kthSmallest(root, k):\n    # return the k-th smallest value\n    pass\n",
  },
  examples: [
    { args: [[3, 1, 4, null, 2], 1], expected: 1 },
    { args: [[5, 3, 6, 2, 4, null, null, 1], 3], expected: 3 },
  ],
  hiddenTests: [
    { args: [[1], 1], expected: 1 },
    { args: [[-7], 1], expected: -7 },
    { args: [[2, 1], 1], expected: 1 },
    { args: [[2, 1], 2], expected: 2 },
    { args: [[1, null, 2], 2], expected: 2 },
    { args: [[3, 1, 4, null, 2], 1], expected: 1 },
    { args: [[3, 1, 4, null, 2], 3], expected: 3 },
    { args: [[5, 3, 6, 2, 4, null, null, 1], 3], expected: 3 },
    { args: [[5, 3, 6, 2, 4, null, null, 1], 6], expected: 6 },
    { args: [[5, 4, null, 3, null, 2, null, 1], 2], expected: 2 },
    { args: [[1, null, 2, null, 3, null, 4, null, 5], 4], expected: 4 },
    { args: [[-5, -10, 0, -20, -7, null, 3], 2], expected: -10 },
    { args: [[-5, -10, 0, -20, -7, null, 3], 5], expected: 0 },
    { args: [[50, 30, 70, 20, 40, 60, 80], 4], expected: 50 },
    { args: [[10, 5, 15, null, 7, 12], 3], expected: 10 },
    { args: [[8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15], 1], expected: 1 },
    { args: [[8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15], 8], expected: 8 },
    { args: [[8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15], 10], expected: 10 },
    { args: [[8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15], 15], expected: 15 },
  ],
  // A random BST (depth near 3 ln n) and k in the upper half: finding the minimum k times is quadratic.
  generate: (n, random) => [
    randomTree(n, random, (key) => 2 * key - n),
    n - Math.floor(random() * Math.ceil(n / 2)),
  ],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function kthSmallest(root, k) {
  // In-order walk with an explicit stack, stopping at the k-th value: O(h + k).
  const stack = [];
  let node = root;
  while (node !== null || stack.length > 0) {
    while (node !== null) {
      stack.push(node);
      node = node.left;
    }
    node = stack.pop();
    k--;
    if (k === 0) return node.val;
    node = node.right;
  }
  return null;
}
`,
    python: `def kthSmallest(root, k):
    stack = []
    node = root
    while node is not None or stack:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        k -= 1
        if k == 0:
            return node.val
        node = node.right
    return None
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function kthSmallest(root, k) {
  // k times, scan the whole tree for the smallest value above the previous answer.
  function smallestAbove(node, floor) {
    if (node === null) return null;
    let best = node.val > floor ? node.val : null;
    const left = smallestAbove(node.left, floor);
    const right = smallestAbove(node.right, floor);
    if (left !== null && (best === null || left < best)) best = left;
    if (right !== null && (best === null || right < best)) best = right;
    return best;
  }
  let answer = -Infinity;
  for (let i = 0; i < k; i++) answer = smallestAbove(root, answer);
  return answer;
}
`,
  },
  hints: [
    {
      en: "Which traversal of a binary search tree visits the values in ascending order?",
      ru: "Какой обход бинарного дерева поиска посещает значения по возрастанию?",
    },
    {
      en: "You do not need the whole sorted list: count nodes as the in-order walk visits them and stop at the k-th.",
      ru: "Весь отсортированный список не нужен: считайте узлы по ходу симметричного обхода и остановитесь на k-м.",
    },
    {
      en: "With an explicit stack: push nodes while going left, pop one, decrement k (return its value when k hits 0), then move to its right child. That costs O(h + k).",
      ru: "С явным стеком: спускаясь влево, кладите узлы в стек, снимите один, уменьшите k (при нуле верните значение), затем перейдите к правому потомку. Это O(h + k).",
    },
  ],
  followUps: [
    {
      en: "If the tree is modified often and k-th queries are frequent, what would you store in each node to answer in O(h)?",
      ru: "Если дерево часто меняется, а запросы k-го частые, что хранить в каждом узле, чтобы отвечать за O(h)?",
    },
    {
      en: "Can you do the in-order walk in O(1) extra space (Morris traversal)? What does it temporarily change?",
      ru: "Можно ли сделать симметричный обход за O(1) памяти (обход Морриса)? Что он временно меняет?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Uses the in-order property, stops early after k nodes, and states O(h + k) time and O(h) space.",
      },
      { en: "Discusses subtree-size augmentation for frequent queries on a changing tree." },
    ],
    weak: [
      { en: "Collects every value and sorts them, ignoring the BST order (O(n log n))." },
      { en: "Gets k off by one, or keeps walking the tree after the answer is found." },
    ],
  },
};
