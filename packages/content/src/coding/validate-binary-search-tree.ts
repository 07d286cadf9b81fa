import { randomTree } from "../generators/random-tree.ts";
import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "validate-binary-search-tree",
  title: { en: "Check a Binary Search Tree", ru: "Проверка бинарного дерева поиска" },
  difficulty: "medium",
  topics: ["trees"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `You get the \`root\` of a binary tree. Return \`true\` if it is a valid binary search tree and
\`false\` otherwise. A tree is a valid binary search tree when, for every node:

- every value in its left subtree is strictly smaller than the node's value,
- every value in its right subtree is strictly larger than the node's value.

So equal values anywhere make the tree invalid. The empty tree is valid.
Trees are shown below in level order, with \`null\` where a child is missing.

**Examples**

\`\`\`
isValidBST([2, 1, 3])                      →  true
isValidBST([5, 1, 4, null, null, 3, 6])    →  false   (4 is in the right subtree of 5)
isValidBST([10, 5, 15, null, null, 6, 20]) →  false   (6 is in the right subtree of 10)
\`\`\`

**Constraints**

- 0 ≤ number of nodes ≤ 10⁴
- −2³¹ ≤ node.val ≤ 2³¹ − 1`,
    ru: `Дан корень \`root\` бинарного дерева. Верните \`true\`, если это корректное бинарное дерево
поиска, и \`false\` иначе. Дерево корректно, если для каждого узла:

- все значения в его левом поддереве строго меньше значения узла,
- все значения в его правом поддереве строго больше значения узла.

Значит, любые равные значения делают дерево некорректным. Пустое дерево корректно.
Ниже деревья записаны по уровням, \`null\` — на месте отсутствующего потомка.

**Примеры**

\`\`\`
isValidBST([2, 1, 3])                      →  true
isValidBST([5, 1, 4, null, null, 3, 6])    →  false   (4 в правом поддереве 5)
isValidBST([10, 5, 15, null, null, 6, 20]) →  false   (6 в правом поддереве 10)
\`\`\`

**Ограничения**

- 0 ≤ число узлов ≤ 10⁴
- −2³¹ ≤ node.val ≤ 2³¹ − 1`,
  },
  entry: "isValidBST",
  adapters: { args: ["tree"] },
  starterCode: {
    javascript:
      "// TreeNode: { val, left, right }\nfunction isValidBST(root) {\n  // return true or false\n}\n",
    typescript:
      "// TreeNode is predefined: class TreeNode { val: number; left: TreeNode | null; right: TreeNode | null }\nfunction isValidBST(root: TreeNode | null): boolean {\n  // return true or false\n  return false;\n}\n",
    python:
      "# TreeNode is predefined: TreeNode(val, left, right)\ndef isValidBST(root):\n    # return True or False\n    pass\n",
  },
  examples: [
    { args: [[2, 1, 3]], expected: true },
    { args: [[5, 1, 4, null, null, 3, 6]], expected: false },
    { args: [[10, 5, 15, null, null, 6, 20]], expected: false },
  ],
  hiddenTests: [
    { args: [[]], expected: true },
    { args: [[1]], expected: true },
    { args: [[2147483647]], expected: true },
    { args: [[-2147483648, null, 2147483647]], expected: true },
    { args: [[0, -1]], expected: true },
    { args: [[-1, -2, 0]], expected: true },
    { args: [[1, 1]], expected: false },
    { args: [[1, null, 1]], expected: false },
    { args: [[1, 2, 3]], expected: false },
    { args: [[3, 1, 5, 0, 2, 4, 6]], expected: true },
    { args: [[5, 4, 6, null, null, 3, 7]], expected: false },
    { args: [[10, 5, 15, null, null, 6, 20]], expected: false },
    { args: [[5, 4, null, 3, null, 2, null, 1]], expected: true },
    { args: [[1, null, 2, null, 3, null, 4]], expected: true },
    { args: [[1, null, 3, null, 2]], expected: false },
    { args: [[3, null, 30, 10, null, null, 15, null, 45]], expected: false },
    { args: [[8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 7, 9, 11, 13, 15]], expected: true },
    { args: [[8, 4, 12, 2, 6, 10, 14, 1, 3, 5, 9, 9, 11, 13, 15]], expected: false },
    { args: [[2, 2, 2]], expected: false },
  ],
  // A valid random BST (depth near 3 ln n), so nothing stops early; checking each node against
  // its whole subtrees costs the sum of all depths.
  generate: (n, random) => [randomTree(n, random, (key) => 2 * key - n)],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function isValidBST(root) {
  function check(node, low, high) {
    if (node === null) return true;
    if (low !== null && node.val <= low) return false;
    if (high !== null && node.val >= high) return false;
    return check(node.left, low, node.val) && check(node.right, node.val, high);
  }
  return check(root, null, null);
}
`,
    python: `def isValidBST(root):
    def check(node, low, high):
        if node is None:
            return True
        if low is not None and node.val <= low:
            return False
        if high is not None and node.val >= high:
            return False
        return check(node.left, low, node.val) and check(node.right, node.val, high)

    return check(root, None, None)
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function isValidBST(root) {
  // Compare every node with every value in its left and right subtrees.
  function allBelow(node, limit) {
    if (node === null) return true;
    return node.val < limit && allBelow(node.left, limit) && allBelow(node.right, limit);
  }
  function allAbove(node, limit) {
    if (node === null) return true;
    return node.val > limit && allAbove(node.left, limit) && allAbove(node.right, limit);
  }
  function valid(node) {
    if (node === null) return true;
    return allBelow(node.left, node.val) && allAbove(node.right, node.val) && valid(node.left) && valid(node.right);
  }
  return valid(root);
}
`,
  },
  hints: [
    {
      en: "Comparing each node only with its two children is not enough. Find a small tree where that check passes but the tree is invalid.",
      ru: "Сравнивать узел только с двумя детьми недостаточно. Найдите маленькое дерево, где такая проверка проходит, а дерево некорректно.",
    },
    {
      en: "Every node must lie inside an open interval set by its ancestors. How does that interval change when you step left or right?",
      ru: "Каждый узел должен лежать в открытом интервале, заданном его предками. Как меняется интервал при шаге влево или вправо?",
    },
    {
      en: "Recurse with (node, low, high): fail if node.val is not strictly between them, then pass (low, node.val) to the left child and (node.val, high) to the right. An in-order walk that must be strictly increasing also works.",
      ru: "Рекурсия с (node, low, high): ошибка, если node.val не строго между ними; левому ребёнку передайте (low, node.val), правому — (node.val, high). Подходит и симметричный обход, который должен строго возрастать.",
    },
  ],
  followUps: [
    {
      en: "Solve it with an in-order traversal that keeps only the previous value. Why does that work?",
      ru: "Решите через симметричный обход, который хранит только предыдущее значение. Почему это работает?",
    },
    {
      en: "How would you handle bounds if the values could be the smallest or largest integers of the language, in a language with fixed-width ints?",
      ru: "Как задавать границы, если значения могут быть минимальным или максимальным целым в языке с целыми фиксированной ширины?",
    },
    {
      en: "What changes if duplicates are allowed, say in the left subtree?",
      ru: "Что изменится, если дубликаты разрешены, например в левом поддереве?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Spots the children-only trap with a counterexample and passes down low/high bounds, O(n) time and O(h) space.",
      },
      {
        en: "Avoids sentinel values like ±2³¹ (uses null bounds or the in-order previous value) and treats duplicates as invalid.",
      },
    ],
    weak: [
      {
        en: "Compares each node only with its direct children and accepts [5, 4, 6, null, null, 3, 7].",
      },
      {
        en: "Collects all values, sorts them and compares, without noticing duplicates or the wasted O(n log n).",
      },
    ],
  },
};
