import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

type Call = [string, ...number[]];

/** Push 1..count, then pop everything: values come out in the order they went in. */
function fillThenDrain(count: number): { calls: Call[]; expected: (number | boolean | null)[] } {
  const calls: Call[] = [["MyQueue"]];
  const expected: (number | boolean | null)[] = [null];
  for (let v = 1; v <= count; v++) {
    calls.push(["push", v]);
    expected.push(null);
  }
  for (let v = 1; v <= count; v++) {
    calls.push(["pop"]);
    expected.push(v);
  }
  calls.push(["empty"]);
  expected.push(true);
  return { calls, expected };
}

/**
 * Rounds of push(i), push(−i), pop(), then pop what is left. The queue holds 1, −1, 2, −2, …,
 * so the k-th value popped (from 0) is k/2 + 1 for even k and −(⌊k/2⌋ + 1) for odd k.
 */
function twoInOneOut(rounds: number): { calls: Call[]; expected: (number | boolean | null)[] } {
  const calls: Call[] = [["MyQueue"]];
  const expected: (number | boolean | null)[] = [null];
  let popped = 0;
  const next = () => {
    const k = popped++;
    return k % 2 === 0 ? k / 2 + 1 : -(Math.floor(k / 2) + 1);
  };
  for (let i = 1; i <= rounds; i++) {
    calls.push(["push", i], ["push", -i], ["pop"]);
    expected.push(null, null, next());
  }
  calls.push(["peek"]);
  expected.push(rounds % 2 === 0 ? rounds / 2 + 1 : -(Math.floor(rounds / 2) + 1));
  for (let i = 0; i < rounds; i++) {
    calls.push(["pop"]);
    expected.push(next());
  }
  calls.push(["empty"]);
  expected.push(true);
  return { calls, expected };
}

