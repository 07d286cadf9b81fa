import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "best-time-to-buy-and-sell-stock",
  title: { en: "Best Time to Buy and Sell Stock", ru: "Лучший момент для покупки и продажи акции" },
  difficulty: "easy",
  topics: ["sliding-window"],
  tracks: ["backend", "frontend", "fullstack", "mobile", "data"],
  statement: {
    en: `\`prices[i]\` is the price of one share on day \`i\`. You may make a single trade: buy one share on
some day and sell it on a strictly later day. Return the largest profit (sell price minus buy
price) you can make. If no trade makes money, return \`0\` — you are allowed not to trade at all.

**Examples**

\`\`\`
maxProfit([7, 1, 5, 3, 6, 4])  →  5    // buy at 1 (day 1), sell at 6 (day 4)
maxProfit([7, 6, 4, 3, 1])     →  0    // prices only fall
\`\`\`

**Constraints**

- 1 ≤ prices.length ≤ 10⁵
- 0 ≤ prices[i] ≤ 10⁴`,
    ru: `\`prices[i]\` — цена одной акции в день \`i\`. Можно совершить одну сделку: купить акцию в какой-то
день и продать её в один из следующих дней. Верните наибольшую прибыль (цена продажи минус цена
покупки). Если ни одна сделка не приносит прибыли, верните \`0\` — можно вообще не торговать.

**Примеры**

\`\`\`
maxProfit([7, 1, 5, 3, 6, 4])  →  5    // купить за 1 (день 1), продать за 6 (день 4)
maxProfit([7, 6, 4, 3, 1])     →  0    // цена только падает
\`\`\`

**Ограничения**

- 1 ≤ prices.length ≤ 10⁵
- 0 ≤ prices[i] ≤ 10⁴`,
  },
  entry: "maxProfit",
  starterCode: {
    javascript: "function maxProfit(prices) {\n  // return the best profit\n}\n",
    typescript:
      "function maxProfit(prices: number[]): number {\n  // return the best profit\n  return 0;\n}\n",
    python: "def maxProfit(prices):\n    # return the best profit\n    pass\n",
  },
  examples: [
    { args: [[7, 1, 5, 3, 6, 4]], expected: 5 },
    { args: [[7, 6, 4, 3, 1]], expected: 0 },
  ],
  hiddenTests: [
    { args: [[5]], expected: 0 },
    { args: [[0]], expected: 0 },
    { args: [[1, 2]], expected: 1 },
    { args: [[2, 1]], expected: 0 },
    { args: [[3, 3, 3]], expected: 0 },
    { args: [[0, 0, 0, 0]], expected: 0 },
    { args: [[2, 4, 1]], expected: 2 },
    { args: [[4, 7, 1, 2]], expected: 3 },
    { args: [[3, 2, 6, 5, 0, 3]], expected: 4 },
    { args: [[1, 2, 4, 2, 5, 7, 2, 4, 9, 0]], expected: 8 },
    { args: [[2, 1, 2, 1, 0, 1, 2]], expected: 2 },
    { args: [[9, 8, 1, 7, 2, 10]], expected: 9 },
    { args: [[1, 4, 2, 8, 3, 0, 5]], expected: 7 },
    { args: [[0, 10000]], expected: 10000 },
    { args: [[10000, 0]], expected: 0 },
    { args: [[10000, 0, 10000]], expected: 10000 },
    { args: [[5, 10, 1, 6]], expected: 5 },
    // 3 000 days of falling prices: no profitable trade.
    { args: [Array.from({ length: 3000 }, (_, i) => 9999 - i)], expected: 0 },
    // 3 000 days of rising prices: buy on the first day, sell on the last.
    { args: [Array.from({ length: 3000 }, (_, i) => i)], expected: 2999 },
    // A saw-tooth: 0, 1, …, 9, 0, 1, …, 9, …: the best single trade is 0 → 9.
    { args: [Array.from({ length: 3000 }, (_, i) => i % 10)], expected: 9 },
  ],
  // Random prices: the one-pass scan looks at each day once, the pairwise check at every pair.
  generate: (n, random) => [Array.from({ length: n }, () => Math.floor(random() * 10001))],
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function maxProfit(prices) {
  let cheapest = Infinity;
  let best = 0;
  for (const price of prices) {
    if (price < cheapest) cheapest = price;
    else if (price - cheapest > best) best = price - cheapest;
  }
  return best;
}
`,
    python: `def maxProfit(prices):
    cheapest = float("inf")
    best = 0
    for price in prices:
        if price < cheapest:
            cheapest = price
        elif price - cheapest > best:
            best = price - cheapest
    return best
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function maxProfit(prices) {
  let best = 0;
  for (let buy = 0; buy < prices.length; buy++) {
    for (let sell = buy + 1; sell < prices.length; sell++) {
      if (prices[sell] - prices[buy] > best) best = prices[sell] - prices[buy];
    }
  }
  return best;
}
`,
  },
  hints: [
    {
      en: "Trying every buy day with every later sell day works. For a fixed sell day, which buy day is best?",
      ru: "Перебор всех пар «день покупки — более поздний день продажи» работает. Какой день покупки лучший для фиксированного дня продажи?",
    },
    {
      en: "For a sell on day i, the best buy is the lowest price seen on days before i. You can keep that minimum as you go.",
      ru: "Для продажи в день i лучшая покупка — минимальная цена среди дней до i. Этот минимум можно поддерживать по ходу прохода.",
    },
    {
      en: "Walk the prices once, tracking the cheapest price so far and the best profit so far (current price minus cheapest). Start the profit at 0.",
      ru: "Пройдите цены один раз, храня минимальную цену на данный момент и лучшую прибыль (текущая цена минус минимум). Начните прибыль с 0.",
    },
  ],
  followUps: [
    {
      en: "What if you may make as many trades as you like, holding at most one share at a time?",
      ru: "А если сделок можно совершать сколько угодно, но держать не больше одной акции одновременно?",
    },
    {
      en: "Also return the buy and sell days. Which days do you report when several trades give the same profit?",
      ru: "Верните ещё и дни покупки и продажи. Какие дни указать, если несколько сделок дают одинаковую прибыль?",
    },
    {
      en: "What changes if each trade costs a fixed fee, or if at most two trades are allowed?",
      ru: "Что изменится, если за каждую сделку берётся фиксированная комиссия или разрешено не больше двух сделок?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Frames it as 'best buy before each sell day', keeps a running minimum, and reaches O(n) time and O(1) space quickly.",
      },
      {
        en: "Notices that the global minimum and maximum are not enough when the maximum comes first.",
      },
    ],
    weak: [
      {
        en: "Returns max − min of the whole list, ignoring that the sale must come after the purchase.",
      },
      { en: "Returns a negative number when prices only fall, instead of 0." },
    ],
  },
};
