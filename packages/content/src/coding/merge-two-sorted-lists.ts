import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** n values drawn at random and sorted ascending. */
function sortedValues(n: number, random: () => number): number[] {
  const values = Array.from({ length: n }, () => Math.floor(random() * 200001) - 100000);
  return values.sort((a, b) => a - b);
}

export const problem: CodingProblemInput = {
  id: "merge-two-sorted-lists",
  title: { en: "Merge Two Sorted Linked Lists", ru: "Слияние двух отсортированных списков" },
  difficulty: "easy",
  topics: ["linked-lists"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `You get the heads of two singly linked lists, \`list1\` and \`list2\`. Each list is already
sorted in non-decreasing order. Combine them into one list that is also sorted in non-decreasing
order, reusing the existing nodes, and return its head.

Either list may be empty. Lists are shown below as arrays of their values.

**Examples**

\`\`\`
mergeTwoLists([1, 2, 4], [1, 3, 4])  →  [1, 1, 2, 3, 4, 4]
mergeTwoLists([], [0])               →  [0]
mergeTwoLists([], [])                →  []
\`\`\`

**Constraints**

- 0 ≤ nodes in each list ≤ 10⁴
- −100 000 ≤ node.val ≤ 100 000
- both lists are sorted in non-decreasing order`,
    ru: `Даны головы двух односвязных списков \`list1\` и \`list2\`. Каждый список уже отсортирован
по неубыванию. Объедините их в один список, тоже отсортированный по неубыванию, используя
существующие узлы, и верните его голову.

Любой из списков может быть пустым. Ниже списки записаны массивами значений.

**Примеры**

\`\`\`
mergeTwoLists([1, 2, 4], [1, 3, 4])  →  [1, 1, 2, 3, 4, 4]
mergeTwoLists([], [0])               →  [0]
mergeTwoLists([], [])                →  []
\`\`\`

**Ограничения**

- 0 ≤ узлов в каждом списке ≤ 10⁴
- −100 000 ≤ node.val ≤ 100 000
- оба списка отсортированы по неубыванию`,
  },
  entry: "mergeTwoLists",
  adapters: { args: ["list", "list"], returns: "list" },
  starterCode: {
    javascript:
      "// ListNode: { val, next }\nfunction mergeTwoLists(list1, list2) {\n  // return the head of the merged list\n}\n",
    typescript:
      "// ListNode is predefined: class ListNode { val: number; next: ListNode | null }\nfunction mergeTwoLists(list1: ListNode | null, list2: ListNode | null): ListNode | null {\n  // return the head of the merged list\n  return null;\n}\n",
    python:
      "# ListNode is predefined: ListNode(val, next)\ndef mergeTwoLists(list1, list2):\n    # return the head of the merged list\n    pass\n",
  },
  examples: [
    {
      args: [
        [1, 2, 4],
        [1, 3, 4],
      ],
      expected: [1, 1, 2, 3, 4, 4],
    },
    { args: [[], [0]], expected: [0] },
    { args: [[], []], expected: [] },
  ],
  hiddenTests: [
    { args: [[], []], expected: [] },
    { args: [[], [0]], expected: [0] },
    { args: [[5], []], expected: [5] },
    { args: [[1], [1]], expected: [1, 1] },
    {
      args: [
        [1, 2, 4],
        [1, 3, 4],
      ],
      expected: [1, 1, 2, 3, 4, 4],
    },
    {
      args: [
        [1, 3, 5, 7],
        [2, 4, 6, 8],
      ],
      expected: [1, 2, 3, 4, 5, 6, 7, 8],
    },
    {
      args: [
        [1, 2, 3],
        [4, 5, 6],
      ],
      expected: [1, 2, 3, 4, 5, 6],
    },
    {
      args: [
        [4, 5, 6],
        [1, 2, 3],
      ],
      expected: [1, 2, 3, 4, 5, 6],
    },
    {
      args: [
        [2, 2, 2],
        [2, 2],
      ],
      expected: [2, 2, 2, 2, 2],
    },
    {
      args: [
        [-10, -5, 0],
        [-7, -5, 3],
      ],
      expected: [-10, -7, -5, -5, 0, 3],
    },
    { args: [[-100000], [100000]], expected: [-100000, 100000] },
    { args: [[0, 0, 1], [0]], expected: [0, 0, 0, 1] },
    { args: [[1, 1, 1, 10], [5]], expected: [1, 1, 1, 5, 10] },
    {
      args: [
        [-3, -2, -1],
        [-3, -2, -1],
      ],
      expected: [-3, -3, -2, -2, -1, -1],
    },
    { args: [[10], [1, 2, 3, 4, 5, 6, 7, 8, 9]], expected: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    {
      args: [
        [1, 4, 9, 16],
        [2, 3, 5, 7, 11, 13],
      ],
      expected: [1, 2, 3, 4, 5, 7, 9, 11, 13, 16],
    },
    { args: [[], [-2, -1, -1]], expected: [-2, -1, -1] },
  ],
  // Two interleaved sorted lists of n / 2 values each: inserting one by one from the head is quadratic.
  generate: (n, random) => [
    sortedValues(Math.ceil(n / 2), random),
    sortedValues(Math.floor(n / 2), random),
  ],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function mergeTwoLists(list1, list2) {
  const dummy = new ListNode(0, null);
  let tail = dummy;
  let a = list1;
  let b = list2;
  while (a !== null && b !== null) {
    if (a.val <= b.val) {
      tail.next = a;
      a = a.next;
    } else {
      tail.next = b;
      b = b.next;
    }
    tail = tail.next;
  }
  tail.next = a !== null ? a : b;
  return dummy.next;
}
`,
    python: `def mergeTwoLists(list1, list2):
    dummy = ListNode(0)
    tail = dummy
    a, b = list1, list2
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next = a
            a = a.next
        else:
            tail.next = b
            b = b.next
        tail = tail.next
    tail.next = a if a is not None else b
    return dummy.next
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function mergeTwoLists(list1, list2) {
  // Insert every node of list2 into list1, searching for its place from the head each time.
  const dummy = new ListNode(0, list1);
  let node = list2;
  while (node !== null) {
    const next = node.next;
    let prev = dummy;
    while (prev.next !== null && prev.next.val <= node.val) prev = prev.next;
    node.next = prev.next;
    prev.next = node;
    node = next;
  }
  return dummy.next;
}
`,
  },
  hints: [
    {
      en: "The smallest value of the result must be at the front of one of the two lists. Which one?",
      ru: "Наименьшее значение результата стоит в начале одного из двух списков. Какого?",
    },
    {
      en: "Compare the two current heads, move the smaller one to the end of the result, and advance in that list only.",
      ru: "Сравните текущие головы, перенесите меньшую в конец результата и продвиньтесь только в этом списке.",
    },
    {
      en: "A dummy node in front of the result removes the special case for the first node; when one list runs out, attach the rest of the other.",
      ru: "Фиктивный узел перед результатом убирает особый случай для первого узла; когда один список кончится, прицепите остаток другого.",
    },
  ],
  followUps: [
    {
      en: "Write it recursively. What is the stack depth, and is that acceptable for long lists?",
      ru: "Напишите рекурсивно. Какой будет глубина стека и приемлемо ли это для длинных списков?",
    },
    {
      en: "How would you merge k sorted lists efficiently?",
      ru: "Как эффективно слить k отсортированных списков?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Uses a dummy head and a tail pointer, splices the leftover list in one step, and states O(n + m) time, O(1) space.",
      },
      { en: "Tests the empty inputs and equal values without prompting." },
    ],
    weak: [
      {
        en: "Copies all values into an array and sorts them, ignoring that the lists are already sorted.",
      },
      { en: "Forgets to attach the remaining nodes after one list is exhausted." },
    ],
  },
};
