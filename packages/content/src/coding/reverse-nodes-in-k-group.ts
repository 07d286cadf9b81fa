import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "reverse-nodes-in-k-group",
  title: { en: "Reverse a Linked List in Groups of K", ru: "Разворот списка группами по k" },
  difficulty: "hard",
  topics: ["linked-lists"],
  tracks: ["backend", "fullstack", "infrastructure"],
  statement: {
    en: `You get the head of a singly linked list and a positive integer \`k\`. Split the list, from the
front, into consecutive blocks of \`k\` nodes and reverse the order of the nodes inside every
block. If fewer than \`k\` nodes are left at the end, keep them in their original order. Return
the head of the rearranged list.

Rearrange the nodes themselves: do not just swap the values stored in them.
Lists are shown below as arrays of their values.

**Examples**

\`\`\`
reverseKGroup([1, 2, 3, 4, 5], 2)  →  [2, 1, 4, 3, 5]
reverseKGroup([1, 2, 3, 4, 5], 3)  →  [3, 2, 1, 4, 5]
\`\`\`

**Constraints**

- 0 ≤ number of nodes ≤ 5000
- 1 ≤ k ≤ 5000
- −1000 ≤ node.val ≤ 1000

Can you use only O(1) extra memory?`,
    ru: `Даны голова односвязного списка и целое положительное \`k\`. Разбейте список с начала на
идущие подряд блоки по \`k\` узлов и разверните порядок узлов внутри каждого блока. Если в конце
осталось меньше \`k\` узлов, оставьте их в исходном порядке. Верните голову полученного списка.

Переставляйте сами узлы, а не обменивайте хранящиеся в них значения.
Ниже списки записаны массивами значений.

**Примеры**

\`\`\`
reverseKGroup([1, 2, 3, 4, 5], 2)  →  [2, 1, 4, 3, 5]
reverseKGroup([1, 2, 3, 4, 5], 3)  →  [3, 2, 1, 4, 5]
\`\`\`

**Ограничения**

- 0 ≤ число узлов ≤ 5000
- 1 ≤ k ≤ 5000
- −1000 ≤ node.val ≤ 1000

Получится ли обойтись O(1) дополнительной памяти?`,
  },
  entry: "reverseKGroup",
  adapters: { args: ["list", null], returns: "list" },
  starterCode: {
    javascript:
      "// ListNode: { val, next }\nfunction reverseKGroup(head, k) {\n  // return the new head\n}\n",
    typescript:
      "// ListNode is predefined: class ListNode { val: number; next: ListNode | null }\nfunction reverseKGroup(head: ListNode | null, k: number): ListNode | null {\n  // return the new head\n  return null;\n}\n",
    python:
      "# ListNode is predefined: ListNode(val, next)\ndef reverseKGroup(head, k):\n    # return the new head\n    pass\n",
  },
  examples: [
    { args: [[1, 2, 3, 4, 5], 2], expected: [2, 1, 4, 3, 5] },
    { args: [[1, 2, 3, 4, 5], 3], expected: [3, 2, 1, 4, 5] },
  ],
  hiddenTests: [
    { args: [[], 3], expected: [] },
    { args: [[1], 1], expected: [1] },
    { args: [[1], 2], expected: [1] },
    { args: [[1, 2], 2], expected: [2, 1] },
    { args: [[1, 2, 3], 2], expected: [2, 1, 3] },
    { args: [[1, 2, 3, 4, 5], 1], expected: [1, 2, 3, 4, 5] },
    { args: [[1, 2, 3, 4, 5], 2], expected: [2, 1, 4, 3, 5] },
    { args: [[1, 2, 3, 4, 5], 3], expected: [3, 2, 1, 4, 5] },
    { args: [[1, 2, 3, 4, 5], 5], expected: [5, 4, 3, 2, 1] },
    { args: [[1, 2, 3, 4, 5], 6], expected: [1, 2, 3, 4, 5] },
    { args: [[1, 2, 3, 4, 5, 6], 3], expected: [3, 2, 1, 6, 5, 4] },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8], 3], expected: [3, 2, 1, 6, 5, 4, 7, 8] },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8], 4], expected: [4, 3, 2, 1, 8, 7, 6, 5] },
    { args: [[-1, -2, -3, -4, -5, -6, -7], 2], expected: [-2, -1, -4, -3, -6, -5, -7] },
    { args: [[5, 5, 1, 1, 5, 5], 2], expected: [5, 5, 1, 1, 5, 5] },
    { args: [[0, 1, 0, 1, 0], 2], expected: [1, 0, 1, 0, 0] },
    { args: [[9, 8, 7, 6, 5, 4, 3, 2, 1], 4], expected: [6, 7, 8, 9, 2, 3, 4, 5, 1] },
    { args: [[1000, -1000, 0, 7], 4], expected: [7, 0, -1000, 1000] },
  ],
  // A long list with small groups: re-walking from the head for every node is quadratic.
  generate: (n, random) => [
    Array.from({ length: n }, () => Math.floor(random() * 2001) - 1000),
    2 + Math.floor(random() * 4),
  ],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function reverseKGroup(head, k) {
  const dummy = new ListNode(0, head);
  let before = dummy;
  while (true) {
    let check = before;
    for (let i = 0; i < k && check !== null; i++) check = check.next;
    if (check === null) break;
    const first = before.next;
    const after = check.next;
    let prev = after;
    let node = first;
    while (node !== after) {
      const next = node.next;
      node.next = prev;
      prev = node;
      node = next;
    }
    before.next = check;
    before = first;
  }
  return dummy.next;
}
`,
    python: `def reverseKGroup(head, k):
    dummy = ListNode(0, head)
    before = dummy
    while True:
        check = before
        for _ in range(k):
            if check is None:
                break
            check = check.next
        if check is None:
            break
        first = before.next
        after = check.next
        prev, node = after, first
        while node is not after:
            nxt = node.next
            node.next = prev
            prev = node
            node = nxt
        before.next = check
        before = first
    return dummy.next
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function reverseKGroup(head, k) {
  // Walk from the head to every position it needs and swap values pairwise inside each full block.
  let length = 0;
  for (let node = head; node !== null; node = node.next) length++;
  const at = (index) => {
    let node = head;
    for (let i = 0; i < index; i++) node = node.next;
    return node;
  };
  for (let start = 0; start + k <= length; start += k) {
    for (let i = 0; i < Math.floor(k / 2); i++) {
      const a = at(start + i);
      const b = at(start + k - 1 - i);
      const value = a.val;
      a.val = b.val;
      b.val = value;
    }
  }
  return head;
}
`,
  },
  hints: [
    {
      en: "Before touching a block, make sure it really has k nodes; otherwise it stays as it is.",
      ru: "Прежде чем трогать блок, убедитесь, что в нём действительно k узлов; иначе он остаётся как есть.",
    },
    {
      en: "Reversing one block is the ordinary list reversal, stopped after k nodes. What do you need to remember to reconnect the block to its neighbours?",
      ru: "Разворот одного блока — обычный разворот списка, остановленный через k узлов. Что нужно запомнить, чтобы подключить блок к соседям?",
    },
    {
      en: "Keep the node before the block and the node after it; reverse the block with prev starting at the node after it, link the node before to the old last node, and continue from the old first node.",
      ru: "Запомните узел перед блоком и узел после него; разворачивайте блок, начав prev с узла после блока, свяжите узел перед блоком со старым последним узлом и продолжайте со старого первого.",
    },
  ],
  followUps: [
    {
      en: "What if the leftover nodes at the end should be reversed too?",
      ru: "Что изменится, если остаток в конце тоже нужно развернуть?",
    },
    {
      en: "Write a recursive version. What does it cost in stack depth compared to the iterative one?",
      ru: "Напишите рекурсивную версию. Сколько стека она тратит по сравнению с итеративной?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Uses a dummy node, checks that k nodes remain before reversing, and reconnects each block in O(1), for O(n) time and O(1) space.",
      },
      { en: "Walks through k = 1, k equal to the length and a short tail on paper before coding." },
    ],
    weak: [
      {
        en: "Swaps values instead of nodes, or copies the list into an array, after being told to move nodes.",
      },
      { en: "Loses the link between blocks, or reverses the short leftover block." },
    ],
  },
};
