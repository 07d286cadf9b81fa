import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

const ascending = Array.from({ length: 2500 }, (_, i) => i - 1250);
const descending = Array.from({ length: 2500 }, (_, i) => 10000 - i * 8);
const scrambled = Array.from({ length: 2500 }, (_, i) => ((i * 7919) % 2503) - 1250);
const sawtooth = Array.from({ length: 2500 }, (_, i) => (i % 50) * 10 - Math.floor(i / 50));

export const problem: CodingProblemInput = {
  id: "longest-increasing-subsequence",
  title: {
    en: "Longest Increasing Subsequence",
    ru: "Наибольшая возрастающая подпоследовательность",
  },
  difficulty: "medium",
  topics: ["dynamic-programming", "binary-search"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `Given a list of integers \`nums\`, return the length of its longest strictly increasing
subsequence.

A subsequence keeps some of the elements (possibly all or none) in their original order; they do
not have to be next to each other. Strictly increasing means every element is larger than the one
before it, so equal values cannot both be used.

**Examples**

\`\`\`
lengthOfLIS([10, 9, 2, 5, 3, 7, 101, 18])  →  4     (for instance 2, 3, 7, 18)
lengthOfLIS([0, 1, 0, 3, 2, 3])            →  4     (0, 1, 2, 3)
lengthOfLIS([7, 7, 7, 7])                  →  1
\`\`\`

**Constraints**

- 0 ≤ nums.length ≤ 2500
- −10⁴ ≤ nums[i] ≤ 10⁴

Can you do better than comparing every pair of positions?`,
    ru: `Дан список целых чисел \`nums\`. Верните длину его наибольшей строго возрастающей
подпоследовательности.

Подпоследовательность сохраняет часть элементов (возможно, все или ни одного) в исходном порядке,
но не обязательно подряд. Строго возрастающая — каждый следующий элемент больше предыдущего,
поэтому два равных значения взять нельзя.

**Примеры**

\`\`\`
lengthOfLIS([10, 9, 2, 5, 3, 7, 101, 18])  →  4     (например, 2, 3, 7, 18)
lengthOfLIS([0, 1, 0, 3, 2, 3])            →  4     (0, 1, 2, 3)
lengthOfLIS([7, 7, 7, 7])                  →  1
\`\`\`

**Ограничения**

- 0 ≤ nums.length ≤ 2500
- −10⁴ ≤ nums[i] ≤ 10⁴

Можно ли обойтись без сравнения всех пар позиций?`,
  },
  entry: "lengthOfLIS",
  starterCode: {
    javascript: "function lengthOfLIS(nums) {\n  // return the length\n}\n",
    typescript:
      "function lengthOfLIS(nums: number[]): number {\n  // return the length\n  return -1;\n}\n",
    python: "def lengthOfLIS(nums):\n    # return the length\n    pass\n",
  },
  examples: [
    { args: [[10, 9, 2, 5, 3, 7, 101, 18]], expected: 4 },
    { args: [[0, 1, 0, 3, 2, 3]], expected: 4 },
    { args: [[7, 7, 7, 7]], expected: 1 },
  ],
  hiddenTests: [
    { args: [[]], expected: 0 },
    { args: [[5]], expected: 1 },
    { args: [[7, 7, 7, 7, 7, 7, 7]], expected: 1 },
    { args: [[1, 2, 3, 4, 5]], expected: 5 },
    { args: [[5, 4, 3, 2, 1]], expected: 1 },
    { args: [[10, 9, 2, 5, 3, 7, 101, 18]], expected: 4 },
    { args: [[0, 1, 0, 3, 2, 3]], expected: 4 },
    { args: [[1, 3, 6, 7, 9, 4, 10, 5, 6]], expected: 6 },
    { args: [[4, 10, 4, 3, 8, 9]], expected: 3 },
    { args: [[3, 5, 6, 2, 5, 4, 19, 5, 6, 7, 12]], expected: 6 },
    { args: [[-10000, 10000]], expected: 2 },
    { args: [[10000, -10000]], expected: 1 },
    { args: [[2, 2, 3, 3, 4, 4]], expected: 3 },
    { args: [[1, 1, 1, 2]], expected: 2 },
    { args: [[-1, -2, -3, 0]], expected: 2 },
    { args: [[6, 1, 7, 2, 8, 3, 9, 4]], expected: 4 },
    { args: [[3, 1, 2]], expected: 2 },
    { args: [ascending], expected: 2500 },
    { args: [descending], expected: 1 },
    { args: [scrambled], expected: 49 },
    { args: [sawtooth], expected: 50 },
  ],
  // Random values over a wide range: the pairwise DP always compares every pair.
  generate: (n, random) => [Array.from({ length: n }, () => Math.floor(random() * 20001) - 10000)],
  // Close sizes while the quadratic slower solution is still fast; larger ones for the reference.
  complexitySizes: [
    256, 384, 512, 768, 1024, 1536, 2048, 4096, 8192, 16384, 32768, 65536, 131072, 262144,
  ],
  optimal: { time: "O(n log n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function lengthOfLIS(nums) {
  // tails[k] = smallest possible last value of an increasing subsequence of length k + 1
  const tails = [];
  for (const x of nums) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
`,
    python: `def lengthOfLIS(nums):
    tails = []
    for x in nums:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function lengthOfLIS(nums) {
  const best = new Array(nums.length).fill(1);
  let answer = 0;
  for (let i = 0; i < nums.length; i++) {
    for (let j = 0; j < i; j++) {
      if (nums[j] < nums[i] && best[j] + 1 > best[i]) best[i] = best[j] + 1;
    }
    if (best[i] > answer) answer = best[i];
  }
  return answer;
}
`,
  },
  hints: [
    {
      en: "Start with a simpler question: what is the longest increasing subsequence that ends exactly at position i?",
      ru: "Начните с вопроса попроще: какова самая длинная возрастающая подпоследовательность, которая заканчивается ровно в позиции i?",
    },
    {
      en: "That gives an O(n²) DP. To go faster, track for every length k the smallest value an increasing subsequence of length k can end with — those values are sorted.",
      ru: "Это даёт DP за O(n²). Чтобы ускориться, храните для каждой длины k наименьшее значение, которым может заканчиваться возрастающая подпоследовательность длины k, — эти значения упорядочены.",
    },
    {
      en: "For each number, binary-search the first tail that is ≥ it and overwrite it, or append when none is; the answer is the number of tails.",
      ru: "Для каждого числа бинарным поиском найдите первый «хвост» ≥ него и замените его, а если такого нет — добавьте в конец; ответ — число хвостов.",
    },
  ],
  followUps: [
    {
      en: "Return one longest subsequence itself, not just its length.",
      ru: "Верните саму наибольшую подпоследовательность, а не только её длину.",
    },
    {
      en: "How do you count how many longest increasing subsequences there are?",
      ru: "Как посчитать, сколько существует наибольших возрастающих подпоследовательностей?",
    },
    {
      en: "What changes for a non-decreasing subsequence (equal values allowed)?",
      ru: "Что изменится для неубывающей подпоследовательности (равные значения разрешены)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Gives the O(n²) DP quickly, then explains why the tails array stays sorted and why overwriting is safe.",
      },
      {
        en: "Chooses lower bound versus upper bound deliberately and checks it against duplicates such as [2, 2, 3].",
      },
      {
        en: "Notes that the tails array is not itself a valid subsequence, only its length is meaningful.",
      },
    ],
    weak: [
      { en: "Confuses subsequence with subarray and looks only for contiguous runs." },
      { en: "Gets the binary search boundary wrong so equal values extend the sequence." },
      { en: "Tries to enumerate all subsequences, which is exponential." },
    ],
  },
};
