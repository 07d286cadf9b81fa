import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "min-stack",
  title: { en: "Min Stack", ru: "Стек с минимумом" },
  difficulty: "medium",
  topics: ["stack", "design"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `Build a class \`MinStack\`: a stack of integers that can also tell you its smallest element
at any moment. Every operation must run in constant time.

- \`new MinStack()\` creates an empty stack.
- \`push(val)\` puts \`val\` on top of the stack.
- \`pop()\` removes the top element and returns nothing.
- \`top()\` returns the top element without removing it.
- \`getMin()\` returns the smallest element currently in the stack.

**Example**

\`\`\`
calls:   MinStack(), push(4), push(7), push(1), getMin(), pop(), top(), getMin()
returns: null,       null,    null,    null,    1,        null,  7,     4
\`\`\`

After \`pop()\` removes the 1, the stack holds 4 and 7, so the top is 7 and the minimum is 4 again.

**Constraints**

- −2³¹ ≤ val ≤ 2³¹ − 1
- \`pop\`, \`top\` and \`getMin\` are only called when the stack is not empty
- at most 3·10⁴ calls in total`,
    ru: `Реализуйте класс \`MinStack\` — стек целых чисел, который в любой момент может назвать свой
наименьший элемент. Каждая операция должна работать за константное время.

- \`new MinStack()\` создаёт пустой стек.
- \`push(val)\` кладёт \`val\` на вершину.
- \`pop()\` удаляет верхний элемент и ничего не возвращает.
- \`top()\` возвращает верхний элемент, не удаляя его.
- \`getMin()\` возвращает наименьший элемент, который сейчас лежит в стеке.

**Пример**

\`\`\`
вызовы:     MinStack(), push(4), push(7), push(1), getMin(), pop(), top(), getMin()
результаты: null,       null,    null,    null,    1,        null,  7,     4
\`\`\`

После \`pop()\` единица удалена, в стеке 4 и 7: вершина — 7, минимум снова 4.

**Ограничения**

- −2³¹ ≤ val ≤ 2³¹ − 1
- \`pop\`, \`top\` и \`getMin\` вызываются только для непустого стека
- всего не более 3·10⁴ вызовов`,
  },
  entry: "MinStack",
  kind: "class",
  starterCode: {
    javascript: `class MinStack {
  constructor() {}

  push(val) {}

  pop() {}

  top() {}

  getMin() {}
}
`,
    typescript: `class MinStack {
  constructor() {}

  push(val: number): void {}

  pop(): void {}

  top(): number {
    return undefined as unknown as number;
  }

  getMin(): number {
    return undefined as unknown as number;
  }
}
`,
    python: `class MinStack:
    def __init__(self):
        pass

    def push(self, val):
        pass

    def pop(self):
        pass

    def top(self):
        pass

    def getMin(self):
        pass
`,
  },
  examples: [
    {
      calls: [
        ["MinStack"],
        ["push", 4],
        ["push", 7],
        ["push", 1],
        ["getMin"],
        ["pop"],
        ["top"],
        ["getMin"],
      ],
      expected: [null, null, null, null, 1, null, 7, 4],
    },
  ],
  hiddenTests: [
    {
      calls: [
        ["MinStack"],
        ["push", -2],
        ["push", 0],
        ["push", -3],
        ["getMin"],
        ["pop"],
        ["top"],
        ["getMin"],
      ],
      expected: [null, null, null, null, -3, null, 0, -2],
    },
    { calls: [["MinStack"], ["push", 5], ["top"], ["getMin"]], expected: [null, null, 5, 5] },
    {
      calls: [["MinStack"], ["push", 0], ["push", 1], ["push", 0], ["getMin"], ["pop"], ["getMin"]],
      expected: [null, null, null, null, 0, null, 0],
    },
    {
      calls: [
        ["MinStack"],
        ["push", 3],
        ["push", 2],
        ["push", 1],
        ["getMin"],
        ["pop"],
        ["getMin"],
        ["pop"],
        ["getMin"],
        ["top"],
      ],
      expected: [null, null, null, null, 1, null, 2, null, 3, 3],
    },
    {
      calls: [
        ["MinStack"],
        ["push", 1],
        ["push", 2],
        ["push", 3],
        ["getMin"],
        ["pop"],
        ["top"],
        ["getMin"],
      ],
      expected: [null, null, null, null, 1, null, 2, 1],
    },
    {
      calls: [
        ["MinStack"],
        ["push", 2147483647],
        ["push", -2147483648],
        ["getMin"],
        ["top"],
        ["pop"],
        ["getMin"],
        ["top"],
      ],
      expected: [null, null, null, -2147483648, -2147483648, null, 2147483647, 2147483647],
    },
    {
      calls: [["MinStack"], ["push", 10], ["pop"], ["push", 20], ["getMin"], ["top"]],
      expected: [null, null, null, null, 20, 20],
    },
    {
      calls: [
        ["MinStack"],
        ["push", 7],
        ["push", 7],
        ["push", 7],
        ["pop"],
        ["getMin"],
        ["pop"],
        ["getMin"],
        ["top"],
      ],
      expected: [null, null, null, null, null, 7, null, 7, 7],
    },
    {
      calls: [
        ["MinStack"],
        ["push", -1],
        ["push", -5],
        ["push", -3],
        ["getMin"],
        ["pop"],
        ["getMin"],
        ["pop"],
        ["getMin"],
      ],
      expected: [null, null, null, null, -5, null, -5, null, -1],
    },
    { calls: [["MinStack"]], expected: [null] },
    {
      calls: [
        ["MinStack"],
        ["push", 2],
        ["push", 0],
        ["push", 3],
        ["push", 0],
        ["getMin"],
        ["pop"],
        ["getMin"],
        ["pop"],
        ["getMin"],
        ["pop"],
        ["getMin"],
      ],
      expected: [null, null, null, null, null, 0, null, 0, null, 0, null, 2],
    },
    {
      calls: [
        ["MinStack"],
        ["push", 4],
        ["getMin"],
        ["push", 6],
        ["getMin"],
        ["push", 1],
        ["getMin"],
        ["pop"],
        ["top"],
        ["getMin"],
      ],
      expected: [null, null, 4, null, 4, null, 1, null, 6, 4],
    },
    { calls: [["MinStack"], ["push", 0], ["top"], ["getMin"]], expected: [null, null, 0, 0] },
    {
      calls: [
        ["MinStack"],
        ["push", -2],
        ["push", -2],
        ["push", -1],
        ["pop"],
        ["pop"],
        ["getMin"],
        ["top"],
      ],
      expected: [null, null, null, null, null, null, -2, -2],
    },
    {
      calls: [
        ["MinStack"],
        ["push", 5],
        ["push", 3],
        ["pop"],
        ["pop"],
        ["push", 8],
        ["push", 9],
        ["getMin"],
        ["push", 1],
        ["getMin"],
        ["pop"],
        ["getMin"],
      ],
      expected: [null, null, null, null, null, null, null, 8, null, 1, null, 8],
    },
    {
      calls: [
        ["MinStack"],
        ["push", 1],
        ["push", -1],
        ["push", 2],
        ["push", -2],
        ["getMin"],
        ["pop"],
        ["getMin"],
        ["top"],
      ],
      expected: [null, null, null, null, null, -2, null, -1, 2],
    },
    {
      calls: [
        ["MinStack"],
        ...Array.from({ length: 1000 }, (_, i): [string, number] => ["push", 1000 - i]),
        ["getMin"],
        ...Array.from({ length: 999 }, (): [string] => ["pop"]),
        ["getMin"],
        ["top"],
      ],
      expected: [
        null,
        ...Array.from({ length: 1000 }, () => null),
        1,
        ...Array.from({ length: 999 }, () => null),
        1000,
        1000,
      ],
    },
  ],
  // n pushes of random values, then n getMin calls: a scanning getMin pays n for each call.
  generate: (n, random) => {
    const calls: [string, ...number[]][] = [["MinStack"]];
    for (let i = 0; i < n; i++) calls.push(["push", Math.floor(random() * 2_000_000) - 1_000_000]);
    for (let i = 0; i < n; i++) calls.push(["getMin"]);
    return calls;
  },
  optimal: { time: "O(1)", space: "O(n)" },
  referenceSolutions: {
    javascript: `class MinStack {
  constructor() {
    this.values = [];
    this.mins = [];
  }

  push(val) {
    this.values.push(val);
    const m = this.mins.length === 0 ? val : Math.min(val, this.mins[this.mins.length - 1]);
    this.mins.push(m);
  }

  pop() {
    this.values.pop();
    this.mins.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    return this.mins[this.mins.length - 1];
  }
}
`,
    python: `class MinStack:
    def __init__(self):
        self.values = []
        self.mins = []

    def push(self, val):
        self.values.append(val)
        self.mins.append(val if not self.mins else min(val, self.mins[-1]))

    def pop(self):
        self.values.pop()
        self.mins.pop()

    def top(self):
        return self.values[-1]

    def getMin(self):
        return self.mins[-1]
`,
  },
  slowerSolution: {
    time: "O(n)",
    javascript: `class MinStack {
  constructor() {
    this.values = [];
  }

  push(val) {
    this.values.push(val);
  }

  pop() {
    this.values.pop();
  }

  top() {
    return this.values[this.values.length - 1];
  }

  getMin() {
    let best = this.values[0];
    for (let i = 1; i < this.values.length; i++) {
      if (this.values[i] < best) best = this.values[i];
    }
    return best;
  }
}
`,
  },
  hints: [
    {
      en: "Scanning the whole stack on every getMin is correct but linear. What could you remember at push time instead?",
      ru: "Просмотр всего стека при каждом getMin корректен, но линеен. Что можно запомнить заранее, в момент push?",
    },
    {
      en: "The minimum only changes when something is pushed or popped, and after a pop it must go back to what it was before that push.",
      ru: "Минимум меняется только при push и pop, и после pop он должен вернуться к значению, которое было до соответствующего push.",
    },
    {
      en: "Keep a second stack in step with the first: alongside each value, store the minimum of everything at or below it. getMin reads the top of that stack.",
      ru: "Ведите второй стек параллельно первому: рядом с каждым значением храните минимум всех элементов на нём и под ним. getMin читает вершину этого стека.",
    },
  ],
  followUps: [
    {
      en: "Can you save memory by pushing to the minimum stack only when the minimum changes? How do you handle duplicate minimums then?",
      ru: "Можно ли сэкономить память, добавляя в стек минимумов только при изменении минимума? Как тогда быть с повторяющимися минимумами?",
    },
    {
      en: "How would you also support getMax, or a queue (first in, first out) with getMin in amortised O(1)?",
      ru: "Как добавить getMax или сделать очередь (FIFO) с getMin за амортизированное O(1)?",
    },
    {
      en: "Can you do it with a single stack and a single extra variable, storing encoded differences?",
      ru: "Можно ли обойтись одним стеком и одной дополнительной переменной, храня закодированные разности?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Explains why a single 'current minimum' variable breaks after a pop, then introduces the paired minimum stack.",
      },
      { en: "Handles duplicate minimums correctly (push 0, 1, 0; pop; getMin is still 0)." },
      {
        en: "States O(1) per operation and O(n) extra space, and discusses the space-saving variant.",
      },
    ],
    weak: [
      { en: "Keeps one min variable and cannot restore it after popping the minimum." },
      {
        en: "Uses a sorted structure or a scan, giving O(log n) or O(n) per call, without noticing the requirement.",
      },
    ],
  },
};
