import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** Adds 0 … count − 1 in a shuffled but fixed order (i · 7919 mod count for a count not divisible by 7919). */
function addsOfRange(count: number): [string, number][] {
  return Array.from(
    { length: count },
    (_, i) => ["addNum", (i * 7919) % count] as [string, number],
  );
}

export const problem: CodingProblemInput = {
  id: "find-median-from-data-stream",
  title: { en: "Find Median from Data Stream", ru: "Медиана потока данных" },
  difficulty: "hard",
  topics: ["heaps", "design"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `Numbers arrive one at a time. Build a class \`MedianFinder\` that can report the median of
all numbers received so far at any moment.

The median of a sorted collection is its middle value when the count is odd, and the average of
the two middle values when the count is even: the median of \`[1, 2, 5, 9]\` is \`(2 + 5) / 2 = 3.5\`.

- \`new MedianFinder()\` starts with no numbers.
- \`addNum(num)\` records the integer \`num\` and returns nothing.
- \`findMedian()\` returns the median of everything recorded so far. Answers within \`10⁻⁵\`
  of the exact value are accepted.

The tests call the constructor first and then the methods in order.

**Example**

\`\`\`
calls:    MedianFinder(), addNum(5), findMedian(), addNum(1), findMedian(), addNum(9), findMedian(), addNum(2), findMedian()
returns:  null,           null,      5,            null,      3,            null,      5,            null,      3.5
\`\`\`

**Constraints**

- −10⁵ ≤ num ≤ 10⁵
- \`findMedian\` is only called after at least one \`addNum\`
- at most 5 · 10⁴ method calls in total`,
    ru: `Числа приходят по одному. Напишите класс \`MedianFinder\`, который в любой момент может
сообщить медиану всех уже полученных чисел.

Медиана упорядоченного набора — среднее значение при нечётном количестве и среднее арифметическое
двух средних значений при чётном: медиана \`[1, 2, 5, 9]\` равна \`(2 + 5) / 2 = 3.5\`.

- \`new MedianFinder()\` создаёт пустой набор.
- \`addNum(num)\` запоминает целое число \`num\` и ничего не возвращает.
- \`findMedian()\` возвращает медиану всех запомненных чисел. Принимаются ответы с точностью \`10⁻⁵\`.

Тесты сначала вызывают конструктор, затем методы по порядку.

**Пример**

\`\`\`
вызовы:  MedianFinder(), addNum(5), findMedian(), addNum(1), findMedian(), addNum(9), findMedian(), addNum(2), findMedian()
ответы:  null,           null,      5,            null,      3,            null,      5,            null,      3.5
\`\`\`

**Ограничения**

- −10⁵ ≤ num ≤ 10⁵
- \`findMedian\` вызывается только после хотя бы одного \`addNum\`
- не более 5 · 10⁴ вызовов методов`,
  },
  entry: "MedianFinder",
  kind: "class",
  starterCode: {
    javascript: `class MedianFinder {
  constructor() {}

  addNum(num) {}

  findMedian() {
    // return the median so far
  }
}
`,
    typescript: `class MedianFinder {
  constructor() {}

  addNum(num: number): void {}

  findMedian(): number {
    // return the median so far
    return undefined as unknown as number;
  }
}
`,
    python: `class MedianFinder:
    def __init__(self):
        pass

    def addNum(self, num):
        pass

    def findMedian(self):
        # return the median so far
        pass
`,
  },
  compare: { floatTolerance: 1e-5 },
  examples: [
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 5],
        ["findMedian"],
        ["addNum", 1],
        ["findMedian"],
        ["addNum", 9],
        ["findMedian"],
        ["addNum", 2],
        ["findMedian"],
      ],
      expected: [null, null, 5, null, 3, null, 5, null, 3.5],
    },
  ],
  hiddenTests: [
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 5],
        ["findMedian"],
        ["addNum", 1],
        ["findMedian"],
        ["addNum", 9],
        ["findMedian"],
        ["addNum", 2],
        ["findMedian"],
      ],
      expected: [null, null, 5, null, 3, null, 5, null, 3.5],
    },
    // Only the constructor.
    { calls: [["MedianFinder"]], expected: [null] },
    // A single number.
    { calls: [["MedianFinder"], ["addNum", -7], ["findMedian"]], expected: [null, null, -7] },
    // Duplicates.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 4],
        ["findMedian"],
        ["addNum", 4],
        ["findMedian"],
        ["addNum", 4],
        ["findMedian"],
      ],
      expected: [null, null, 4, null, 4, null, 4],
    },
    // Negative, zero and positive.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", -3],
        ["findMedian"],
        ["addNum", 3],
        ["findMedian"],
        ["addNum", 0],
        ["findMedian"],
        ["addNum", 100],
        ["findMedian"],
      ],
      expected: [null, null, -3, null, 0, null, 0, null, 1.5],
    },
    // Increasing input.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 1],
        ["findMedian"],
        ["addNum", 2],
        ["findMedian"],
        ["addNum", 3],
        ["findMedian"],
        ["addNum", 4],
        ["findMedian"],
        ["addNum", 5],
        ["findMedian"],
        ["addNum", 6],
        ["findMedian"],
      ],
      expected: [null, null, 1, null, 1.5, null, 2, null, 2.5, null, 3, null, 3.5],
    },
    // Decreasing input.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 6],
        ["findMedian"],
        ["addNum", 5],
        ["findMedian"],
        ["addNum", 4],
        ["findMedian"],
        ["addNum", 3],
        ["findMedian"],
        ["addNum", 2],
        ["findMedian"],
        ["addNum", 1],
        ["findMedian"],
      ],
      expected: [null, null, 6, null, 5.5, null, 5, null, 4.5, null, 4, null, 3.5],
    },
    // The value limits.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 100000],
        ["addNum", -100000],
        ["findMedian"],
        ["addNum", 100000],
        ["findMedian"],
        ["addNum", -100000],
        ["findMedian"],
      ],
      expected: [null, null, null, 0, null, 100000, null, 0],
    },
    // Two negatives: a non-integer median.
    {
      calls: [["MedianFinder"], ["addNum", -1], ["addNum", -2], ["findMedian"]],
      expected: [null, null, null, -1.5],
    },
    // Many adds, then one question.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 8],
        ["addNum", 3],
        ["addNum", 6],
        ["addNum", 1],
        ["addNum", 9],
        ["addNum", 2],
        ["addNum", 7],
        ["findMedian"],
      ],
      expected: [null, null, null, null, null, null, null, null, 6],
    },
    // Zeros.
    {
      calls: [["MedianFinder"], ["addNum", 0], ["findMedian"], ["addNum", 0], ["findMedian"]],
      expected: [null, null, 0, null, 0],
    },
    // The same question asked twice in a row.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 10],
        ["findMedian"],
        ["findMedian"],
        ["addNum", 20],
        ["findMedian"],
        ["findMedian"],
      ],
      expected: [null, null, 10, 10, null, 15, 15],
    },
    // Values alternating between the two ends.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 1],
        ["findMedian"],
        ["addNum", 1000],
        ["findMedian"],
        ["addNum", 2],
        ["findMedian"],
        ["addNum", 999],
        ["findMedian"],
        ["addNum", 3],
        ["findMedian"],
        ["addNum", 998],
        ["findMedian"],
      ],
      expected: [null, null, 1, null, 500.5, null, 2, null, 500.5, null, 3, null, 500.5],
    },
    // One outlier on each side does not move the median.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 5],
        ["addNum", 5],
        ["addNum", 5],
        ["addNum", 5],
        ["addNum", 100],
        ["findMedian"],
        ["addNum", -100],
        ["findMedian"],
      ],
      expected: [null, null, null, null, null, null, 5, null, 5],
    },
    // Pairs of equal values.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", 1],
        ["addNum", 2],
        ["findMedian"],
        ["addNum", 2],
        ["findMedian"],
        ["addNum", 1],
        ["findMedian"],
      ],
      expected: [null, null, null, 1.5, null, 2, null, 1.5],
    },
    // 0 … 999 in a scrambled order, then one more number.
    {
      calls: [
        ["MedianFinder"],
        ...addsOfRange(1000),
        ["findMedian"],
        ["addNum", 1000],
        ["findMedian"],
      ],
      expected: [null, ...Array.from({ length: 1000 }, () => null), 499.5, null, 500],
    },
    // Larger magnitudes mixed in one stream.
    {
      calls: [
        ["MedianFinder"],
        ["addNum", -99999],
        ["addNum", 12345],
        ["addNum", -42],
        ["findMedian"],
        ["addNum", 77777],
        ["findMedian"],
      ],
      expected: [null, null, null, null, -42, null, 6151.5],
    },
  ],
  // n random numbers with a question after every second one: a sorted list shifts about half its
  // items on every insert.
  generate: (n, random) => {
    const calls: unknown[] = [["MedianFinder"]];
    for (let i = 0; i < n; i++) {
      calls.push(["addNum", Math.floor(random() * 200001) - 100000]);
      if (i % 2 === 1) calls.push(["findMedian"]);
    }
    return calls;
  },
  optimal: { time: "O(n log n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `class MinHeap {
  constructor() {
    this.items = [];
  }

  size() {
    return this.items.length;
  }

  peek() {
    return this.items[0];
  }

  push(value) {
    const a = this.items;
    a.push(value);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent] <= a[i]) break;
      [a[parent], a[i]] = [a[i], a[parent]];
      i = parent;
    }
  }

  pop() {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let small = i;
        if (left < a.length && a[left] < a[small]) small = left;
        if (right < a.length && a[right] < a[small]) small = right;
        if (small === i) break;
        [a[small], a[i]] = [a[i], a[small]];
        i = small;
      }
    }
    return top;
  }
}

