import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "combination-sum",
  title: { en: "Combination Sum", ru: "Сумма комбинаций" },
  difficulty: "medium",
  topics: ["backtracking"],
  tracks: ["backend", "fullstack", "data"],
  statement: {
    en: `You are given a list \`candidates\` of distinct positive integers and a positive integer
\`target\`. Find every way to write \`target\` as a sum of candidates, where each candidate may be used
any number of times.

Two ways count as the same if they use each number the same number of times, so \`[2, 2, 3]\` and
\`[3, 2, 2]\` are one answer. Return each way once, as a list of its numbers. The ways, and the
numbers inside each way, may come in any order. If there is no way, return an empty list.

**Examples**

\`\`\`
combinationSum([2, 3, 6, 7], 7)  →  [[2, 2, 3], [7]]
combinationSum([2, 3, 5], 8)     →  [[2, 2, 2, 2], [2, 3, 3], [3, 5]]
combinationSum([2], 1)           →  []
\`\`\`

**Constraints**

- 1 ≤ candidates.length ≤ 50
- 1 ≤ candidates[i] ≤ 100, all distinct
- 1 ≤ target ≤ 100
- the answer has fewer than 200 ways`,
    ru: `Дан список \`candidates\` из различных положительных целых чисел и положительное целое \`target\`.
Найдите все способы представить \`target\` суммой чисел из списка, где каждое число можно брать
сколько угодно раз.

Два способа совпадают, если каждое число в них взято одинаковое число раз: \`[2, 2, 3]\` и
\`[3, 2, 2]\` — один ответ. Верните каждый способ один раз в виде списка его чисел. Порядок способов
и порядок чисел внутри способа любой. Если способов нет, верните пустой список.

**Примеры**

\`\`\`
combinationSum([2, 3, 6, 7], 7)  →  [[2, 2, 3], [7]]
combinationSum([2, 3, 5], 8)     →  [[2, 2, 2, 2], [2, 3, 3], [3, 5]]
combinationSum([2], 1)           →  []
\`\`\`

**Ограничения**

- 1 ≤ candidates.length ≤ 50
- 1 ≤ candidates[i] ≤ 100, все различны
- 1 ≤ target ≤ 100
- в ответе меньше 200 способов`,
  },
  entry: "combinationSum",
  starterCode: {
    javascript:
      "function combinationSum(candidates, target) {\n  // return every combination that adds up to target\n}\n",
    typescript:
      "function combinationSum(candidates: number[], target: number): number[][] {\n  // return every combination that adds up to target\n  return [[]];\n}\n",
    python:
      "def combinationSum(candidates, target):\n    # return every combination that adds up to target\n    pass\n",
  },
  compare: { orderInsensitive: "deep" },
  examples: [
    { args: [[2, 3, 6, 7], 7], expected: [[2, 2, 3], [7]] },
    {
      args: [[2, 3, 5], 8],
      expected: [
        [2, 2, 2, 2],
        [2, 3, 3],
        [3, 5],
      ],
    },
    { args: [[2], 1], expected: [] },
  ],
  hiddenTests: [
    { args: [[2, 3, 6, 7], 7], expected: [[7], [2, 2, 3]] },
    {
      args: [[2, 3, 5], 8],
      expected: [
        [3, 5],
        [2, 3, 3],
        [2, 2, 2, 2],
      ],
    },
    { args: [[2], 1], expected: [] },
    { args: [[1], 1], expected: [[1]] },
    { args: [[1], 3], expected: [[1, 1, 1]] },
    { args: [[7], 7], expected: [[7]] },
    { args: [[5], 3], expected: [] },
    {
      args: [[8, 4], 16],
      expected: [
        [8, 8],
        [4, 4, 8],
        [4, 4, 4, 4],
      ],
    },
    { args: [[2, 4, 6], 5], expected: [] },
    { args: [[3, 5, 7], 1], expected: [] },
    {
      args: [[10, 1, 2, 7, 6, 5], 8],
      expected: [
        [1, 7],
        [2, 6],
        [1, 1, 6],
        [1, 2, 5],
        [1, 1, 1, 5],
        [2, 2, 2, 2],
        [1, 1, 2, 2, 2],
        [1, 1, 1, 1, 2, 2],
        [1, 1, 1, 1, 1, 1, 2],
        [1, 1, 1, 1, 1, 1, 1, 1],
      ],
    },
    { args: [[40], 40], expected: [[40]] },
    {
      args: [[2, 3], 12],
      expected: [
        [3, 3, 3, 3],
        [2, 2, 2, 3, 3],
        [2, 2, 2, 2, 2, 2],
      ],
    },
    {
      args: [[6, 3, 2], 9],
      expected: [
        [3, 6],
        [3, 3, 3],
        [2, 2, 2, 3],
      ],
    },
    { args: [[39, 40, 38], 1], expected: [] },
    {
      args: [[1, 2], 5],
      expected: [
        [1, 2, 2],
        [1, 1, 1, 2],
        [1, 1, 1, 1, 1],
      ],
    },
    {
      args: [[7, 3, 2], 18],
      expected: [
        [2, 2, 7, 7],
        [2, 3, 3, 3, 7],
        [2, 2, 2, 2, 3, 7],
        [3, 3, 3, 3, 3, 3],
        [2, 2, 2, 3, 3, 3, 3],
        [2, 2, 2, 2, 2, 2, 3, 3],
        [2, 2, 2, 2, 2, 2, 2, 2, 2],
      ],
    },
    {
      args: [[2, 3, 5, 7, 11], 20],
      expected: [
        [2, 7, 11],
        [2, 2, 5, 11],
        [3, 3, 3, 11],
        [3, 3, 7, 7],
        [3, 5, 5, 7],
        [5, 5, 5, 5],
        [2, 2, 2, 3, 11],
        [2, 2, 2, 7, 7],
        [2, 3, 3, 5, 7],
        [2, 3, 5, 5, 5],
        [2, 2, 2, 2, 5, 7],
        [2, 2, 3, 3, 3, 7],
        [2, 2, 3, 3, 5, 5],
        [3, 3, 3, 3, 3, 5],
        [2, 2, 2, 2, 2, 3, 7],
        [2, 2, 2, 2, 2, 5, 5],
        [2, 2, 2, 3, 3, 3, 5],
        [2, 3, 3, 3, 3, 3, 3],
        [2, 2, 2, 2, 2, 2, 3, 5],
        [2, 2, 2, 2, 3, 3, 3, 3],
        [2, 2, 2, 2, 2, 2, 2, 3, 3],
        [2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
      ],
    },
    {
      args: [[12, 25, 13], 37],
      expected: [
        [12, 25],
        [12, 12, 13],
      ],
    },
    {
      args: [[3, 11, 4, 9], 23],
      expected: [
        [3, 9, 11],
        [4, 4, 4, 11],
        [3, 3, 3, 3, 11],
        [3, 3, 4, 4, 9],
        [3, 4, 4, 4, 4, 4],
        [3, 3, 3, 3, 3, 4, 4],
      ],
    },
  ],
  // Every even number below an odd target: no combination exists, so the search must exhaust every
  // partial sum below the target. The target grows with n² so the search tree roughly doubles per step.
  generate: (n, random) => {
    const target = 2 * Math.round((n * n) / 14) + 1;
    const evens: number[] = [];
    for (let v = 2; v < target; v += 2) evens.push(v);
    for (let i = evens.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [evens[i], evens[j]] = [evens[j] as number, evens[i] as number];
    }
    return [evens, target];
  },
  complexitySizes: [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24],
  optimal: { time: "O(2^n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function combinationSum(candidates, target) {
  const nums = candidates.slice().sort((a, b) => a - b);
  const out = [];
  const path = [];
  function search(start, remaining) {
    if (remaining === 0) {
      out.push(path.slice());
      return;
    }
    for (let i = start; i < nums.length && nums[i] <= remaining; i++) {
      path.push(nums[i]);
      search(i, remaining - nums[i]);
      path.pop();
    }
  }
  search(0, target);
  return out;
}
`,
    python: `def combinationSum(candidates, target):
    nums = sorted(candidates)
    out = []
    path = []

    def search(start, remaining):
        if remaining == 0:
            out.append(path[:])
            return
        for i in range(start, len(nums)):
            if nums[i] > remaining:
                break
            path.append(nums[i])
            search(i, remaining - nums[i])
            path.pop()

    search(0, target)
    return out
`,
  },
  slowerSolution: {
    time: "O(2^n)",
    javascript: `function combinationSum(candidates, target) {
  // No sorting, no pruning, and the running sum is recomputed from the path at every step.
  const out = [];
  const path = [];
  function search(start) {
    let sum = 0;
    for (let k = 0; k < path.length; k++) sum += path[k];
    if (sum === target) {
      out.push(path.slice());
      return;
    }
    if (sum > target) return;
    for (let i = start; i < candidates.length; i++) {
      path.push(candidates[i]);
      search(i);
      path.pop();
    }
  }
  search(0);
  return out;
}
`,
  },
  hints: [
    {
      en: "Build a combination one number at a time and undo the last choice when it cannot lead to the target.",
      ru: "Стройте комбинацию по одному числу и отменяйте последний выбор, если он не ведёт к цели.",
    },
    {
      en: "To avoid producing [2, 3] and [3, 2] separately, only allow numbers at or after the position of the last number you chose.",
      ru: "Чтобы не получать [2, 3] и [3, 2] отдельно, разрешайте брать только числа не левее последнего выбранного.",
    },
    {
      en: "Sort the candidates; recurse with (start index, remaining). Record a copy of the path when remaining is 0, and stop the loop as soon as a candidate exceeds remaining.",
      ru: "Отсортируйте числа; рекурсия по (начальный индекс, остаток). При остатке 0 сохраните копию пути, а цикл прерывайте, как только число больше остатка.",
    },
  ],
  followUps: [
    {
      en: "Each candidate may now be used at most once and the list may contain duplicates. How do you avoid repeated answers?",
      ru: "Теперь каждое число можно взять не больше одного раза, а в списке бывают повторы. Как избежать одинаковых ответов?",
    },
    {
      en: "Only the number of combinations is needed, for target up to 10⁴. What approach fits?",
      ru: "Нужно только число комбинаций, а target до 10⁴. Какой подход подойдёт?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Uses a start index so each multiset appears once, and copies the path when recording it.",
      },
      {
        en: "Sorts to prune early and discusses why the running time is bounded by the size of the search tree.",
      },
    ],
    weak: [
      { en: "Generates permutations and removes duplicates afterwards with sorting and a set." },
      { en: "Pushes the shared path array itself, so every recorded answer ends up empty." },
    ],
  },
};
