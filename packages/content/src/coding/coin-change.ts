import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "coin-change",
  title: { en: "Coin Change", ru: "Размен монет" },
  difficulty: "medium",
  topics: ["dynamic-programming"],
  tracks: ["backend", "fullstack", "data", "mobile"],
  statement: {
    en: `You are given the coin denominations \`coins\` and a total \`amount\`. Every denomination is
available in unlimited supply. Return the smallest number of coins whose values add up to exactly
\`amount\`, or \`-1\` when no combination of coins reaches it. An amount of 0 needs no coins.

**Examples**

\`\`\`
coinChange([1, 2, 5], 11)  →  3     (5 + 5 + 1)
coinChange([2], 3)         →  -1
coinChange([1, 3, 4], 6)   →  2     (3 + 3; taking the 4 first leads to 3 coins)
\`\`\`

**Constraints**

- 1 ≤ coins.length ≤ 12
- 1 ≤ coins[i] ≤ 2³¹ − 1 (a value may repeat)
- 0 ≤ amount ≤ 3000`,
    ru: `Даны номиналы монет \`coins\` и сумма \`amount\`. Монет каждого номинала сколько угодно.
Верните наименьшее число монет, которые в сумме дают ровно \`amount\`, или \`-1\`, если набрать
такую сумму нельзя. Для суммы 0 монеты не нужны.

**Примеры**

\`\`\`
coinChange([1, 2, 5], 11)  →  3     (5 + 5 + 1)
coinChange([2], 3)         →  -1
coinChange([1, 3, 4], 6)   →  2     (3 + 3; если сначала взять 4, выйдет 3 монеты)
\`\`\`

**Ограничения**

- 1 ≤ coins.length ≤ 12
- 1 ≤ coins[i] ≤ 2³¹ − 1 (номиналы могут повторяться)
- 0 ≤ amount ≤ 3000`,
  },
  entry: "coinChange",
  starterCode: {
    javascript: "function coinChange(coins, amount) {\n  // return the fewest coins, or -1\n}\n",
    typescript:
      "function coinChange(coins: number[], amount: number): number {\n  // return the fewest coins, or -1\n  return 0;\n}\n",
    python: "def coinChange(coins, amount):\n    # return the fewest coins, or -1\n    pass\n",
  },
  examples: [
    { args: [[1, 2, 5], 11], expected: 3 },
    { args: [[2], 3], expected: -1 },
    { args: [[1, 3, 4], 6], expected: 2 },
  ],
  hiddenTests: [
    { args: [[1, 2, 5], 11], expected: 3 },
    { args: [[2], 3], expected: -1 },
    { args: [[1], 0], expected: 0 },
    { args: [[10], 0], expected: 0 },
    { args: [[1], 1], expected: 1 },
    { args: [[1], 2], expected: 2 },
    { args: [[7], 7], expected: 1 },
    { args: [[2, 3], 1], expected: -1 },
    { args: [[2, 5, 10, 1], 27], expected: 4 },
    { args: [[3, 7], 5], expected: -1 },
    { args: [[3, 7], 13], expected: 3 },
    { args: [[1, 3, 4], 6], expected: 2 },
    { args: [[5, 10, 25], 30], expected: 2 },
    { args: [[2, 4, 6], 7], expected: -1 },
    { args: [[1, 5, 6, 9], 11], expected: 2 },
    { args: [[4, 9], 20], expected: 5 },
    { args: [[1, 2147483647], 2], expected: 2 },
    { args: [[2, 2, 3], 7], expected: 3 },
    { args: [[186, 419, 83, 408], 2999], expected: 11 },
    { args: [[3000], 3000], expected: 1 },
    { args: [[9973, 2999], 3000], expected: -1 },
    { args: [[2], 3000], expected: 1500 },
    { args: [[2], 2999], expected: -1 },
    { args: [[3, 5, 7], 3000], expected: 430 },
    { args: [[1, 7, 13, 29], 3000], expected: 104 },
    { args: [[7, 11], 2999], expected: 273 },
    { args: [[13, 17, 19], 2987], expected: 159 },
  ],
  // n is the amount; ten small coins keep the reference busy at n·10 while a quadratic approach does n²/4.
  generate: (n, random) => {
    const coins: number[] = [];
    while (coins.length < 10) {
      const c = 2 + Math.floor(random() * 60);
      if (!coins.includes(c)) coins.push(c);
    }
    return [coins, n];
  },
  // Close sizes while the quadratic slower solution is still fast; larger ones for the linear reference.
  complexitySizes: [
    256, 384, 512, 768, 1024, 1536, 2048, 4096, 6144, 8192, 16384, 32768, 65536, 131072, 262144,
  ],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function coinChange(coins, amount) {
  // best[a] = fewest coins that sum to a (Infinity when impossible)
  const best = new Array(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const c of coins) {
      if (c <= a && best[a - c] + 1 < best[a]) best[a] = best[a - c] + 1;
    }
  }
  return best[amount] === Infinity ? -1 : best[amount];
}
`,
    python: `def coinChange(coins, amount):
    inf = float("inf")
    best = [0] + [inf] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return -1 if best[amount] == inf else best[amount]
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function coinChange(coins, amount) {
  // Split every amount into two smaller amounts in every possible way.
  const isCoin = new Set(coins);
  const best = new Array(amount + 1).fill(Infinity);
  best[0] = 0;
  for (let a = 1; a <= amount; a++) {
    if (isCoin.has(a)) { best[a] = 1; continue; }
    let m = Infinity;
    for (let x = 1; x * 2 <= a; x++) {
      const v = best[x] + best[a - x];
      if (v < m) m = v;
    }
    best[a] = m;
  }
  return best[amount] === Infinity ? -1 : best[amount];
}
`,
  },
  hints: [
    {
      en: "Always taking the largest coin that fits is tempting. Try it on coins [1, 3, 4] and amount 6.",
      ru: "Хочется всегда брать самую крупную подходящую монету. Проверьте это на монетах [1, 3, 4] и сумме 6.",
    },
    {
      en: "If you knew the best answer for every smaller amount, the last coin you add decides the rest: best(a) = 1 + min over coins c of best(a − c).",
      ru: "Если известен лучший ответ для всех меньших сумм, всё решает последняя монета: best(a) = 1 + min по монетам c от best(a − c).",
    },
    {
      en: "Fill an array best[0..amount] from 0 upwards, with best[0] = 0 and Infinity meaning unreachable; the answer is best[amount] or −1.",
      ru: "Заполняйте массив best[0..amount] от 0 вверх: best[0] = 0, Infinity — недостижимо; ответ — best[amount] или −1.",
    },
  ],
  followUps: [
    {
      en: "Return the number of distinct combinations that make the amount instead of the fewest coins. What must change so that 1+2 and 2+1 count once?",
      ru: "Верните число различных наборов монет вместо минимума. Что поменять, чтобы 1+2 и 2+1 считались одним набором?",
    },
    {
      en: "Return the actual coins used, not just their count.",
      ru: "Верните сами монеты, а не только их количество.",
    },
    {
      en: "For which coin systems is the greedy choice always optimal, and could you check that quickly?",
      ru: "Для каких систем монет жадный выбор всегда оптимален и можно ли это быстро проверить?",
    },
  ],
  interviewerNotes: {
    strong: [
      { en: "Shows a counterexample to greedy before choosing dynamic programming." },
      {
        en: "Defines the state clearly, handles amount 0 and unreachable amounts, and states O(amount × coins) time and O(amount) space.",
      },
      { en: "Mentions BFS over amounts as an equivalent view where the level is the coin count." },
    ],
    weak: [
      { en: "Submits the greedy largest-coin-first approach and defends it." },
      { en: "Uses plain recursion without memoisation and cannot bound its running time." },
      {
        en: "Mixes up -1 and Infinity so that unreachable amounts leak into the answer as huge numbers.",
      },
    ],
  },
};
