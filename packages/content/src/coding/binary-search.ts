import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "binary-search",
  title: { en: "Binary Search", ru: "Двоичный поиск" },
  difficulty: "easy",
  topics: ["binary-search"],
  tracks: ["backend", "frontend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `You are given a list of integers \`nums\` sorted in strictly increasing order and a value
\`target\`. Return the position of \`target\` in \`nums\`, or \`-1\` if it is not there.

Your solution must take O(log n) time.

**Examples**

\`\`\`
search([-3, 0, 4, 8, 15, 27], 8)  →  3
search([-3, 0, 4, 8, 15, 27], 5)  →  -1
\`\`\`

**Constraints**

- 0 ≤ nums.length ≤ 10⁴
- −10⁴ ≤ nums[i], target ≤ 10⁴
- the values in \`nums\` are distinct and sorted in increasing order`,
    ru: `Дан список целых чисел \`nums\`, отсортированный по строгому возрастанию, и значение \`target\`.
Верните позицию \`target\` в \`nums\` или \`-1\`, если его там нет.

Решение должно работать за O(log n).

**Примеры**

\`\`\`
search([-3, 0, 4, 8, 15, 27], 8)  →  3
search([-3, 0, 4, 8, 15, 27], 5)  →  -1
\`\`\`

**Ограничения**

- 0 ≤ nums.length ≤ 10⁴
- −10⁴ ≤ nums[i], target ≤ 10⁴
- значения в \`nums\` различны и отсортированы по возрастанию`,
  },
  entry: "search",
  starterCode: {
    javascript: "function search(nums, target) {\n  // return the index or -1\n}\n",
    typescript:
      "function search(nums: number[], target: number): number {\n  // return the index or -1\n  return undefined as unknown as number;\n}\n",
    python: "def search(nums, target):\n    # return the index or -1\n    pass\n",
  },
  examples: [
    { args: [[-3, 0, 4, 8, 15, 27], 8], expected: 3 },
    { args: [[-3, 0, 4, 8, 15, 27], 5], expected: -1 },
  ],
  hiddenTests: [
    { args: [[-3, 0, 4, 8, 15, 27], 8], expected: 3 },
    { args: [[-3, 0, 4, 8, 15, 27], 5], expected: -1 },
    { args: [[], 1], expected: -1 },
    { args: [[7], 7], expected: 0 },
    { args: [[7], 3], expected: -1 },
    { args: [[1, 2], 2], expected: 1 },
    { args: [[1, 2], 1], expected: 0 },
    { args: [[1, 2], 3], expected: -1 },
    { args: [[-10000, 10000], -10000], expected: 0 },
    { args: [[-10000, 10000], 10000], expected: 1 },
    { args: [[-9, -7, -5, -3, -1], -1], expected: 4 },
    { args: [[-9, -7, -5, -3, -1], -9], expected: 0 },
    { args: [[-9, -7, -5, -3, -1], -4], expected: -1 },
    { args: [[2, 4, 6, 8, 10, 12, 14, 16], 14], expected: 6 },
    { args: [[2, 4, 6, 8, 10, 12, 14, 16], 1], expected: -1 },
    { args: [[2, 4, 6, 8, 10, 12, 14, 16], 17], expected: -1 },
    { args: [[0, 5, 10, 15, 20, 25, 30], 15], expected: 3 },
    { args: [[1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21], 21], expected: 10 },
    { args: [Array.from({ length: 10000 }, (_, i) => 2 * i - 10000), 9998], expected: 9999 },
    { args: [Array.from({ length: 10000 }, (_, i) => 2 * i - 10000), -10000], expected: 0 },
    { args: [Array.from({ length: 10000 }, (_, i) => 2 * i - 10000), 1], expected: -1 },
  ],
  // A sorted list with the target at the very end: a linear scan reads every element.
  generate: (n, random) => {
    const nums: number[] = [];
    let value = -Math.floor(random() * 1000);
    for (let i = 0; i < n; i++) {
      value += 1 + Math.floor(random() * 3);
      nums.push(value);
    }
    return [nums, value];
  },
  optimal: { time: "O(log n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function search(nums, target) {
  let lo = 0;
  let hi = nums.length - 1;
  while (lo <= hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (nums[mid] === target) return mid;
    if (nums[mid] < target) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
`,
    python: `def search(nums, target):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
`,
  },
  slowerSolution: {
    time: "O(n)",
    javascript: `function search(nums, target) {
  for (let i = 0; i < nums.length; i++) {
    if (nums[i] === target) return i;
  }
  return -1;
}
`,
  },
  hints: [
    {
      en: "A linear scan ignores the fact that the list is sorted. What does one comparison tell you about the other elements?",
      ru: "Линейный проход не использует отсортированность. Что одно сравнение говорит об остальных элементах?",
    },
    {
      en: "Compare the target with the middle element: whichever way it goes, you can discard half of the remaining range.",
      ru: "Сравните target со средним элементом: при любом исходе можно отбросить половину оставшегося диапазона.",
    },
    {
      en: "Keep lo and hi as the inclusive bounds of the range that may still hold the target; loop while lo ≤ hi, move lo to mid + 1 or hi to mid − 1.",
      ru: "Держите lo и hi — включительные границы диапазона, где ещё может быть target; крутите цикл, пока lo ≤ hi, сдвигая lo на mid + 1 или hi на mid − 1.",
    },
  ],
  followUps: [
    {
      en: "If values could repeat, how would you return the first position of the target?",
      ru: "Если значения могут повторяться, как вернуть первую позицию target?",
    },
    {
      en: "How would you return the position where the target should be inserted to keep the list sorted?",
      ru: "Как вернуть позицию, куда надо вставить target, чтобы список остался отсортированным?",
    },
    {
      en: "Why do some languages write mid = lo + (hi − lo) / 2 instead of (lo + hi) / 2?",
      ru: "Почему в некоторых языках пишут mid = lo + (hi − lo) / 2, а не (lo + hi) / 2?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "States the loop invariant (the target, if present, lies in [lo, hi]) and uses it to pick the bounds update.",
      },
      {
        en: "Tests the empty list, a single element and targets outside both ends without prompting.",
      },
      { en: "Mentions integer overflow in lo + hi for fixed-width languages." },
    ],
    weak: [
      {
        en: "Mixes inclusive and exclusive bounds, producing an infinite loop or missing the last element.",
      },
      { en: "Falls back to a linear scan or to indexOf and calls it binary search." },
    ],
  },
};
