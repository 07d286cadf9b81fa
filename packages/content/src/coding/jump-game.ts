import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "jump-game",
  title: { en: "Jump Game", ru: "Игра в прыжки" },
  difficulty: "medium",
  topics: ["greedy"],
  tracks: ["backend", "fullstack", "frontend", "mobile"],
  statement: {
    en: `You stand on position 0 of the list \`nums\`. From position \`i\` you may jump forward by any
number of steps from 1 up to \`nums[i]\` (a value of 0 means you cannot move from there). Return
\`true\` if some sequence of jumps lands on the last position, and \`false\` otherwise.

**Examples**

\`\`\`
canJump([2, 3, 1, 1, 4])  →  true    (0 → 1 → 4)
canJump([3, 2, 1, 0, 4])  →  false   (every route stops on position 3)
canJump([0])              →  true    (you already stand on the last position)
\`\`\`

**Constraints**

- 1 ≤ nums.length ≤ 10⁴
- 0 ≤ nums[i] ≤ 10⁵`,
    ru: `Вы стоите в позиции 0 списка \`nums\`. Из позиции \`i\` можно прыгнуть вперёд на любое число шагов
от 1 до \`nums[i]\` (значение 0 значит, что отсюда двигаться нельзя). Верните \`true\`, если
какая-то последовательность прыжков приводит на последнюю позицию, иначе \`false\`.

**Примеры**

\`\`\`
canJump([2, 3, 1, 1, 4])  →  true    (0 → 1 → 4)
canJump([3, 2, 1, 0, 4])  →  false   (любой путь застревает в позиции 3)
canJump([0])              →  true    (вы уже на последней позиции)
\`\`\`

**Ограничения**

- 1 ≤ nums.length ≤ 10⁴
- 0 ≤ nums[i] ≤ 10⁵`,
  },
  entry: "canJump",
  starterCode: {
    javascript: "function canJump(nums) {\n  // return true or false\n}\n",
    typescript:
      "function canJump(nums: number[]): boolean {\n  // return true or false\n  return false;\n}\n",
    python: "def canJump(nums):\n    # return True or False\n    pass\n",
  },
  examples: [
    { args: [[2, 3, 1, 1, 4]], expected: true },
    { args: [[3, 2, 1, 0, 4]], expected: false },
    { args: [[0]], expected: true },
  ],
  hiddenTests: [
    { args: [[2, 3, 1, 1, 4]], expected: true },
    { args: [[3, 2, 1, 0, 4]], expected: false },
    { args: [[0]], expected: true },
    { args: [[7]], expected: true },
    { args: [[0, 1]], expected: false },
    { args: [[1, 0]], expected: true },
    { args: [[2, 0, 0]], expected: true },
    { args: [[0, 0, 0]], expected: false },
    { args: [[1, 1, 1, 1, 1]], expected: true },
    { args: [[1, 0, 1, 0]], expected: false },
    { args: [[5, 0, 0, 0, 0, 0]], expected: true },
    { args: [[4, 0, 0, 0, 0, 1]], expected: false },
    { args: [[100000, 0, 0]], expected: true },
    { args: [[2, 0, 1, 0, 1]], expected: false },
    { args: [[1, 2, 0, 1, 0]], expected: true },
    { args: [[2, 5, 0, 0, 0, 0, 0, 1]], expected: false },
    { args: [[1, 1, 0, 1]], expected: false },
    { args: [[3, 1, 2, 0, 0, 1, 0]], expected: false },
    { args: [[2, 3, 0, 1, 4, 0, 0, 0, 0]], expected: true },
    { args: [[1, 3, 0, 0, 2, 0, 1]], expected: true },
  ],
  // Long jumps that all stop short of a zero near the end: the answer is false, and a search that
  // tries every landing square from every position does quadratic work.
  generate: (n, random) => {
    const wall = n - 2;
    const nums: number[] = [];
    for (let i = 0; i < wall; i++) {
      const most = wall - i;
      nums.push(most - Math.floor(random() * Math.ceil(most / 2)));
    }
    nums.push(0, 1 + Math.floor(random() * 5));
    return [nums];
  },
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function canJump(nums) {
  const last = nums.length - 1;
  let reach = 0;
  for (let i = 0; i <= reach; i++) {
    if (i + nums[i] > reach) reach = i + nums[i];
    if (reach >= last) return true;
  }
  return false;
}
`,
    python: `def canJump(nums):
    last = len(nums) - 1
    reach = 0
    i = 0
    while i <= reach:
        reach = max(reach, i + nums[i])
        if reach >= last:
            return True
        i += 1
    return False
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function canJump(nums) {
  const n = nums.length;
  const good = new Array(n).fill(false);
  good[n - 1] = true;
  for (let i = n - 2; i >= 0; i--) {
    const far = Math.min(n - 1, i + nums[i]);
    for (let j = i + 1; j <= far; j++) {
      if (good[j]) {
        good[i] = true;
        break;
      }
    }
  }
  return good[0];
}
`,
  },
  hints: [
    {
      en: "You do not need the actual route, only whether the last position can be reached at all.",
      ru: "Сам маршрут не нужен — важно лишь, достижима ли последняя позиция.",
    },
    {
      en: "If position i can be reached, so can every position before it. Track the farthest position reachable so far.",
      ru: "Если позиция i достижима, то достижимы и все позиции до неё. Следите за самой дальней достижимой позицией.",
    },
    {
      en: "Walk i from 0 while i ≤ reach, updating reach = max(reach, i + nums[i]); answer true as soon as reach ≥ last index.",
      ru: "Идите по i от 0, пока i ≤ reach, обновляя reach = max(reach, i + nums[i]); как только reach ≥ последнего индекса — ответ true.",
    },
  ],
  followUps: [
    {
      en: "Return the minimum number of jumps needed to reach the last position (it is guaranteed to be reachable).",
      ru: "Верните минимальное число прыжков до последней позиции (она гарантированно достижима).",
    },
    {
      en: "Jumps may now go backward or forward by exactly nums[i]. Can you reach a position holding 0?",
      ru: "Теперь из позиции i можно прыгнуть ровно на nums[i] вперёд или назад. Можно ли попасть в позицию со значением 0?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Notices reachable positions form a prefix and keeps a single farthest-reach value: O(n) time, O(1) space.",
      },
      { en: "Handles the single-element list and stops the loop once i passes the reach." },
    ],
    weak: [
      { en: "Explores jumps recursively without memoisation, which is exponential." },
      { en: "Always jumps the maximum distance from each position, which fails on [2, 5, 0, 0]." },
    ],
  },
};
