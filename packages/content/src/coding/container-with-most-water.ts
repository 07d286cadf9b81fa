import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "container-with-most-water",
  title: { en: "Container With Most Water", ru: "Сосуд с наибольшим объёмом воды" },
  difficulty: "medium",
  topics: ["two-pointers", "greedy"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `A row of vertical walls stands at positions \`0, 1, …, n − 1\`; the wall at position \`i\` is
\`height[i]\` units tall. Pick any two walls: together with the ground they hold water up to the
height of the shorter wall, across the distance between them, so the amount is
\`min(height[i], height[j]) · (j − i)\`. The walls in between do not get in the way.

Return the largest amount of water any pair of walls can hold.

**Examples**

\`\`\`
maxArea([1, 8, 6, 2, 5, 4, 8, 3, 7])  →  49    // walls 1 and 8: min(8, 7) · 7
maxArea([4, 3, 2, 1, 4])              →  16    // walls 0 and 4: min(4, 4) · 4
maxArea([1, 1])                       →  1
\`\`\`

**Constraints**

- 2 ≤ height.length ≤ 10⁵
- 0 ≤ height[i] ≤ 10⁴`,
    ru: `В ряд стоят вертикальные стенки на позициях \`0, 1, …, n − 1\`; стенка на позиции \`i\` имеет
высоту \`height[i]\`. Выберите любые две стенки: вместе с землёй они удерживают воду до высоты
меньшей из них на всём расстоянии между ними, то есть объём равен
\`min(height[i], height[j]) · (j − i)\`. Стенки между ними не мешают.

Верните наибольший объём воды, который может удержать какая-нибудь пара стенок.

**Примеры**

\`\`\`
maxArea([1, 8, 6, 2, 5, 4, 8, 3, 7])  →  49    // стенки 1 и 8: min(8, 7) · 7
maxArea([4, 3, 2, 1, 4])              →  16    // стенки 0 и 4: min(4, 4) · 4
maxArea([1, 1])                       →  1
\`\`\`

**Ограничения**

- 2 ≤ height.length ≤ 10⁵
- 0 ≤ height[i] ≤ 10⁴`,
  },
  entry: "maxArea",
  starterCode: {
    javascript: "function maxArea(height) {\n  // return the largest amount of water\n}\n",
    typescript:
      "function maxArea(height: number[]): number {\n  // return the largest amount of water\n  return 0;\n}\n",
    python: "def maxArea(height):\n    # return the largest amount of water\n    pass\n",
  },
  examples: [
    { args: [[1, 8, 6, 2, 5, 4, 8, 3, 7]], expected: 49 },
    { args: [[4, 3, 2, 1, 4]], expected: 16 },
    { args: [[1, 1]], expected: 1 },
  ],
  hiddenTests: [
    { args: [[1, 1]], expected: 1 },
    { args: [[0, 0]], expected: 0 },
    { args: [[5, 0]], expected: 0 },
    { args: [[2, 1]], expected: 1 },
    { args: [[1, 2, 1]], expected: 2 },
    { args: [[1, 2, 3, 4, 5]], expected: 6 },
    { args: [[5, 4, 3, 2, 1]], expected: 6 },
    { args: [[3, 3, 3, 3, 3]], expected: 12 },
    { args: [[6, 1, 1, 1, 1, 1, 6]], expected: 36 },
    { args: [[2, 3, 4, 5, 18, 17, 6]], expected: 17 },
    { args: [[1, 3, 2, 5, 25, 24, 5]], expected: 24 },
    { args: [[10000, 10000]], expected: 10000 },
    { args: [[10000, 1, 1, 10000]], expected: 30000 },
    { args: [[0, 10000, 0, 0, 10000, 0]], expected: 30000 },
    { args: [[1, 10000, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 10000, 1]], expected: 130000 },
    { args: [[1, 8, 100, 2, 100, 4, 8, 3, 7]], expected: 200 },
    // Heights 1 … 3 000: the best pair is positions 1 499 and 2 999, holding 1 500 · 1 500.
    { args: [Array.from({ length: 3000 }, (_, i) => i + 1)], expected: 2250000 },
    // 3 000 walls of height 10 000: the two ends hold 10 000 · 2 999.
    { args: [Array.from({ length: 3000 }, () => 10000)], expected: 29990000 },
  ],
  // Random heights: the two-pointer scan always takes n − 1 steps, the pairwise check n²/2.
  generate: (n, random) => [Array.from({ length: n }, () => Math.floor(random() * 10001))],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function maxArea(height) {
  let left = 0;
  let right = height.length - 1;
  let best = 0;
  while (left < right) {
    const water = Math.min(height[left], height[right]) * (right - left);
    if (water > best) best = water;
    if (height[left] < height[right]) left++;
    else right--;
  }
  return best;
}
`,
    python: `def maxArea(height):
    left, right = 0, len(height) - 1
    best = 0
    while left < right:
        best = max(best, min(height[left], height[right]) * (right - left))
        if height[left] < height[right]:
            left += 1
        else:
            right -= 1
    return best
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function maxArea(height) {
  let best = 0;
  for (let i = 0; i < height.length; i++) {
    for (let j = i + 1; j < height.length; j++) {
      const water = Math.min(height[i], height[j]) * (j - i);
      if (water > best) best = water;
    }
  }
  return best;
}
`,
  },
  hints: [
    {
      en: "Start with the widest pair: the first and the last wall. What limits the water it holds?",
      ru: "Начните с самой широкой пары: первой и последней стенки. Что ограничивает объём воды в ней?",
    },
    {
      en: "If you keep the shorter wall and move the taller one inward, the width shrinks and the height cannot grow past the shorter wall. So that move never helps.",
      ru: "Если оставить меньшую стенку и сдвинуть большую внутрь, ширина уменьшится, а высота не превысит меньшую стенку. Такой ход никогда не помогает.",
    },
    {
      en: "Use two pointers at the ends. Record the current amount, then move the pointer at the shorter wall inward; stop when they meet. That is one pass, O(n).",
      ru: "Поставьте два указателя на концы. Запишите текущий объём и сдвиньте внутрь указатель у меньшей стенки; остановитесь, когда указатели встретятся. Это один проход, O(n).",
    },
  ],
  followUps: [
    {
      en: "Prove that moving the pointer at the shorter wall never skips the optimal pair.",
      ru: "Докажите, что сдвиг указателя у меньшей стенки никогда не пропускает оптимальную пару.",
    },
    {
      en: "When both walls have the same height, does it matter which pointer you move? Why?",
      ru: "Если стенки одинаковой высоты, важно ли, какой указатель сдвигать? Почему?",
    },
    {
      en: "How is this different from computing how much rain water the whole row traps, where inner walls do matter?",
      ru: "Чем эта задача отличается от подсчёта дождевой воды, которую удерживает весь ряд, где внутренние стенки важны?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Starts from the brute force, then justifies the two-pointer move with an exchange argument rather than intuition alone.",
      },
      { en: "Handles zero heights and equal heights, and states O(n) time with O(1) space." },
    ],
    weak: [
      {
        en: "Moves the taller wall or both walls, or cannot explain why moving the shorter one is safe.",
      },
      { en: "Confuses the task with trapping rain water and sums water over all positions." },
    ],
  },
};
