import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "maximum-subarray",
  title: { en: "Maximum Subarray", ru: "Подмассив с максимальной суммой" },
  difficulty: "easy",
  topics: ["greedy", "dynamic-programming"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `Given a list of integers \`nums\`, pick a run of one or more consecutive elements whose total
is as large as possible, and return that total.

The run may not be empty, so when every number is negative the answer is the largest single
number.

**Examples**

\`\`\`
maxSubArray([-2, 1, -3, 4, -1, 2, 1, -5, 4])  →  6    (the run 4, -1, 2, 1)
maxSubArray([5, 4, -1, 7, 8])                 →  23   (the whole list)
maxSubArray([-3, -2, -5, -1])                 →  -1
\`\`\`

**Constraints**

- 1 ≤ nums.length ≤ 10⁵
- −10⁴ ≤ nums[i] ≤ 10⁴`,
    ru: `Дан список целых чисел \`nums\`. Выберите непрерывный отрезок из одного или нескольких подряд
идущих элементов с наибольшей суммой и верните эту сумму.

Отрезок не может быть пустым, поэтому если все числа отрицательны, ответ — наибольшее из них.

**Примеры**

\`\`\`
maxSubArray([-2, 1, -3, 4, -1, 2, 1, -5, 4])  →  6    (отрезок 4, -1, 2, 1)
maxSubArray([5, 4, -1, 7, 8])                 →  23   (весь список)
maxSubArray([-3, -2, -5, -1])                 →  -1
\`\`\`

**Ограничения**

- 1 ≤ nums.length ≤ 10⁵
- −10⁴ ≤ nums[i] ≤ 10⁴`,
  },
  entry: "maxSubArray",
  starterCode: {
    javascript: "function maxSubArray(nums) {\n  // return the largest sum of a non-empty run\n}\n",
    typescript:
      "function maxSubArray(nums: number[]): number {\n  // return the largest sum of a non-empty run\n  return 0;\n}\n",
    python: "def maxSubArray(nums):\n    # return the largest sum of a non-empty run\n    pass\n",
  },
  examples: [
    { args: [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], expected: 6 },
    { args: [[5, 4, -1, 7, 8]], expected: 23 },
    { args: [[-3, -2, -5, -1]], expected: -1 },
  ],
  hiddenTests: [
    { args: [[-2, 1, -3, 4, -1, 2, 1, -5, 4]], expected: 6 },
    { args: [[1]], expected: 1 },
    { args: [[-1]], expected: -1 },
    { args: [[-10000]], expected: -10000 },
    { args: [[5, 4, -1, 7, 8]], expected: 23 },
    { args: [[-3, -2, -5, -1]], expected: -1 },
    { args: [[0, 0, 0]], expected: 0 },
    { args: [[-1, 0, -2]], expected: 0 },
    { args: [[-2, -1]], expected: -1 },
    { args: [[2, -1, 2]], expected: 3 },
    { args: [[1, 2, 3, -100, 4, 5]], expected: 9 },
    { args: [[10000, -10000, 10000]], expected: 10000 },
    { args: [[3, -4, 5, -1, 2, -6, 4]], expected: 6 },
    { args: [[8, -19, 5, -4, 20]], expected: 21 },
    { args: [[1, -1, 1, -1, 1]], expected: 1 },
    { args: [[4, 4, 4, 4]], expected: 16 },
    { args: [[-5, 6, -5, 6, -5]], expected: 7 },
    { args: [[10000, 10000, 10000, 10000, 10000]], expected: 50000 },
    { args: [[2, -3, 2, -3, 2]], expected: 2 },
    { args: [[-7, -7, -7]], expected: -7 },
  ],
  // Random values of both signs, so the best run can start and end anywhere.
  generate: (n, random) => [Array.from({ length: n }, () => Math.floor(random() * 201) - 100)],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function maxSubArray(nums) {
  let best = nums[0];
  let current = nums[0];
  for (let i = 1; i < nums.length; i++) {
    current = current > 0 ? current + nums[i] : nums[i];
    if (current > best) best = current;
  }
  return best;
}
`,
    python: `def maxSubArray(nums):
    best = current = nums[0]
    for x in nums[1:]:
        current = current + x if current > 0 else x
        if current > best:
            best = current
    return best
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function maxSubArray(nums) {
  let best = nums[0];
  for (let i = 0; i < nums.length; i++) {
    let sum = 0;
    for (let j = i; j < nums.length; j++) {
      sum += nums[j];
      if (sum > best) best = sum;
    }
  }
  return best;
}
`,
  },
  hints: [
    {
      en: "Trying every start and end works in O(n²). What do you learn about the best run that ends at position i?",
      ru: "Перебор всех начал и концов работает за O(n²). Что известно о лучшем отрезке, заканчивающемся в позиции i?",
    },
    {
      en: "The best run ending at i either is nums[i] alone or extends the best run ending at i − 1.",
      ru: "Лучший отрезок, заканчивающийся в i, — это либо один nums[i], либо продолжение лучшего отрезка, заканчивающегося в i − 1.",
    },
    {
      en: "Keep a running sum: if it has dropped to zero or below, restart it at nums[i], otherwise add nums[i]; track the largest value it ever takes.",
      ru: "Ведите текущую сумму: если она ≤ 0, начинайте заново с nums[i], иначе прибавляйте nums[i]; запоминайте максимум.",
    },
  ],
  followUps: [
    {
      en: "Return the start and end positions of the best run as well as its sum.",
      ru: "Верните ещё и позиции начала и конца лучшего отрезка.",
    },
    {
      en: "The list is circular, so a run may wrap from the end to the beginning. How do you adapt the solution?",
      ru: "Список циклический, и отрезок может переходить с конца в начало. Как изменить решение?",
    },
    {
      en: "Solve it with divide and conquer. What is that approach's complexity?",
      ru: "Решите задачу методом «разделяй и властвуй». Какова его сложность?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Explains the recurrence (best ending here) before coding and reaches O(n) time, O(1) space.",
      },
      {
        en: "Initialises from nums[0] rather than 0, so an all-negative list returns its largest element.",
      },
    ],
    weak: [
      { en: "Starts the best value at 0 and returns 0 for [-3, -2, -5, -1]." },
      {
        en: "Stays with the O(n²) or O(n³) enumeration and cannot explain how to reuse earlier sums.",
      },
    ],
  },
};
