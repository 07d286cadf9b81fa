import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "longest-consecutive-sequence",
  title: {
    en: "Longest Consecutive Sequence",
    ru: "Самая длинная последовательность подряд идущих чисел",
  },
  difficulty: "medium",
  topics: ["arrays-and-hashing"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `You get an unsorted list of integers \`nums\`. A run is a set of values \`x, x + 1, x + 2, …, x + k − 1\`
that are all present in the list (in any positions, in any order). Return the length \`k\` of the
longest run. Repeated values count once. An empty list has no runs, so the answer is \`0\`.

Aim for a solution that runs in O(n) time.

**Examples**

\`\`\`
longestConsecutive([100, 4, 200, 1, 3, 2])  →  4     // 1, 2, 3, 4
longestConsecutive([1, 2, 0, 1])            →  3     // 0, 1, 2
longestConsecutive([])                      →  0
\`\`\`

**Constraints**

- 0 ≤ nums.length ≤ 10⁵
- −10⁹ ≤ nums[i] ≤ 10⁹`,
    ru: `Дан неотсортированный список целых чисел \`nums\`. Серия — это набор значений
\`x, x + 1, x + 2, …, x + k − 1\`, каждое из которых есть в списке (на любых позициях, в любом
порядке). Верните длину \`k\` самой длинной серии. Повторяющиеся значения считаются один раз. В
пустом списке серий нет, поэтому ответ — \`0\`.

Постарайтесь уложиться в O(n) по времени.

**Примеры**

\`\`\`
longestConsecutive([100, 4, 200, 1, 3, 2])  →  4     // 1, 2, 3, 4
longestConsecutive([1, 2, 0, 1])            →  3     // 0, 1, 2
longestConsecutive([])                      →  0
\`\`\`

**Ограничения**

- 0 ≤ nums.length ≤ 10⁵
- −10⁹ ≤ nums[i] ≤ 10⁹`,
  },
  entry: "longestConsecutive",
  starterCode: {
    javascript:
      "function longestConsecutive(nums) {\n  // return the length of the longest run\n}\n",
    typescript:
      "function longestConsecutive(nums: number[]): number {\n  // return the length of the longest run\n  return 0;\n}\n",
    python: "def longestConsecutive(nums):\n    # return the length of the longest run\n    pass\n",
  },
  examples: [
    { args: [[100, 4, 200, 1, 3, 2]], expected: 4 },
    { args: [[1, 2, 0, 1]], expected: 3 },
    { args: [[]], expected: 0 },
  ],
  hiddenTests: [
    { args: [[]], expected: 0 },
    { args: [[7]], expected: 1 },
    { args: [[5, 5, 5]], expected: 1 },
    { args: [[0, 3, 7, 2, 5, 8, 4, 6, 0, 1]], expected: 9 },
    { args: [[-1, -2, -3, 10]], expected: 3 },
    { args: [[1, 3, 5, 7]], expected: 1 },
    { args: [[10, 9, 8, 7, 6]], expected: 5 },
    { args: [[-1, 0, 1]], expected: 3 },
    { args: [[0, 0, -1, -1, 1, 1]], expected: 3 },
    { args: [[1, 2, 4, 5, 6]], expected: 3 },
    { args: [[2, 4, 3, 10, 11, 12, 13, 9, 1]], expected: 5 },
    { args: [[9, 1, 4, 7, 3, -1, 0, 5, 8, -1, 6]], expected: 7 },
    { args: [[-1000000000, 1000000000]], expected: 1 },
    { args: [[1000000000, 999999999, 999999998]], expected: 3 },
    { args: [[-1000000000, -999999999, 1000000000, 999999999, 999999998]], expected: 3 },
    { args: [[6, 5, 4, 100, 101, 102, 103]], expected: 4 },
    // 0 … 1 999 in scrambled order (7 919 is coprime with 2 000, so this is a permutation).
    { args: [Array.from({ length: 2000 }, (_, i) => (i * 7919) % 2000)], expected: 2000 },
    // 2 000 even numbers: no two are consecutive.
    { args: [Array.from({ length: 2000 }, (_, i) => 2 * i - 1000)], expected: 1 },
  ],
  // Half the values form one long shuffled run, the other half are isolated: every lookup in a
  // linear-scan solution walks far, and the run's start must count its whole length.
  generate: (n, random) => {
    const half = Math.floor(n / 2);
    const nums = Array.from({ length: n }, (_, i) => (i < half ? i : 10 * n + 2 * i));
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [nums[i], nums[j]] = [nums[j] as number, nums[i] as number];
    }
    return [nums];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function longestConsecutive(nums) {
  const values = new Set(nums);
  let best = 0;
  for (const start of values) {
    if (values.has(start - 1)) continue;
    let length = 1;
    while (values.has(start + length)) length++;
    if (length > best) best = length;
  }
  return best;
}
`,
    python: `def longestConsecutive(nums):
    values = set(nums)
    best = 0
    for start in values:
        if start - 1 in values:
            continue
        length = 1
        while start + length in values:
            length += 1
        best = max(best, length)
    return best
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function longestConsecutive(nums) {
  function contains(value) {
    for (let i = 0; i < nums.length; i++) {
      if (nums[i] === value) return true;
    }
    return false;
  }
  let best = 0;
  for (let i = 0; i < nums.length; i++) {
    if (contains(nums[i] - 1)) continue;
    let length = 1;
    while (contains(nums[i] + length)) length++;
    if (length > best) best = length;
  }
  return best;
}
`,
  },
  hints: [
    {
      en: "Sorting makes runs easy to see but costs O(n log n). What would you need to check quickly to avoid sorting?",
      ru: "После сортировки серии видны сразу, но сортировка стоит O(n log n). Что нужно уметь быстро проверять, чтобы обойтись без неё?",
    },
    {
      en: "Put all values in a hash set. A value x starts a run exactly when x − 1 is not in the set.",
      ru: "Сложите все значения в хеш-множество. Значение x начинает серию ровно тогда, когда x − 1 в множестве нет.",
    },
    {
      en: "Only from run starts, count upward while x + 1, x + 2, … are in the set. Each value is then visited a constant number of times, so the total is O(n).",
      ru: "Считайте вверх (x + 1, x + 2, …) только от начал серий. Тогда каждое значение посещается константное число раз, и всего выходит O(n).",
    },
  ],
  followUps: [
    {
      en: "Why is the total work linear even though there is a while loop inside the for loop?",
      ru: "Почему общая работа линейна, хотя внутри цикла for есть цикл while?",
    },
    {
      en: "How would you return the run itself (its first and last value) rather than only its length?",
      ru: "Как вернуть саму серию (её первое и последнее значение), а не только длину?",
    },
    {
      en: "Values arrive one at a time and you must report the longest run after each arrival. What structure helps?",
      ru: "Значения приходят по одному, и после каждого нужно сообщать длину самой длинной серии. Какая структура поможет?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Offers sorting first, then the hash-set approach, and explains the amortised O(n) bound through the run-start check.",
      },
      {
        en: "Handles duplicates and the empty list without extra branches, and iterates over the set rather than the list.",
      },
    ],
    weak: [
      { en: "Counts upward from every value, not only from run starts, and calls it linear." },
      { en: "Forgets duplicates when sorting, so [0, 1, 1, 2] breaks the run." },
    ],
  },
};
