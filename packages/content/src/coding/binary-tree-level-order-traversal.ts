import { randomTree } from "../generators/random-tree.ts";
import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "binary-tree-level-order-traversal",
  title: { en: "Binary Tree Values Level by Level", ru: "Обход бинарного дерева по уровням" },
  difficulty: "medium",
  topics: ["trees"],
  tracks: ["backend", "frontend", "fullstack", "data"],
  statement: {
    en: `You get the \`root\` of a binary tree. Return its values grouped by depth: a list whose first
element holds the root's value, the second holds the values one step below the root, and so on.
Inside each group, list the values from left to right. An empty tree gives an empty list.

Trees are shown below in level order, with \`null\` where a child is missing.

**Examples**

\`\`\`
levelOrder([3, 9, 20, null, null, 15, 7])  →  [[3], [9, 20], [15, 7]]
levelOrder([1])                            →  [[1]]
levelOrder([])                             →  []
\`\`\`

**Constraints**

- 0 ≤ number of nodes ≤ 2000
- −1000 ≤ node.val ≤ 1000`,
    ru: `Дан корень \`root\` бинарного дерева. Верните его значения, сгруппированные по глубине:
список, первый элемент которого содержит значение корня, второй — значения на один уровень ниже
и так далее. Внутри группы перечисляйте значения слева направо. Для пустого дерева верните пустой
список.

Ниже деревья записаны по уровням, \`null\` — на месте отсутствующего потомка.

**Примеры**

\`\`\`
levelOrder([3, 9, 20, null, null, 15, 7])  →  [[3], [9, 20], [15, 7]]
levelOrder([1])                            →  [[1]]
levelOrder([])                             →  []
\`\`\`

**Ограничения**

- 0 ≤ число узлов ≤ 2000
- −1000 ≤ node.val ≤ 1000`,
  },
  entry: "levelOrder",
  adapters: { args: ["tree"] },
  starterCode: {
    javascript:
      "// TreeNode: { val, left, right }\nfunction levelOrder(root) {\n  // return [[root value], [values one level down], ...]\n}\n",
    typescript:
      "// TreeNode is predefined: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }\nfunction levelOrder(root: TreeNode | null): number[][] {\n  // return [[root value], [values one level down], ...]\n  return [];\n}\n",
    python:
      "# TreeNode is predefined: TreeNode(val, left, right)\ndef levelOrder(root):\n    # return [[root value], [values one level down], ...]\n    pass\n",
  },
  examples: [
    { args: [[3, 9, 20, null, null, 15, 7]], expected: [[3], [9, 20], [15, 7]] },
    { args: [[1]], expected: [[1]] },
    { args: [[]], expected: [] },
  ],
  hiddenTests: [
    { args: [[]], expected: [] },
    { args: [[1]], expected: [[1]] },
    { args: [[1000, -1000]], expected: [[1000], [-1000]] },
    { args: [[3, 9, 20, null, null, 15, 7]], expected: [[3], [9, 20], [15, 7]] },
    { args: [[1, 2, 3, 4, 5, 6, 7]], expected: [[1], [2, 3], [4, 5, 6, 7]] },
    { args: [[1, 2, null, 3, null, 4]], expected: [[1], [2], [3], [4]] },
    { args: [[1, null, 2, null, 3]], expected: [[1], [2], [3]] },
    { args: [[-1, -2, -3, null, -4]], expected: [[-1], [-2, -3], [-4]] },
    { args: [[5, 5, 5, 5, 5]], expected: [[5], [5, 5], [5, 5]] },
    { args: [[7, 7, null, 7, null, 7]], expected: [[7], [7], [7], [7]] },
    { args: [[1, 2, 3, null, 4, null, 5]], expected: [[1], [2, 3], [4, 5]] },
    {
      args: [[0, 1, 2, 3, null, null, 4, 5, null, null, 6]],
      expected: [[0], [1, 2], [3, 4], [5, 6]],
    },
    { args: [[10, null, -10, 7]], expected: [[10], [-10], [7]] },
    {
      args: [[1, 2, 3, 4, null, null, 5, 6, null, null, 7]],
      expected: [[1], [2, 3], [4, 5], [6, 7]],
    },
    { args: [[8, 4, 12, 2, 6, 10, 14, 1]], expected: [[8], [4, 12], [2, 6, 10, 14], [1]] },
    { args: [[2, 1, 3, null, null, null, 4, null, 5]], expected: [[2], [1, 3], [4], [5]] },
    { args: [[0, 0, 0, null, 0, 0]], expected: [[0], [0, 0], [0, 0]] },
  ],
  // A random tree about 3 ln n deep: collecting each depth by a new search from the root re-walks the top levels.
  generate: (n, random) => [randomTree(n, random, () => Math.floor(random() * 2001) - 1000)],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function levelOrder(root) {
  const levels = [];
  let current = root === null ? [] : [root];
  while (current.length > 0) {
    const values = [];
    const next = [];
    for (const node of current) {
      values.push(node.val);
      if (node.left !== null) next.push(node.left);
      if (node.right !== null) next.push(node.right);
    }
    levels.push(values);
    current = next;
  }
  return levels;
}
`,
    python: `def levelOrder(root):
    levels = []
    current = [root] if root is not None else []
    while current:
        levels.append([node.val for node in current])
        nxt = []
        for node in current:
            if node.left is not None:
                nxt.append(node.left)
            if node.right is not None:
                nxt.append(node.right)
        current = nxt
    return levels
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function levelOrder(root) {
  // For each depth, search the tree again from the root and collect the nodes at that depth.
  function collect(node, depth, out) {
    if (node === null) return;
    if (depth === 0) {
      out.push(node.val);
      return;
    }
    collect(node.left, depth - 1, out);
    collect(node.right, depth - 1, out);
  }
  const levels = [];
  for (let depth = 0; ; depth++) {
    const values = [];
    collect(root, depth, values);
    if (values.length === 0) break;
    levels.push(values);
  }
  return levels;
}
`,
  },
  hints: [
    {
      en: "A depth-first walk visits nodes in the wrong order for this. Which data structure hands nodes out in the order they were discovered?",
      ru: "Обход в глубину посещает узлы не в том порядке. Какая структура данных выдаёт узлы в порядке их обнаружения?",
    },
    {
      en: "Process the tree one level at a time: all nodes of the current level produce the nodes of the next one.",
      ru: "Обрабатывайте дерево по одному уровню: все узлы текущего уровня дают узлы следующего.",
    },
    {
      en: "Use a queue (or a list for the current level): record the values of the current level, push each node's non-null left then right child for the next level, and stop when a level is empty.",
      ru: "Используйте очередь (или список текущего уровня): запишите значения уровня, добавьте для следующего уровня непустых левого, затем правого потомка каждого узла и остановитесь на пустом уровне.",
    },
  ],
  followUps: [
    {
      en: "Return the levels in zigzag order: left to right, then right to left, alternating.",
      ru: "Верните уровни зигзагом: слева направо, затем справа налево, поочерёдно.",
    },
    {
      en: "Can you produce the same output with a depth-first search? What extra information do you pass down?",
      ru: "Можно ли получить тот же результат обходом в глубину? Какую дополнительную информацию нужно передавать вниз?",
    },
    {
      en: "How would you return only the rightmost value of each level (the view from the right)?",
      ru: "Как вернуть только самое правое значение каждого уровня (вид справа)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Goes straight to BFS with a per-level boundary (level size or two lists) and states O(n) time and O(w) extra space for the widest level.",
      },
      { en: "Handles the empty tree and explains the DFS alternative that passes the depth." },
    ],
    weak: [
      { en: "Uses array.shift() on a large queue without noticing it may be O(n) per call." },
      { en: "Mixes levels together because the level boundary is not tracked." },
    ],
  },
};
