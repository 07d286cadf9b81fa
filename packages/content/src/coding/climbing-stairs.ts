import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "climbing-stairs",
  title: { en: "Climbing Stairs", ru: "Подъём по лестнице" },
  difficulty: "easy",
  topics: ["dynamic-programming", "math"],
  tracks: ["backend", "fullstack", "frontend", "mobile"],
  statement: {
    en: `A staircase has \`n\` steps. On every move you go up either one step or two steps. Count how
many different sequences of moves take you from the ground to exactly the top step.

Two sequences are different when they differ in at least one move, so going 1 then 2 is not the
same as going 2 then 1.

**Examples**

\`\`\`
climbStairs(2)  →  2     (1+1, 2)
climbStairs(3)  →  3     (1+1+1, 1+2, 2+1)
climbStairs(5)  →  8
\`\`\`

**Constraints**

- 1 ≤ n ≤ 30`,
    ru: `У лестницы \`n\` ступенек. За один ход можно подняться на одну или на две ступеньки.
Посчитайте, сколькими разными последовательностями ходов можно попасть с земли ровно на верхнюю
ступеньку.

Последовательности различаются, если отличается хотя бы один ход: 1, затем 2 — не то же самое,
что 2, затем 1.

**Примеры**

\`\`\`
climbStairs(2)  →  2     (1+1, 2)
climbStairs(3)  →  3     (1+1+1, 1+2, 2+1)
climbStairs(5)  →  8
\`\`\`

**Ограничения**

- 1 ≤ n ≤ 30`,
  },
  entry: "climbStairs",
  starterCode: {
    javascript: "function climbStairs(n) {\n  // return the number of ways\n}\n",
    typescript:
      "function climbStairs(n: number): number {\n  // return the number of ways\n  return 0;\n}\n",
    python: "def climbStairs(n):\n    # return the number of ways\n    pass\n",
  },
  examples: [
    { args: [2], expected: 2 },
    { args: [3], expected: 3 },
    { args: [5], expected: 8 },
  ],
  hiddenTests: [
    { args: [1], expected: 1 },
    { args: [2], expected: 2 },
    { args: [3], expected: 3 },
    { args: [4], expected: 5 },
    { args: [5], expected: 8 },
    { args: [6], expected: 13 },
    { args: [7], expected: 21 },
    { args: [8], expected: 34 },
    { args: [9], expected: 55 },
    { args: [10], expected: 89 },
    { args: [12], expected: 233 },
    { args: [15], expected: 987 },
    { args: [18], expected: 4181 },
    { args: [20], expected: 10946 },
    { args: [23], expected: 46368 },
    { args: [25], expected: 121393 },
    { args: [27], expected: 317811 },
    { args: [29], expected: 832040 },
    { args: [30], expected: 1346269 },
  ],
  // The answer depends only on n; plain recursion makes about φⁿ calls, the loop n steps.
  generate: (n) => [n],
  complexitySizes: [20, 21, 22, 23, 24, 25, 26, 27, 28],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function climbStairs(n) {
  let prev = 1; // ways to reach step i - 1
  let curr = 1; // ways to reach step i
  for (let i = 2; i <= n; i++) {
    const next = prev + curr;
    prev = curr;
    curr = next;
  }
  return curr;
}
`,
    python: `def climbStairs(n):
    prev, curr = 1, 1
    for _ in range(2, n + 1):
        prev, curr = curr, prev + curr
    return curr
`,
  },
  slowerSolution: {
    time: "O(2^n)",
    javascript: `function climbStairs(n) {
  if (n <= 1) return 1;
  return climbStairs(n - 1) + climbStairs(n - 2);
}
`,
  },
  hints: [
    {
      en: "Think about the very last move. Where could you have been standing just before it?",
      ru: "Подумайте о самом последнем ходе. Где вы могли стоять прямо перед ним?",
    },
    {
      en: "The ways to reach step i are the ways to reach step i − 1 plus the ways to reach step i − 2. A direct recursive version repeats the same sub-questions many times.",
      ru: "Число способов дойти до ступеньки i равно сумме способов для i − 1 и i − 2. Прямая рекурсия много раз решает одни и те же подзадачи.",
    },
    {
      en: "Build the answers from the bottom up: start with 1 way for steps 0 and 1 and keep only the last two values in a loop up to n.",
      ru: "Считайте снизу вверх: по 1 способу для ступенек 0 и 1, затем в цикле до n храните только два последних значения.",
    },
  ],
  followUps: [
    {
      en: "What if a move can cover 1, 2 or 3 steps — or any size from a given list?",
      ru: "А если за ход можно подняться на 1, 2 или 3 ступеньки — или на любое число из заданного списка?",
    },
    {
      en: "n can be up to 10¹⁸ and the answer is wanted modulo 10⁹ + 7. How do you get O(log n)?",
      ru: "n может быть до 10¹⁸, а ответ нужен по модулю 10⁹ + 7. Как получить O(log n)?",
    },
    {
      en: "Some steps are broken and cannot be stepped on. How does the recurrence change?",
      ru: "Некоторые ступеньки сломаны, на них вставать нельзя. Как изменится рекуррентная формула?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Derives f(i) = f(i − 1) + f(i − 2) from the last move and names the base cases without guessing.",
      },
      {
        en: "Points out the exponential cost of naive recursion, then reduces memory to two variables.",
      },
      {
        en: "Mentions the Fibonacci connection and, for the follow-up, matrix exponentiation or fast doubling.",
      },
    ],
    weak: [
      { en: "Writes the plain recursion and cannot explain why it is slow or how to fix it." },
      { en: "Gets the base cases off by one (for example returns 1 for n = 2)." },
    ],
  },
};
