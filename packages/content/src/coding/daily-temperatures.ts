import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "daily-temperatures",
  title: { en: "Daily Temperatures", ru: "Дневные температуры" },
  difficulty: "medium",
  topics: ["stack"],
  tracks: ["backend", "frontend", "fullstack", "data"],
  statement: {
    en: `A weather log lists one temperature per day in \`temps\` (whole degrees Celsius). For every day,
work out how many days you would have to wait until a strictly warmer day comes. If no warmer day
ever comes, the answer for that day is \`0\`.

Return a list \`wait\` of the same length, where \`wait[i]\` is the answer for day \`i\`.

**Examples**

\`\`\`
dailyTemperatures([12, 14, 13, 11, 15, 10, 10, 16])  →  [1, 3, 2, 1, 3, 2, 1, 0]
dailyTemperatures([1, 2, 3, 4])                      →  [1, 1, 1, 0]
\`\`\`

In the first example day 1 (14 °C) waits three days for 15 °C; an equally warm day does not count.

**Constraints**

- 0 ≤ temps.length ≤ 10⁵
- −50 ≤ temps[i] ≤ 60`,
    ru: `В журнале погоды записана одна температура в день — список \`temps\` (целые градусы Цельсия).
Для каждого дня определите, сколько дней придётся ждать до дня, который строго теплее. Если
более тёплого дня не будет, ответ для этого дня — \`0\`.

Верните список \`wait\` той же длины, где \`wait[i]\` — ответ для дня \`i\`.

**Примеры**

\`\`\`
dailyTemperatures([12, 14, 13, 11, 15, 10, 10, 16])  →  [1, 3, 2, 1, 3, 2, 1, 0]
dailyTemperatures([1, 2, 3, 4])                      →  [1, 1, 1, 0]
\`\`\`

В первом примере день 1 (14 °C) ждёт 15 °C три дня; такой же тёплый день не считается.

**Ограничения**

- 0 ≤ temps.length ≤ 10⁵
- −50 ≤ temps[i] ≤ 60`,
  },
  entry: "dailyTemperatures",
  starterCode: {
    javascript: "function dailyTemperatures(temps) {\n  // return the list of waits\n}\n",
    typescript:
      "function dailyTemperatures(temps: number[]): number[] {\n  // return the list of waits\n  return undefined as unknown as number[];\n}\n",
    python: "def dailyTemperatures(temps):\n    # return the list of waits\n    pass\n",
  },
  examples: [
    { args: [[12, 14, 13, 11, 15, 10, 10, 16]], expected: [1, 3, 2, 1, 3, 2, 1, 0] },
    { args: [[1, 2, 3, 4]], expected: [1, 1, 1, 0] },
  ],
  hiddenTests: [
    { args: [[12, 14, 13, 11, 15, 10, 10, 16]], expected: [1, 3, 2, 1, 3, 2, 1, 0] },
    { args: [[]], expected: [] },
    { args: [[5]], expected: [0] },
    { args: [[3, 3, 3]], expected: [0, 0, 0] },
    { args: [[1, 2, 3, 4]], expected: [1, 1, 1, 0] },
    { args: [[4, 3, 2, 1]], expected: [0, 0, 0, 0] },
    { args: [[-5, -10, -3]], expected: [2, 1, 0] },
    { args: [[0, 0, 1]], expected: [2, 1, 0] },
    { args: [[60, -50]], expected: [0, 0] },
    { args: [[-50, 60]], expected: [1, 0] },
    { args: [[20, 18, 25, 18, 20, 30]], expected: [2, 1, 3, 1, 1, 0] },
    { args: [[7, 1, 1, 1, 8]], expected: [4, 3, 2, 1, 0] },
    { args: [[10, 5, 7, 6, 8, 3, 9]], expected: [0, 1, 2, 1, 2, 1, 0] },
    { args: [[2, 2, 3, 2, 2, 3]], expected: [2, 1, 0, 2, 1, 0] },
    { args: [[-1, -2, -3, 0]], expected: [3, 2, 1, 0] },
    { args: [[15, 15]], expected: [0, 0] },
    { args: [[9, 8, 9, 8, 10]], expected: [4, 1, 2, 1, 0] },
    {
      args: [[...Array.from({ length: 2000 }, () => 20), 21]],
      expected: [...Array.from({ length: 2000 }, (_, i) => 2000 - i), 0],
    },
    {
      args: [Array.from({ length: 3000 }, (_, i) => 60 - (i % 111))],
      // Blocks falling from 60 to −50: each day waits for the next block's 60, except the 60s themselves.
      expected: Array.from({ length: 3000 }, (_, i) => {
        const k = i % 111;
        return k === 0 || i + 111 - k >= 3000 ? 0 : 111 - k;
      }),
    },
  ],
  // Temperatures that never rise: the forward scan walks to the end for every day.
  generate: (n, random) => {
    const temps = Array.from({ length: n }, () => Math.floor(random() * 111) - 50);
    temps.sort((a, b) => b - a);
    return [temps];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function dailyTemperatures(temps) {
  const wait = new Array(temps.length).fill(0);
  const stack = [];
  for (let i = 0; i < temps.length; i++) {
    while (stack.length > 0 && temps[stack[stack.length - 1]] < temps[i]) {
      const j = stack.pop();
      wait[j] = i - j;
    }
    stack.push(i);
  }
  return wait;
}
`,
    python: `def dailyTemperatures(temps):
    wait = [0] * len(temps)
    stack = []
    for i, t in enumerate(temps):
        while stack and temps[stack[-1]] < t:
            j = stack.pop()
            wait[j] = i - j
        stack.append(i)
    return wait
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function dailyTemperatures(temps) {
  const wait = [];
  for (let i = 0; i < temps.length; i++) {
    let days = 0;
    for (let j = i + 1; j < temps.length; j++) {
      if (temps[j] > temps[i]) {
        days = j - i;
        break;
      }
    }
    wait.push(days);
  }
  return wait;
}
`,
  },
  hints: [
    {
      en: "Checking every later day for every day works but is quadratic. Which days are still 'waiting' for an answer as you move forward?",
      ru: "Проверка всех последующих дней для каждого дня работает, но квадратична. Какие дни ещё «ждут» ответа, пока вы идёте вперёд?",
    },
    {
      en: "The days still waiting always have non-increasing temperatures, from oldest to newest. A warm day resolves the newest ones first.",
      ru: "Температуры ещё ждущих дней, от старых к новым, не возрастают. Тёплый день сначала закрывает самые новые из них.",
    },
    {
      en: "Keep a stack of indices of unresolved days. For each day, pop every index whose temperature is lower, record i − j for it, then push i.",
      ru: "Храните стек индексов нерешённых дней. Для каждого дня снимайте все индексы с меньшей температурой, записывайте для них i − j, затем кладите i.",
    },
  ],
  followUps: [
    {
      en: "Why is the stack solution O(n) even though it has a loop inside a loop?",
      ru: "Почему решение со стеком работает за O(n), хотя в нём цикл внутри цикла?",
    },
    {
      en: "Temperatures take only about a hundred distinct values. Can you solve it by walking backwards and remembering the next index of each temperature?",
      ru: "Температура принимает лишь около сотни значений. Можно ли решить задачу проходом с конца, запоминая ближайший индекс каждой температуры?",
    },
    {
      en: "How would you answer 'days until a warmer day' for a stream where new days keep arriving?",
      ru: "Как отвечать на тот же вопрос для потока, куда постоянно приходят новые дни?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Identifies the 'next greater element' pattern and explains the monotonic stack invariant.",
      },
      { en: "Argues the amortised O(n) bound: each index is pushed and popped at most once." },
      { en: "Treats equal temperatures as not warmer and leaves them on the stack." },
    ],
    weak: [
      { en: "Stops at the nested-loop scan and cannot improve on O(n²)." },
      { en: "Pushes temperatures instead of indices and then cannot compute the distance." },
    ],
  },
};
