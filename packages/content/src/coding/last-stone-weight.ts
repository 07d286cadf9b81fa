import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "last-stone-weight",
  title: { en: "Last Stone Weight", ru: "Вес последнего камня" },
  difficulty: "easy",
  topics: ["heaps"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `You have a pile of stones; \`stones[i]\` is the weight of one stone. While at least two stones
are left, take the two heaviest, with weights \`x ≤ y\`, and smash them together:

- if \`x == y\`, both stones are destroyed;
- otherwise the lighter one is destroyed and the heavier one now weighs \`y − x\`.

Return the weight of the stone that is left at the end, or \`0\` if no stone is left.

**Examples**

\`\`\`
lastStoneWeight([5, 1, 8, 3])     →  1
lastStoneWeight([3, 9, 4, 2, 6])  →  0
\`\`\`

In the first example 8 and 5 leave a 3; the two 3s destroy each other; the 1 remains.

**Constraints**

- 0 ≤ stones.length ≤ 10⁵
- 1 ≤ stones[i] ≤ 1000`,
    ru: `Есть куча камней; \`stones[i]\` — вес одного камня. Пока осталось хотя бы два камня, возьмите
два самых тяжёлых с весами \`x ≤ y\` и столкните их:

- если \`x == y\`, оба камня разрушаются;
- иначе лёгкий разрушается, а тяжёлый теперь весит \`y − x\`.

Верните вес оставшегося камня или \`0\`, если камней не осталось.

**Примеры**

\`\`\`
lastStoneWeight([5, 1, 8, 3])     →  1
lastStoneWeight([3, 9, 4, 2, 6])  →  0
\`\`\`

В первом примере 8 и 5 дают камень весом 3, два камня весом 3 уничтожают друг друга, остаётся 1.

**Ограничения**

- 0 ≤ stones.length ≤ 10⁵
- 1 ≤ stones[i] ≤ 1000`,
  },
  entry: "lastStoneWeight",
  starterCode: {
    javascript:
      "function lastStoneWeight(stones) {\n  // return the weight of the last stone, or 0\n}\n",
    typescript:
      "function lastStoneWeight(stones: number[]): number {\n  // return the weight of the last stone, or 0\n  return undefined as unknown as number;\n}\n",
    python:
      "def lastStoneWeight(stones):\n    # return the weight of the last stone, or 0\n    pass\n",
  },
  examples: [
    { args: [[5, 1, 8, 3]], expected: 1 },
    { args: [[3, 9, 4, 2, 6]], expected: 0 },
  ],
  hiddenTests: [
    { args: [[5, 1, 8, 3]], expected: 1 },
    { args: [[3, 9, 4, 2, 6]], expected: 0 },
    { args: [[]], expected: 0 },
    { args: [[7]], expected: 7 },
    { args: [[4, 4]], expected: 0 },
    { args: [[10, 3]], expected: 7 },
    { args: [[1, 3]], expected: 2 },
    { args: [[1, 1, 1]], expected: 1 },
    { args: [[2, 2, 2, 2]], expected: 0 },
    { args: [[6, 6, 6]], expected: 6 },
    { args: [[5, 5, 5, 5, 5]], expected: 5 },
    { args: [[1000, 1]], expected: 999 },
    { args: [[1, 2, 3, 4, 5]], expected: 1 },
    { args: [[9, 3, 2, 10]], expected: 0 },
    { args: [[8, 10, 4]], expected: 2 },
    { args: [[31, 26, 33, 21, 40]], expected: 9 },
    { args: [[2, 4, 8, 16, 32]], expected: 2 },
    { args: [[1000, 1000, 1000, 999]], expected: 1 },
    { args: [Array.from({ length: 1000 }, () => 1000)], expected: 0 },
    { args: [Array.from({ length: 1001 }, () => 1000)], expected: 1000 },
    { args: [Array.from({ length: 100 }, (_, i) => i + 1)], expected: 0 },
  ],
  // Random weights: every round removes at least one stone, so there are up to n − 1 rounds.
  generate: (n, random) => [Array.from({ length: n }, () => 1 + Math.floor(random() * 1000))],
  optimal: { time: "O(n log n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function lastStoneWeight(stones) {
  const heap = [];
  function push(value) {
    heap.push(value);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] >= heap[i]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }
  function pop() {
    const top = heap[0];
    const last = heap.pop();
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let big = i;
        if (left < heap.length && heap[left] > heap[big]) big = left;
        if (right < heap.length && heap[right] > heap[big]) big = right;
        if (big === i) break;
        [heap[big], heap[i]] = [heap[i], heap[big]];
        i = big;
      }
    }
    return top;
  }
  for (const s of stones) push(s);
  while (heap.length > 1) {
    const y = pop();
    const x = pop();
    if (y !== x) push(y - x);
  }
  return heap.length ? heap[0] : 0;
}
`,
    python: `import heapq


def lastStoneWeight(stones):
    heap = [-s for s in stones]
    heapq.heapify(heap)
    while len(heap) > 1:
        y = -heapq.heappop(heap)
        x = -heapq.heappop(heap)
        if y != x:
            heapq.heappush(heap, x - y)
    return -heap[0] if heap else 0
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function lastStoneWeight(stones) {
  const pile = stones.slice();
  function takeHeaviest() {
    let best = 0;
    for (let i = 1; i < pile.length; i++) {
      if (pile[i] > pile[best]) best = i;
    }
    const value = pile[best];
    pile[best] = pile[pile.length - 1];
    pile.pop();
    return value;
  }
  while (pile.length > 1) {
    const y = takeHeaviest();
    const x = takeHeaviest();
    if (y !== x) pile.push(y - x);
  }
  return pile.length ? pile[0] : 0;
}
`,
  },
  hints: [
    {
      en: "Simulate exactly what the statement says. Which operation do you repeat in every round, and what does it cost on a plain list?",
      ru: "Смоделируйте процесс из условия. Какую операцию вы повторяете в каждом раунде и сколько она стоит на обычном списке?",
    },
    {
      en: "You need the largest element again and again while inserting new ones: that is what a max-heap is for.",
      ru: "Вам снова и снова нужен максимум, а новые элементы добавляются: именно для этого нужна max-куча.",
    },
    {
      en: "Heapify all stones, then pop two, push back their difference when it is non-zero, and repeat until at most one is left. In Python, store negated weights in heapq.",
      ru: "Постройте кучу из всех камней, затем извлекайте два, возвращайте разность, если она не ноль, и повторяйте, пока не останется не больше одного. В Python храните в heapq веса со знаком минус.",
    },
  ],
  followUps: [
    {
      en: "Weights are at most 1000. Can you use that to avoid the heap entirely, for example with counting?",
      ru: "Веса не больше 1000. Можно ли использовать это и обойтись без кучи, например подсчётом?",
    },
    {
      en: "Suppose you may choose any two stones each round. What is the smallest possible final weight, and how would you compute it?",
      ru: "Пусть в каждом раунде можно выбирать любые два камня. Каков минимально возможный итоговый вес и как его посчитать?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Recognises the repeated 'take the maximum' and reaches a max-heap, stating O(n log n) time.",
      },
      {
        en: "Knows how to get a max-heap from a min-heap library (negation) and handles the empty and single-stone cases.",
      },
    ],
    weak: [
      { en: "Sorts the whole list again in every round without discussing the cost." },
      {
        en: "Pushes a zero-weight stone back or returns the wrong value when the pile ends empty.",
      },
    ],
  },
};
