import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "remove-nth-node-from-end",
  title: {
    en: "Remove the N-th Node from the End of a List",
    ru: "Удаление n-го узла с конца списка",
  },
  difficulty: "medium",
  topics: ["linked-lists", "two-pointers"],
  tracks: ["backend", "fullstack", "mobile", "infrastructure"],
  statement: {
    en: `You get the head of a singly linked list and a number \`n\`. Unlink the node that is \`n\`-th
counting from the end of the list (\`n = 1\` is the last node) and return the head of the
resulting list. If the list had one node, the result is empty.

Lists are shown below as arrays of their values.

**Examples**

\`\`\`
removeNthFromEnd([1, 2, 3, 4, 5], 2)  →  [1, 2, 3, 5]
removeNthFromEnd([1], 1)              →  []
removeNthFromEnd([1, 2], 1)           →  [1]
\`\`\`

**Constraints**

- 1 ≤ number of nodes ≤ 10⁴
- 1 ≤ n ≤ number of nodes
- −1000 ≤ node.val ≤ 1000

Can you do it in a single pass over the list?`,
    ru: `Даны голова односвязного списка и число \`n\`. Исключите из списка узел, который стоит \`n\`-м
с конца (\`n = 1\` — последний узел), и верните голову получившегося списка. Если в списке был
один узел, результат пуст.

Ниже списки записаны массивами значений.

**Примеры**

\`\`\`
removeNthFromEnd([1, 2, 3, 4, 5], 2)  →  [1, 2, 3, 5]
removeNthFromEnd([1], 1)              →  []
removeNthFromEnd([1, 2], 1)           →  [1]
\`\`\`

**Ограничения**

- 1 ≤ число узлов ≤ 10⁴
- 1 ≤ n ≤ число узлов
- −1000 ≤ node.val ≤ 1000

Получится ли за один проход по списку?`,
  },
  entry: "removeNthFromEnd",
  adapters: { args: ["list", null], returns: "list" },
  starterCode: {
    javascript:
      "// ListNode: { val, next }\nfunction removeNthFromEnd(head, n) {\n  // return the head after removing the node\n}\n",
    typescript:
      "// ListNode is predefined: class ListNode { val: number; next: ListNode | null }\nfunction removeNthFromEnd(head: ListNode | null, n: number): ListNode | null {\n  // return the head after removing the node\n  return null;\n}\n",
    python:
      "# ListNode is predefined: ListNode(val, next)\ndef removeNthFromEnd(head, n):\n    # return the head after removing the node\n    pass\n",
  },
  examples: [
    { args: [[1, 2, 3, 4, 5], 2], expected: [1, 2, 3, 5] },
    { args: [[1], 1], expected: [] },
    { args: [[1, 2], 1], expected: [1] },
  ],
  hiddenTests: [
    { args: [[1], 1], expected: [] },
    { args: [[1, 2], 1], expected: [1] },
    { args: [[1, 2], 2], expected: [2] },
    { args: [[7, 3], 1], expected: [7] },
    { args: [[1, 2, 3], 1], expected: [1, 2] },
    { args: [[1, 2, 3], 2], expected: [1, 3] },
    { args: [[1, 2, 3], 3], expected: [2, 3] },
    { args: [[1, 2, 3, 4, 5], 2], expected: [1, 2, 3, 5] },
    { args: [[5, 5, 5, 5], 2], expected: [5, 5, 5] },
    { args: [[4, 4], 1], expected: [4] },
    { args: [[-1, -2, -3, -4], 4], expected: [-2, -3, -4] },
    { args: [[0, -5, 0, -5], 3], expected: [0, 0, -5] },
    { args: [[100, -100, 100], 2], expected: [100, 100] },
    { args: [[10, 20, 30, 40, 50, 60], 6], expected: [20, 30, 40, 50, 60] },
    { args: [[10, 20, 30, 40, 50, 60], 1], expected: [10, 20, 30, 40, 50] },
    { args: [[10, 20, 30, 40, 50, 60], 3], expected: [10, 20, 30, 50, 60] },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5], expected: [1, 2, 3, 4, 5, 7, 8, 9, 10] },
    { args: [[-1000, 1000, 0], 1], expected: [-1000, 1000] },
  ],
  // A long list and a node near its end: counting the rest of the list from every node is quadratic.
  generate: (n, random) => [
    Array.from({ length: n }, () => Math.floor(random() * 2001) - 1000),
    1 + Math.floor(random() * Math.min(3, n)),
  ],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function removeNthFromEnd(head, n) {
  const dummy = new ListNode(0, head);
  let fast = dummy;
  for (let i = 0; i < n; i++) fast = fast.next;
  let slow = dummy;
  while (fast.next !== null) {
    fast = fast.next;
    slow = slow.next;
  }
  slow.next = slow.next.next;
  return dummy.next;
}
`,
    python: `def removeNthFromEnd(head, n):
    dummy = ListNode(0, head)
    fast = dummy
    for _ in range(n):
        fast = fast.next
    slow = dummy
    while fast.next is not None:
        fast = fast.next
        slow = slow.next
    slow.next = slow.next.next
    return dummy.next
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function removeNthFromEnd(head, n) {
  // For every node, count how many nodes follow it; remove the one with exactly n - 1 after it.
  const dummy = new ListNode(0, head);
  let prev = dummy;
  while (prev.next !== null) {
    let after = 0;
    for (let node = prev.next.next; node !== null; node = node.next) after++;
    if (after === n - 1) {
      prev.next = prev.next.next;
      break;
    }
    prev = prev.next;
  }
  return dummy.next;
}
`,
  },
  hints: [
    {
      en: "With two passes it is easy: count the nodes, then walk to the one before the target. How could one pass know where the end is?",
      ru: "За два прохода это просто: посчитать узлы, затем дойти до узла перед нужным. Как за один проход узнать, где конец?",
    },
    {
      en: "Two references that stay a fixed distance apart reach the end and the target at the same moment.",
      ru: "Две ссылки, идущие на фиксированном расстоянии друг от друга, одновременно доходят до конца и до цели.",
    },
    {
      en: "Start both at a dummy node before the head, move the leading one n steps, then move both until the leader is on the last node; unlink slow.next.",
      ru: "Поставьте обе ссылки на фиктивный узел перед головой, сдвиньте ведущую на n шагов, затем двигайте обе, пока ведущая не встанет на последний узел; удалите slow.next.",
    },
  ],
  followUps: [
    {
      en: "Why does the dummy node make removing the head no longer a special case?",
      ru: "Почему фиктивный узел избавляет от особого случая удаления головы?",
    },
    {
      en: "What would you change if n could be larger than the length of the list?",
      ru: "Что изменить, если n может быть больше длины списка?",
    },
    {
      en: "How would you find the middle node of a list in one pass?",
      ru: "Как найти средний узел списка за один проход?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Gives the two-pass idea first, then the one-pass gap technique with a dummy node, in O(n) time and O(1) space.",
      },
      { en: "Tests removing the head (n equals the length) and the only node of a one-node list." },
    ],
    weak: [
      {
        en: "Crashes when the head itself must be removed, or returns the old head after removing it.",
      },
      { en: "Is off by one in the gap between the two pointers and removes the neighbour." },
    ],
  },
};
