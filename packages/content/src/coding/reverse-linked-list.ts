import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "reverse-linked-list",
  title: { en: "Reverse a Linked List", ru: "Разворот связного списка" },
  difficulty: "easy",
  topics: ["linked-lists"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `You get the first node \`head\` of a singly linked list (each node has \`val\` and \`next\`).
Turn the list around so that its last node comes first, and return the new first node.

The list may be empty (\`head\` is \`null\`). Lists are shown below as arrays of their values.

**Examples**

\`\`\`
reverseList([1, 2, 3, 4, 5])  →  [5, 4, 3, 2, 1]
reverseList([1, 2])           →  [2, 1]
reverseList([])               →  []
\`\`\`

**Constraints**

- 0 ≤ number of nodes ≤ 5000
- −5000 ≤ node.val ≤ 5000`,
    ru: `Дан первый узел \`head\` односвязного списка (у каждого узла есть \`val\` и \`next\`).
Разверните список так, чтобы последний узел стал первым, и верните новый первый узел.

Список может быть пустым (\`head\` равен \`null\`). Ниже списки записаны массивами значений.

**Примеры**

\`\`\`
reverseList([1, 2, 3, 4, 5])  →  [5, 4, 3, 2, 1]
reverseList([1, 2])           →  [2, 1]
reverseList([])               →  []
\`\`\`

**Ограничения**

- 0 ≤ число узлов ≤ 5000
- −5000 ≤ node.val ≤ 5000`,
  },
  entry: "reverseList",
  adapters: { args: ["list"], returns: "list" },
  starterCode: {
    javascript:
      "// ListNode: { val, next }\nfunction reverseList(head) {\n  // return the new head\n}\n",
    typescript:
      "// ListNode is predefined: class ListNode { val: number; next: ListNode | null }\nfunction reverseList(head: ListNode | null): ListNode | null {\n  // return the new head\n  return null;\n}\n",
    python:
      "# ListNode is predefined: ListNode(val, next)\ndef reverseList(head):\n    # return the new head\n    pass\n",
  },
  examples: [
    { args: [[1, 2, 3, 4, 5]], expected: [5, 4, 3, 2, 1] },
    { args: [[1, 2]], expected: [2, 1] },
    { args: [[]], expected: [] },
  ],
  hiddenTests: [
    { args: [[]], expected: [] },
    { args: [[0]], expected: [0] },
    { args: [[1, 2]], expected: [2, 1] },
    { args: [[2, 1]], expected: [1, 2] },
    { args: [[1, 2, 3, 4, 5]], expected: [5, 4, 3, 2, 1] },
    { args: [[7, 7, 7]], expected: [7, 7, 7] },
    { args: [[1, 1, 2, 2]], expected: [2, 2, 1, 1] },
    { args: [[-1, 0, 1]], expected: [1, 0, -1] },
    { args: [[3, -3, 3, -3]], expected: [-3, 3, -3, 3] },
    { args: [[5000, -5000]], expected: [-5000, 5000] },
    { args: [[-7, -3, -9]], expected: [-9, -3, -7] },
    { args: [[1, 2, 3, 2, 1]], expected: [1, 2, 3, 2, 1] },
    { args: [[4, 8, 15, 16, 23, 42]], expected: [42, 23, 16, 15, 8, 4] },
    {
      args: [[10, 20, 30, 40, 50, 60, 70, 80, 90, 100]],
      expected: [100, 90, 80, 70, 60, 50, 40, 30, 20, 10],
    },
    { args: [[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]], expected: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
    { args: [[0, 0, -1]], expected: [-1, 0, 0] },
  ],
  // Random values; the slower solution re-walks from the head for every position.
  generate: (n, random) => [Array.from({ length: n }, () => Math.floor(random() * 10001) - 5000)],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function reverseList(head) {
  let prev = null;
  let node = head;
  while (node !== null) {
    const next = node.next;
    node.next = prev;
    prev = node;
    node = next;
  }
  return prev;
}
`,
    python: `def reverseList(head):
    prev = None
    node = head
    while node is not None:
        nxt = node.next
        node.next = prev
        prev = node
        node = nxt
    return prev
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function reverseList(head) {
  let length = 0;
  for (let node = head; node !== null; node = node.next) length++;
  const dummy = new ListNode(0, null);
  let tail = dummy;
  for (let i = length - 1; i >= 0; i--) {
    let node = head;
    for (let step = 0; step < i; step++) node = node.next;
    tail.next = new ListNode(node.val, null);
    tail = tail.next;
  }
  return dummy.next;
}
`,
  },
  hints: [
    {
      en: "Copying the values into an array and rebuilding works, but can you do it by only changing the next pointers?",
      ru: "Можно скопировать значения в массив и собрать список заново, но получится ли обойтись только сменой указателей next?",
    },
    {
      en: "Walk the list once. When you are at a node, what should its next pointer point to after the reversal?",
      ru: "Пройдите список один раз. Куда должен указывать next текущего узла после разворота?",
    },
    {
      en: "Keep two references, prev (initially null) and the current node; save current.next, point current.next at prev, then advance both.",
      ru: "Держите две ссылки: prev (сначала null) и текущий узел; сохраните current.next, направьте current.next на prev и сдвиньте обе ссылки.",
    },
  ],
  followUps: [
    {
      en: "Write the recursive version. What does it cost in stack space, and when would it fail?",
      ru: "Напишите рекурсивную версию. Сколько стека она тратит и когда сломается?",
    },
    {
      en: "How would you reverse only the part of the list between positions left and right?",
      ru: "Как развернуть только часть списка между позициями left и right?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Writes the three-pointer loop in O(n) time and O(1) space without losing the rest of the list.",
      },
      {
        en: "Checks the empty list and the one-node list, and can also give the recursive version with its O(n) stack cost.",
      },
    ],
    weak: [
      { en: "Overwrites node.next before saving it and loses the remainder of the list." },
      { en: "Needs an array or a second list and cannot explain how to avoid the extra memory." },
    ],
  },
};
