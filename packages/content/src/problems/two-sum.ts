import type { CodingProblem } from "../problem-schema.ts";

export const twoSum: CodingProblem = {
  id: "two-sum",
  title: "Two Sum",
  difficulty: "easy",
  topics: ["arrays-and-hashing"],
  statement: `Given a list of integers \`nums\` and an integer \`target\`, return the positions of the two
numbers that add up to \`target\`, smaller position first.

Exactly one pair adds up to the target, and you may not use the same position twice.

**Example**

\`\`\`
nums = [2, 7, 11, 15], target = 9  →  [0, 1]
nums = [3, 2, 4], target = 6       →  [1, 2]
\`\`\`

**Constraints**

- 2 ≤ nums.length ≤ 10⁴
- −10⁹ ≤ nums[i], target ≤ 10⁹

Can you do better than checking every pair?`,
  entry: "twoSum",
  starterCode: {
    javascript: "function twoSum(nums, target) {\n  // return [i, j]\n}\n",
    typescript:
      "function twoSum(nums: number[], target: number): number[] {\n  // return [i, j]\n  return [];\n}\n",
    python: "def twoSum(nums, target):\n    # return [i, j]\n    pass\n",
  },
  examples: [
    { args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { args: [[3, 2, 4], 6], expected: [1, 2] },
  ],
  hiddenTests: [
    { args: [[2, 7, 11, 15], 9], expected: [0, 1] },
    { args: [[3, 2, 4], 6], expected: [1, 2] },
    { args: [[3, 3], 6], expected: [0, 1] },
    { args: [[-1, -2, -3, -4, -5], -8], expected: [2, 4] },
    { args: [[0, 4, 3, 0], 0], expected: [0, 3] },
    { args: [[1, 5, 9, 13, 2], 15], expected: [3, 4] },
    { args: [[1000000000, 7, -999999993], 7], expected: [0, 2] },
    { args: [[5, 75, 25], 100], expected: [1, 2] },
  ],
  compare: {},
  referenceSolutions: {
    javascript:
      "function twoSum(nums, target) {\n  const seen = new Map();\n  for (let i = 0; i < nums.length; i++) {\n    const j = seen.get(target - nums[i]);\n    if (j !== undefined) return [j, i];\n    seen.set(nums[i], i);\n  }\n  return [];\n}\n",
    python:
      "def twoSum(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i\n    return []\n",
  },
  timeLimitSec: 2_700,
  interviewerNotes:
    "Strong: states the brute force, moves to a hash map, names O(n) time and O(n) space, tests duplicates and negatives. Weak: codes immediately without clarifying, cannot explain the complexity.",
};
