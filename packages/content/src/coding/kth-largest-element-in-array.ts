import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "kth-largest-element-in-array",
  title: { en: "Kth Largest Element in an Array", ru: "K-й по величине элемент массива" },
  difficulty: "medium",
  topics: ["heaps"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `Given a list of integers \`nums\` and an integer \`k\`, return the value that would stand at
position \`k\` (counting from 1) if the list were sorted from largest to smallest.

Equal values count separately: in \`[7, 7, 3]\` both the 1st and the 2nd largest are 7.
Try to do better than sorting the whole list.

**Examples**

\`\`\`
findKthLargest([4, 1, 7, 7, 3], 2)  →  7
findKthLargest([4, 1, 7, 7, 3], 3)  →  4
\`\`\`

**Constraints**

- 1 ≤ k ≤ nums.length ≤ 10⁵
- −10⁴ ≤ nums[i] ≤ 10⁴`,
    ru: `Дан список целых чисел \`nums\` и целое число \`k\`. Верните значение, которое стояло бы на
позиции \`k\` (считая с 1), если отсортировать список по убыванию.

Равные значения считаются отдельно: в \`[7, 7, 3]\` и первый, и второй по величине элемент равны 7.
Постарайтесь обойтись без сортировки всего списка.

**Примеры**

\`\`\`
findKthLargest([4, 1, 7, 7, 3], 2)  →  7
findKthLargest([4, 1, 7, 7, 3], 3)  →  4
\`\`\`

**Ограничения**

- 1 ≤ k ≤ nums.length ≤ 10⁵
- −10⁴ ≤ nums[i] ≤ 10⁴`,
  },
  entry: "findKthLargest",
  starterCode: {
    javascript: "function findKthLargest(nums, k) {\n  // return the k-th largest value\n}\n",
    typescript:
      "function findKthLargest(nums: number[], k: number): number {\n  // return the k-th largest value\n  return undefined as unknown as number;\n}\n",
    python: "def findKthLargest(nums, k):\n    # return the k-th largest value\n    pass\n",
  },
  examples: [
    { args: [[4, 1, 7, 7, 3], 2], expected: 7 },
    { args: [[4, 1, 7, 7, 3], 3], expected: 4 },
  ],
  hiddenTests: [
    { args: [[4, 1, 7, 7, 3], 2], expected: 7 },
    { args: [[4, 1, 7, 7, 3], 3], expected: 4 },
    { args: [[5], 1], expected: 5 },
    { args: [[2, 1], 1], expected: 2 },
    { args: [[2, 1], 2], expected: 1 },
    { args: [[3, 3, 3, 3], 4], expected: 3 },
    { args: [[-1, -5, -3], 1], expected: -1 },
    { args: [[-1, -5, -3], 3], expected: -5 },
    { args: [[9, 8, 7, 6, 5, 4, 3, 2, 1], 9], expected: 1 },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8, 9], 1], expected: 9 },
    { args: [[10, -10, 0, 10, -10], 3], expected: 0 },
    { args: [[6, 2, 9, 4, 9, 1, 8], 4], expected: 6 },
    { args: [[10000, -10000], 2], expected: -10000 },
    { args: [[0, 0, 0, 1], 1], expected: 1 },
    { args: [[0, 0, 0, 1], 2], expected: 0 },
    { args: [[5, 3, 8, 1, 9, 2], 5], expected: 2 },
    // A permutation of 0 … 999: the 250th largest is 750.
    { args: [Array.from({ length: 1000 }, (_, i) => (i * 37) % 1000), 250], expected: 750 },
    // 0 … 9, each 200 times: ranks 801 … 1000 hold the 5s.
    { args: [Array.from({ length: 2000 }, (_, i) => i % 10), 1000], expected: 5 },
  ],
  // Random values with k = n / 2: a heap of size k costs n log n, picking the maximum k times n².
  generate: (n, random) => [
    Array.from({ length: n }, () => Math.floor(random() * 20001) - 10000),
    Math.max(1, Math.floor(n / 2)),
  ],
  optimal: { time: "O(n log n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function findKthLargest(nums, k) {
  // A min-heap of the k largest values seen so far; its root is the answer.
  const heap = [];
  function siftDown(i) {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let small = i;
      if (left < heap.length && heap[left] < heap[small]) small = left;
      if (right < heap.length && heap[right] < heap[small]) small = right;
      if (small === i) return;
      [heap[small], heap[i]] = [heap[i], heap[small]];
      i = small;
    }
  }
  function push(value) {
    heap.push(value);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (heap[parent] <= heap[i]) break;
      [heap[parent], heap[i]] = [heap[i], heap[parent]];
      i = parent;
    }
  }
  for (const x of nums) {
    if (heap.length < k) push(x);
    else if (x > heap[0]) {
      heap[0] = x;
      siftDown(0);
    }
  }
  return heap[0];
}
`,
    python: `import heapq


def findKthLargest(nums, k):
    heap = []
    for x in nums:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
    return heap[0]
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function findKthLargest(nums, k) {
  const taken = new Array(nums.length).fill(false);
  let value = 0;
  for (let round = 0; round < k; round++) {
    let best = -1;
    for (let i = 0; i < nums.length; i++) {
      if (!taken[i] && (best < 0 || nums[i] > nums[best])) best = i;
    }
    taken[best] = true;
    value = nums[best];
  }
  return value;
}
`,
  },
  hints: [
    {
      en: "Sorting answers it in O(n log n). You only care about the k largest values, though. What is the smallest of those k?",
      ru: "Сортировка решает задачу за O(n log n). Но вам важны только k наибольших значений. Чему равно наименьшее из них?",
    },
    {
      en: "Keep the k largest values seen so far in a structure that gives you their minimum quickly.",
      ru: "Храните k наибольших из уже просмотренных значений в структуре, которая быстро даёт их минимум.",
    },
    {
      en: "Use a min-heap capped at size k: push while it has fewer than k items, otherwise replace the root when the new value is bigger. At the end the root is the answer — O(n log k).",
      ru: "Используйте min-кучу размером не больше k: добавляйте, пока в ней меньше k элементов, иначе заменяйте корень, если новое значение больше. В конце корень и есть ответ — O(n log k).",
    },
  ],
  followUps: [
    {
      en: "Can you reach O(n) on average? Describe quickselect and its worst case, and how a random pivot helps.",
      ru: "Можно ли получить O(n) в среднем? Опишите quickselect, его худший случай и чем помогает случайный опорный элемент.",
    },
    {
      en: "The values arrive as an endless stream and you must report the k-th largest after each one. What changes?",
      ru: "Значения приходят бесконечным потоком, и после каждого нужно сообщать k-й по величине. Что изменится?",
    },
    {
      en: "Values are bounded by ±10⁴. How could counting give a linear-time answer?",
      ru: "Значения ограничены ±10⁴. Как подсчёт может дать ответ за линейное время?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Chooses a min-heap of size k (not a max-heap of everything) and explains why its root is the answer.",
      },
      {
        en: "States O(n log k) time and O(k) space, and brings up quickselect with its average and worst cases.",
      },
    ],
    weak: [
      { en: "Removes duplicates first, which breaks the 'equal values count separately' rule." },
      {
        en: "Uses a max-heap of size k, or cannot explain the difference between the k-th largest and the k-th smallest.",
      },
    ],
  },
};