class MedianFinder {
  constructor() {
    this.low = new MinHeap(); // the smaller half, stored negated (a max-heap)
    this.high = new MinHeap(); // the larger half
  }

  addNum(num) {
    if (this.low.size() === 0 || num <= -this.low.peek()) this.low.push(-num);
    else this.high.push(num);
    if (this.low.size() > this.high.size() + 1) this.high.push(-this.low.pop());
    else if (this.high.size() > this.low.size()) this.low.push(-this.high.pop());
  }

  findMedian() {
    if (this.low.size() > this.high.size()) return -this.low.peek();
    return (-this.low.peek() + this.high.peek()) / 2;
  }
}
`,
    python: `import heapq


class MedianFinder:
    def __init__(self):
        self.low = []  # the smaller half, negated
        self.high = []  # the larger half

    def addNum(self, num):
        if not self.low or num <= -self.low[0]:
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def findMedian(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `class MedianFinder {
  constructor() {
    this.sorted = [];
  }

  addNum(num) {
    const a = this.sorted;
    a.push(num);
    let i = a.length - 1;
    while (i > 0 && a[i - 1] > num) {
      a[i] = a[i - 1];
      i--;
    }
    a[i] = num;
  }

  findMedian() {
    const a = this.sorted;
    const mid = a.length >> 1;
    return a.length % 2 === 1 ? a[mid] : (a[mid - 1] + a[mid]) / 2;
  }
}
`,
  },
  hints: [
    {
      en: "Keeping a sorted list makes the median easy to read but every insert expensive. Do you really need the whole order, or only the middle?",
      ru: "В отсортированном списке медиану легко прочитать, но каждая вставка дорогая. Нужен ли весь порядок или только середина?",
    },
    {
      en: "Split the numbers into a lower half and an upper half. The median depends only on the largest of the lower half and the smallest of the upper half.",
      ru: "Разделите числа на нижнюю и верхнюю половины. Медиана зависит только от максимума нижней половины и минимума верхней.",
    },
    {
      en: "Keep the lower half in a max-heap and the upper half in a min-heap, with sizes equal or the lower one bigger by one. Insert into the right heap, then move one root across if the sizes drift.",
      ru: "Храните нижнюю половину в max-куче, верхнюю — в min-куче; размеры равны или нижняя больше на один. Вставляйте в нужную кучу и перекладывайте один корень, если размеры разошлись.",
    },
  ],
  followUps: [
    {
      en: "All numbers are integers between 0 and 100. How would you make both operations O(1) or nearly so?",
      ru: "Все числа — целые от 0 до 100. Как сделать обе операции за O(1) или почти за O(1)?",
    },
    {
      en: "What if 99% of the numbers fall in [0, 100] but a few are far outside it?",
      ru: "Что если 99% чисел попадают в [0, 100], а некоторые далеко за его пределами?",
    },
    {
      en: "How would you report the median of only the last k numbers (a sliding window)?",
      ru: "Как сообщать медиану только последних k чисел (скользящее окно)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Reaches the two-heap design, states the size invariant clearly and gives O(log n) per insert and O(1) per query.",
      },
      {
        en: "Handles even counts with a floating-point average and checks the rebalancing on increasing and decreasing input.",
      },
    ],
    weak: [
      { en: "Sorts the whole list on every findMedian call and does not see the cost." },
      {
        en: "Lets the heaps drift apart in size, or puts a number into the wrong half without comparing it to a root.",
      },
    ],
  },
};