export const problem: CodingProblemInput = {
  id: "implement-queue-using-stacks",
  title: { en: "Queue from Two Stacks", ru: "Очередь на двух стеках" },
  difficulty: "easy",
  topics: ["design", "stack"],
  tracks: ["backend", "fullstack", "frontend", "mobile"],
  statement: {
    en: `Build a first-in-first-out queue class \`MyQueue\` whose storage is made only of stacks. You may
use a stack's own operations — push on top, pop from the top, look at the top, size, is empty —
but not reach into the middle or the bottom of it. (In JavaScript and Python, an array or list
used only with \`push\`/\`append\`, \`pop\`, the last element and the length counts as a stack.)

The class supports:

- \`push(x)\` — add \`x\` at the back of the queue;
- \`pop()\` — remove the element at the front and return it;
- \`peek()\` — return the element at the front without removing it;
- \`empty()\` — return \`true\` when the queue holds nothing, otherwise \`false\`.

\`pop\` and \`peek\` are only called when the queue is not empty.

**Example**

\`\`\`
q = new MyQueue()
q.push(1)
q.push(2)
q.peek()    →  1
q.pop()     →  1
q.empty()   →  false
\`\`\`

In the tests this is written as calls \`[["MyQueue"], ["push", 1], ["push", 2], ["peek"], ["pop"], ["empty"]]\`
with expected results \`[null, null, null, 1, 1, false]\`.

**Constraints**

- −10⁹ ≤ x ≤ 10⁹
- at most 2000 calls in total

Can every operation take O(1) time on average over a sequence of calls?`,
    ru: `Реализуйте класс очереди «первым пришёл — первым ушёл» \`MyQueue\`, в котором данные хранятся
только в стеках. Можно пользоваться обычными операциями стека — положить наверх, снять сверху,
посмотреть верх, размер, пустота, — но нельзя обращаться к середине или дну. (В JavaScript и Python
массив или список, с которым работают только через \`push\`/\`append\`, \`pop\`, последний элемент
и длину, считается стеком.)

Методы класса:

- \`push(x)\` — добавить \`x\` в конец очереди;
- \`pop()\` — удалить элемент из начала очереди и вернуть его;
- \`peek()\` — вернуть элемент из начала очереди, не удаляя его;
- \`empty()\` — вернуть \`true\`, если очередь пуста, иначе \`false\`.

\`pop\` и \`peek\` вызываются только для непустой очереди.

**Пример**

\`\`\`
q = new MyQueue()
q.push(1)
q.push(2)
q.peek()    →  1
q.pop()     →  1
q.empty()   →  false
\`\`\`

В тестах это записано как вызовы \`[["MyQueue"], ["push", 1], ["push", 2], ["peek"], ["pop"], ["empty"]]\`
с ожидаемыми результатами \`[null, null, null, 1, 1, false]\`.

**Ограничения**

- −10⁹ ≤ x ≤ 10⁹
- всего не более 2000 вызовов

Может ли каждая операция в среднем по последовательности вызовов занимать O(1)?`,
  },
  entry: "MyQueue",
  kind: "class",
  starterCode: {
    javascript: `class MyQueue {
  constructor() {}

  push(x) {}

  pop() {}

  peek() {}

  empty() {}
}
`,
    typescript: `class MyQueue {
  constructor() {}

  push(x: number): void {}

  pop(): number {
    return 0;
  }

  peek(): number {
    return 0;
  }

  empty(): boolean {
    return false;
  }
}
`,
    python: `class MyQueue:
    def __init__(self):
        pass

    def push(self, x):
        pass

    def pop(self):
        pass

    def peek(self):
        pass

    def empty(self):
        pass
`,
  },
  examples: [
    {
      calls: [["MyQueue"], ["push", 1], ["push", 2], ["peek"], ["pop"], ["empty"]],
      expected: [null, null, null, 1, 1, false],
    },
  ],
  hiddenTests: [
    { calls: [["MyQueue"], ["empty"]], expected: [null, true] },
    { calls: [["MyQueue"], ["push", 5], ["pop"], ["empty"]], expected: [null, null, 5, true] },
    {
      calls: [["MyQueue"], ["push", 1], ["push", 2], ["peek"], ["pop"], ["empty"]],
      expected: [null, null, null, 1, 1, false],
    },
    {
      calls: [
        ["MyQueue"],
        ["push", 1],
        ["push", 2],
        ["pop"],
        ["push", 3],
        ["peek"],
        ["pop"],
        ["pop"],
        ["empty"],
      ],
      expected: [null, null, null, 1, null, 2, 2, 3, true],
    },
    {
      calls: [
        ["MyQueue"],
        ["push", 7],
        ["push", 7],
        ["push", 7],
        ["pop"],
        ["peek"],
        ["pop"],
        ["pop"],
        ["empty"],
      ],
      expected: [null, null, null, null, 7, 7, 7, 7, true],
    },
    {
      calls: [["MyQueue"], ["push", 0], ["push", -3], ["peek"], ["pop"], ["peek"], ["empty"]],
      expected: [null, null, null, 0, 0, -3, false],
    },
    {
      calls: [["MyQueue"], ["push", 4], ["peek"], ["peek"], ["pop"], ["empty"]],
      expected: [null, null, 4, 4, 4, true],
    },
    {
      calls: [
        ["MyQueue"],
        ["push", 1],
        ["push", 2],
        ["push", 3],
        ["push", 4],
        ["push", 5],
        ["push", 6],
        ["push", 7],
        ["push", 8],
        ["push", 9],
        ["push", 10],
        ["pop"],
        ["pop"],
        ["pop"],
        ["pop"],
        ["pop"],
        ["push", 11],
        ["pop"],
        ["pop"],
        ["pop"],
        ["pop"],
        ["pop"],
        ["pop"],
        ["empty"],
      ],
      expected: [
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        1,
        2,
        3,
        4,
        5,
        null,
        6,
        7,
        8,
        9,
        10,
        11,
        true,
      ],
    },
    {
      calls: [
        ["MyQueue"],
        ["push", 9],
        ["pop"],
        ["push", 8],
        ["pop"],
        ["push", 7],
        ["peek"],
        ["empty"],
        ["pop"],
        ["empty"],
      ],
      expected: [null, null, 9, null, 8, null, 7, false, 7, true],
    },
    {
      calls: [
        ["MyQueue"],
        ["push", 1000000000],
        ["push", -1000000000],
        ["pop"],
        ["pop"],
        ["empty"],
      ],
      expected: [null, null, null, 1000000000, -1000000000, true],
    },
    {
      calls: [
        ["MyQueue"],
        ["push", 3],
        ["push", 1],
        ["push", 2],
        ["empty"],
        ["peek"],
        ["pop"],
        ["push", 3],
        ["peek"],
        ["pop"],
        ["peek"],
        ["pop"],
        ["pop"],
        ["empty"],
      ],
      expected: [null, null, null, null, false, 3, 3, null, 1, 1, 2, 2, 3, true],
    },
    {
      calls: [
        ["MyQueue"],
        ["push", 2],
        ["empty"],
        ["push", 2],
        ["pop"],
        ["empty"],
        ["pop"],
        ["empty"],
      ],
      expected: [null, null, false, null, 2, false, 2, true],
    },
    fillThenDrain(3),
    fillThenDrain(999),
    twoInOneOut(4),
    twoInOneOut(400),
  ],
  // Fill the queue with n values, then alternate peek and pop until it is empty: moving every
  // element between stacks on each pop costs O(n) per call.
  generate: (n, random) => {
    const calls: [string, ...number[]][] = [["MyQueue"]];
    for (let i = 0; i < n; i++) calls.push(["push", Math.floor(random() * 2000) - 1000]);
    for (let i = 0; i < n; i++) calls.push(["peek"], ["pop"]);
    calls.push(["empty"]);
    return calls;
  },
  // Small sizes for the quadratic slower solution, large ones so the linear reference does countable work.
  complexitySizes: [
    128, 192, 256, 384, 512, 768, 1024, 2048, 3072, 4096, 6144, 8192, 12288, 16384, 32768, 65536,
  ],
  optimal: { time: "O(1)", space: "O(n)" },
  referenceSolutions: {
    javascript: `class MyQueue {
  constructor() {
    this.inbox = []; // newest on top
    this.outbox = []; // oldest on top
  }

  push(x) {
    this.inbox.push(x);
  }

  // Refill the outbox only when it is empty: every element moves at most once.
  shift() {
    if (this.outbox.length === 0) {
      while (this.inbox.length > 0) this.outbox.push(this.inbox.pop());
    }
  }

  pop() {
    this.shift();
    return this.outbox.pop();
  }

  peek() {
    this.shift();
    return this.outbox[this.outbox.length - 1];
  }

  empty() {
    return this.inbox.length === 0 && this.outbox.length === 0;
  }
}
`,
    python: `class MyQueue:
    def __init__(self):
        self.inbox = []
        self.outbox = []

    def push(self, x):
        self.inbox.append(x)

    def _shift(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())

    def pop(self):
        self._shift()
        return self.outbox.pop()

    def peek(self):
        self._shift()
        return self.outbox[-1]

    def empty(self):
        return not self.inbox and not self.outbox
`,
  },
  slowerSolution: {
    time: "O(n)",
    javascript: `class MyQueue {
  constructor() {
    this.items = []; // newest on top
  }

  push(x) {
    this.items.push(x);
  }

  // Pour everything into a spare stack, read the bottom element, then pour it all back.
  takeFront(remove) {
    const spare = [];
    while (this.items.length > 0) spare.push(this.items.pop());
    const front = remove ? spare.pop() : spare[spare.length - 1];
    while (spare.length > 0) this.items.push(spare.pop());
    return front;
  }

  pop() {
    return this.takeFront(true);
  }

  peek() {
    return this.takeFront(false);
  }

  empty() {
    return this.items.length === 0;
  }
}
`,
  },
  hints: [
    {
      en: "A stack reverses order. What happens if you reverse something twice?",
      ru: "Стек переворачивает порядок. Что будет, если перевернуть дважды?",
    },
    {
      en: "Keep one stack for incoming elements and another that holds elements in the order they should leave.",
      ru: "Держите один стек для входящих элементов, а другой — для элементов в том порядке, в котором они должны уходить.",
    },
    {
      en: "Push goes onto the input stack. For pop or peek, only when the output stack is empty move everything over from the input stack; each element is moved once, so the cost is O(1) amortised.",
      ru: "push кладёт в стек входа. Для pop и peek перекладывайте всё из стека входа, только когда стек выхода пуст; каждый элемент перекладывается один раз, поэтому стоимость — O(1) амортизированно.",
    },
  ],
  followUps: [
    {
      en: "Explain the amortised analysis. What is the worst case for a single call, and when does it matter (for example in a latency-sensitive service)?",
      ru: "Объясните амортизированный анализ. Каков худший случай для одного вызова и когда это важно (например, в сервисе, чувствительном к задержкам)?",
    },
    {
      en: "Now do the reverse: implement a stack using only queues.",
      ru: "Теперь наоборот: реализуйте стек только на очередях.",
    },
    {
      en: "How would you add a max() operation that returns the largest element in the queue in O(1)?",
      ru: "Как добавить операцию max(), возвращающую наибольший элемент очереди за O(1)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Moves elements lazily, only when the output stack is empty, and explains why each element is moved at most twice overall.",
      },
      { en: "Distinguishes amortised O(1) from worst-case O(n) for a single pop." },
      { en: "Keeps empty() correct by checking both stacks." },
    ],
    weak: [
      { en: "Moves all elements back and forth on every pop or peek, making each call O(n)." },
      { en: "Transfers elements while the output stack still has items, which breaks the order." },
      {
        en: "Uses shift() or indexing into the bottom of an array, which ignores the stack-only rule.",
      },
    ],
  },
};
