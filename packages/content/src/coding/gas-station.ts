import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "gas-station",
  title: { en: "Gas Station", ru: "Заправки" },
  difficulty: "medium",
  topics: ["greedy"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `Fuel stations \`0 … n − 1\` stand on a ring road. At station \`i\` you can take on \`gas[i]\` units of
fuel, and driving from station \`i\` to the next one (\`i + 1\`, or station 0 after the last) burns
\`cost[i]\` units. The tank has no size limit.

You start at some station with an empty tank and drive around the ring once, in increasing order,
refuelling at every station you pass. The tank may reach exactly 0 but never drop below it.
Return the index of the station where the trip can start, or \`-1\` if no start works. The input
guarantees that at most one start works.

**Examples**

\`\`\`
canCompleteCircuit([1, 2, 3, 4, 5], [3, 4, 5, 1, 2])  →  3
canCompleteCircuit([2, 3, 4], [3, 4, 3])              →  -1   (9 units of fuel, 10 needed)
\`\`\`

From station 3 the tank holds 4 − 1 = 3 on arrival at 4, then 3 + 5 − 2 = 6 at 0,
6 + 1 − 3 = 4 at 1, 4 + 2 − 4 = 2 at 2, and 2 + 3 − 5 = 0 back at 3.

**Constraints**

- 1 ≤ n = gas.length = cost.length ≤ 10⁵
- 0 ≤ gas[i], cost[i] ≤ 10⁴
- at most one starting station works`,
    ru: `На кольцевой дороге стоят заправки \`0 … n − 1\`. На заправке \`i\` можно взять \`gas[i]\` единиц
топлива, а дорога от неё до следующей (\`i + 1\`, после последней — до 0) расходует \`cost[i]\`
единиц. Бак не ограничен.

Вы начинаете на какой-то заправке с пустым баком и проезжаете кольцо один раз по возрастанию
номеров, заправляясь на каждой. Топливо может опуститься ровно до 0, но не ниже. Верните номер
заправки, с которой можно начать, или \`-1\`, если такой нет. Подходящих стартов не больше одного.

**Примеры**

\`\`\`
canCompleteCircuit([1, 2, 3, 4, 5], [3, 4, 5, 1, 2])  →  3
canCompleteCircuit([2, 3, 4], [3, 4, 3])              →  -1   (топлива 9, нужно 10)
\`\`\`

**Ограничения**

- 1 ≤ n = gas.length = cost.length ≤ 10⁵
- 0 ≤ gas[i], cost[i] ≤ 10⁴
- подходящих стартовых заправок не больше одной`,
  },
  entry: "canCompleteCircuit",
  starterCode: {
    javascript:
      "function canCompleteCircuit(gas, cost) {\n  // return the starting station or -1\n}\n",
    typescript:
      "function canCompleteCircuit(gas: number[], cost: number[]): number {\n  // return the starting station or -1\n  return -2;\n}\n",
    python:
      "def canCompleteCircuit(gas, cost):\n    # return the starting station or -1\n    pass\n",
  },
  examples: [
    {
      args: [
        [1, 2, 3, 4, 5],
        [3, 4, 5, 1, 2],
      ],
      expected: 3,
    },
    {
      args: [
        [2, 3, 4],
        [3, 4, 3],
      ],
      expected: -1,
    },
  ],
  hiddenTests: [
    {
      args: [
        [1, 2, 3, 4, 5],
        [3, 4, 5, 1, 2],
      ],
      expected: 3,
    },
    {
      args: [
        [2, 3, 4],
        [3, 4, 3],
      ],
      expected: -1,
    },
    { args: [[5], [4]], expected: 0 },
    { args: [[3], [4]], expected: -1 },
    { args: [[0], [0]], expected: 0 },
    { args: [[2], [2]], expected: 0 },
    {
      args: [
        [4, 0],
        [2, 2],
      ],
      expected: 0,
    },
    {
      args: [
        [1, 2],
        [2, 1],
      ],
      expected: 1,
    },
    {
      args: [
        [0, 0],
        [0, 1],
      ],
      expected: -1,
    },
    {
      args: [
        [2, 2, 2],
        [1, 1, 5],
      ],
      expected: -1,
    },
    {
      args: [
        [3, 1, 1],
        [1, 2, 2],
      ],
      expected: 0,
    },
    {
      args: [
        [1, 1, 1, 1, 5],
        [2, 2, 2, 2, 1],
      ],
      expected: 4,
    },
    {
      args: [
        [10000, 0, 0, 0],
        [0, 0, 0, 10000],
      ],
      expected: 0,
    },
    {
      args: [
        [0, 0, 0, 10],
        [3, 3, 3, 1],
      ],
      expected: 3,
    },
    {
      args: [
        [5, 1, 2, 3, 4],
        [4, 4, 1, 5, 1],
      ],
      expected: 4,
    },
    {
      args: [
        [2, 0, 1],
        [0, 1, 2],
      ],
      expected: 0,
    },
    {
      args: [
        [1, 2, 3, 4, 5, 5, 70],
        [2, 3, 4, 3, 9, 6, 2],
      ],
      expected: 6,
    },
    {
      args: [
        [3, 3, 4],
        [3, 4, 4],
      ],
      expected: -1,
    },
    {
      args: [
        [6, 1, 4, 3, 5],
        [3, 8, 2, 4, 2],
      ],
      expected: 2,
    },
    {
      args: [
        [0, 0, 0, 0],
        [0, 0, 0, 1],
      ],
      expected: -1,
    },
  ],
  // Every leg breaks even except one short leg just before the last station, which alone holds
  // the spare unit: the only start is the last station, and every other start fails late.
  generate: (n, random) => {
    const gas: number[] = [];
    const cost: number[] = [];
    for (let i = 0; i < n; i++) {
      const units = 1 + Math.floor(random() * 10);
      gas.push(units);
      cost.push(units);
    }
    cost[n - 2] = (gas[n - 2] ?? 0) + 1;
    gas[n - 1] = (cost[n - 1] ?? 0) + 1;
    return [gas, cost];
  },
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function canCompleteCircuit(gas, cost) {
  let total = 0;
  let tank = 0;
  let start = 0;
  for (let i = 0; i < gas.length; i++) {
    const gain = gas[i] - cost[i];
    total += gain;
    tank += gain;
    if (tank < 0) {
      start = i + 1;
      tank = 0;
    }
  }
  return total < 0 ? -1 : start;
}
`,
    python: `def canCompleteCircuit(gas, cost):
    total = tank = start = 0
    for i in range(len(gas)):
        gain = gas[i] - cost[i]
        total += gain
        tank += gain
        if tank < 0:
            start = i + 1
            tank = 0
    return -1 if total < 0 else start
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function canCompleteCircuit(gas, cost) {
  const n = gas.length;
  for (let start = 0; start < n; start++) {
    let tank = 0;
    let steps = 0;
    while (steps < n) {
      const i = (start + steps) % n;
      tank += gas[i] - cost[i];
      if (tank < 0) break;
      steps++;
    }
    if (steps === n) return start;
  }
  return -1;
}
`,
  },
  hints: [
    {
      en: "Simulating the trip from every station is O(n²). If you run dry on the way from a to b, what does that say about starting anywhere between a and b?",
      ru: "Симуляция от каждой заправки — O(n²). Если топливо кончилось по пути от a до b, что это говорит о стартах между a и b?",
    },
    {
      en: "If the total fuel is less than the total cost, no start works; otherwise some start does.",
      ru: "Если всего топлива меньше, чем суммарный расход, старта нет; иначе он существует.",
    },
    {
      en: "One pass: add gas[i] − cost[i] to a running tank; whenever it goes negative, reset it to 0 and make i + 1 the candidate start. Return the candidate if the overall sum is ≥ 0, else -1.",
      ru: "Один проход: прибавляйте gas[i] − cost[i] к баку; когда он уходит в минус, обнуляйте его и делайте i + 1 кандидатом. Верните кандидата, если общая сумма ≥ 0, иначе -1.",
    },
  ],
  followUps: [
    {
      en: "Prove that when the total is non-negative, the candidate found by the single pass always completes the loop.",
      ru: "Докажите, что при неотрицательной общей сумме найденный кандидат всегда проходит круг.",
    },
    {
      en: "Several starts may work. How would you return all of them in O(n)?",
      ru: "Подходящих стартов может быть несколько. Как вернуть их все за O(n)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Explains why every station between the old start and the failure point can be skipped.",
      },
      {
        en: "Separates the feasibility check (total ≥ 0) from finding the start and reaches O(n) time, O(1) space.",
      },
    ],
    weak: [
      {
        en: "Simulates from every station and cannot see which starts are ruled out by a failure.",
      },
      {
        en: "Treats a tank of exactly 0 as a failure, or forgets the wrap-around from the last station to station 0.",
      },
    ],
  },
};
