import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "contains-duplicate",
  title: { en: "Contains Duplicate", ru: "Есть ли повторы" },
  difficulty: "easy",
  topics: ["arrays-and-hashing"],
  tracks: ["backend", "frontend", "fullstack", "mobile", "data"],
  statement: {
    en: `You receive a list of integers \`nums\`. Report whether any value shows up in it more than
once: return \`true\` if at least one value repeats, and \`false\` if all values are distinct.

**Examples**

\`\`\`
containsDuplicate([4, 1, 7, 1])  →  true
containsDuplicate([10, 20, 30])  →  false
\`\`\`

**Constraints**

- 0 ≤ nums.length ≤ 10⁵
- −10⁹ ≤ nums[i] ≤ 10⁹`,
    ru: `Дан список целых чисел \`nums\`. Выясните, встречается ли в нём какое-нибудь значение
больше одного раза: верните \`true\`, если хотя бы одно значение повторяется, и \`false\`, если все
значения различны.

**Примеры**

\`\`\`
containsDuplicate([4, 1, 7, 1])  →  true
containsDuplicate([10, 20, 30])  →  false
\`\`\`

**Ограничения**

- 0 ≤ nums.length ≤ 10⁵
- −10⁹ ≤ nums[i] ≤ 10⁹`,
  },
  entry: "containsDuplicate",
  starterCode: {
    javascript: "function containsDuplicate(nums) {\n  // return true or false\n}\n",
    typescript:
      "function containsDuplicate(nums: number[]): boolean {\n  // return true or false\n  return false;\n}\n",
    python: "def containsDuplicate(nums):\n    # return True or False\n    pass\n",
  },
  examples: [
    { args: [[4, 1, 7, 1]], expected: true },
    { args: [[10, 20, 30]], expected: false },
  ],
  hiddenTests: [
    { args: [[]], expected: false },
    { args: [[5]], expected: false },
    { args: [[1, 1]], expected: true },
    { args: [[1, 2]], expected: false },
    { args: [[0, 0, 0, 0]], expected: true },
    { args: [[-1, -2, -3, -1]], expected: true },
    { args: [[-5, 5]], expected: false },
    { args: [[7, 3, 9, 3, 7]], expected: true },
    { args: [[2, 14, 18, 22, 22]], expected: true },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 1]], expected: true },
    { args: [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]], expected: false },
    { args: [[-1000000000, 0, 1000000000]], expected: false },
    { args: [[1000000000, 3, 1000000000]], expected: true },
    { args: [[1000000000, -1000000000, 999999999, -999999999]], expected: false },
    { args: [[3, -3, 6, -6, 3]], expected: true },
    // 2 000 distinct values (even numbers from −2 000 to 1 998): no repeat anywhere.
    { args: [Array.from({ length: 2000 }, (_, i) => 2 * i - 2000)], expected: false },
    // The same values plus one copy of the first value at the very end.
    { args: [[...Array.from({ length: 2000 }, (_, i) => 2 * i - 2000), -2000]], expected: true },
  ],
  // Distinct values in shuffled order: the answer is false, so every solution must look at everything.
  generate: (n, random) => {
    const nums = Array.from({ length: n }, (_, i) => i * 7 - 3 * n);
    for (let i = n - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [nums[i], nums[j]] = [nums[j] as number, nums[i] as number];
    }
    return [nums];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function containsDuplicate(nums) {
  const seen = new Set();
  for (const value of nums) {
    if (seen.has(value)) return true;
    seen.add(value);
  }
  return false;
}
`,
    python: `def containsDuplicate(nums):
    seen = set()
    for value in nums:
        if value in seen:
            return True
        seen.add(value)
    return False
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function containsDuplicate(nums) {
  for (let i = 0; i < nums.length; i++) {
    for (let j = i + 1; j < nums.length; j++) {
      if (nums[i] === nums[j]) return true;
    }
  }
  return false;
}
`,
  },
  hints: [
    {
      en: "Comparing every value with every other one gives the right answer. How many comparisons is that for 10⁵ values?",
      ru: "Сравнение каждого значения с каждым даёт верный ответ. Сколько это сравнений для 10⁵ значений?",
    },
    {
      en: "Instead of looking back over the list, remember the values you have already passed in a structure with fast membership checks.",
      ru: "Вместо того чтобы каждый раз просматривать список заново, запоминайте пройденные значения в структуре с быстрой проверкой наличия.",
    },
    {
      en: "Walk the list once with a hash set: if the current value is already in the set, return true; otherwise add it. Return false after the loop.",
      ru: "Пройдите список один раз с хеш-множеством: если текущее значение уже в множестве, верните true, иначе добавьте его. После цикла верните false.",
    },
  ],
  followUps: [
    {
      en: "Suppose you may use only O(1) extra memory. What does sorting in place cost, and what does it do to the caller's list?",
      ru: "Допустим, дополнительной памяти можно использовать только O(1). Во что обойдётся сортировка на месте и что она сделает со списком вызывающего кода?",
    },
    {
      en: "How would you check whether two equal values occur at most k positions apart?",
      ru: "Как проверить, есть ли два равных значения на расстоянии не больше k позиций друг от друга?",
    },
    {
      en: "The values arrive as a stream far too large for memory. What would you give up to answer approximately, for example with a Bloom filter?",
      ru: "Значения приходят потоком, который не помещается в память. Чем можно пожертвовать ради приблизительного ответа, например с фильтром Блума?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Names the O(n²) pairwise check, then moves to a hash set with O(n) time and O(n) space without prompting.",
      },
      {
        en: "Discusses the sort-based alternative (O(n log n) time, little extra memory) and when each one is preferable.",
      },
      { en: "Returns early on the first repeat and handles the empty list and a single value." },
    ],
    weak: [
      {
        en: "Builds a set of all values and compares sizes but cannot say what that costs or why it works.",
      },
      { en: "Uses includes/indexOf inside a loop and believes the solution is linear." },
    ],
  },
};
