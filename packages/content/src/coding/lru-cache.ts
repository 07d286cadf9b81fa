import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

type Call = [string, ...number[]];
type Test = { calls: Call[]; expected: (number | null)[] };

/**
 * Store keys 0..capacity−1, read them all in order (so 0 becomes the least recently used), add as
 * many new keys (evicting the old ones in that same order), then read both ranges again.
 */
function fullTurnover(capacity: number): Test {
  const calls: Call[] = [["LRUCache", capacity]];
  const expected: (number | null)[] = [null];
  for (let k = 0; k < capacity; k++) {
    calls.push(["put", k, k * 2]);
    expected.push(null);
  }
  for (let k = 0; k < capacity; k++) {
    calls.push(["get", k]);
    expected.push(k * 2);
  }
  for (let k = capacity; k < 2 * capacity; k++) {
    calls.push(["put", k, k * 2]);
    expected.push(null);
  }
  for (let k = 0; k < capacity; k++) {
    calls.push(["get", k]);
    expected.push(-1);
  }
  for (let k = capacity; k < 2 * capacity; k++) {
    calls.push(["get", k]);
    expected.push(k * 2);
  }
  return { calls, expected };
}

/**
 * The largest capacity: keys 0..999 hold 2·key, in that order of use. Reading 0 makes 1 the
 * oldest, so adding 1000 evicts 1; reading 2 then makes 3 the oldest, so adding 1001 evicts 3.
 */
function largestCapacity(): Test {
  const calls: Call[] = [["LRUCache", 1000]];
  const expected: (number | null)[] = [null];
  for (let k = 0; k < 1000; k++) {
    calls.push(["put", k, k * 2]);
    expected.push(null);
  }
  calls.push(
    ["get", 0],
    ["put", 1000, 2000],
    ["get", 1],
    ["get", 2],
    ["put", 1001, 2002],
    ["get", 3],
    ["get", 0],
    ["get", 1000],
    ["get", 999],
    ["get", 4],
    ["get", 1001],
  );
  expected.push(0, null, -1, 4, null, -1, 0, 2000, 1998, 8, 2002);
  return { calls, expected };
}

/** Capacity 1: each new key pushes out the previous one. */
function singleSlot(count: number): Test {
  const calls: Call[] = [["LRUCache", 1]];
  const expected: (number | null)[] = [null];
  for (let k = 1; k <= count; k++) {
    calls.push(["put", k, 100 + k], ["get", k - 1], ["get", k]);
    expected.push(null, -1, 100 + k);
  }
  return { calls, expected };
}

export const problem: CodingProblemInput = {
  id: "lru-cache",
  title: { en: "LRU Cache", ru: "LRU-кэш" },
  difficulty: "medium",
  topics: ["design", "linked-lists", "arrays-and-hashing"],
  tracks: ["backend", "fullstack", "frontend", "infrastructure", "mobile"],
  statement: {
    en: `Design a key–value cache with a fixed \`capacity\` that forgets the entry used longest ago when it
runs out of room (a least-recently-used cache). Implement the class \`LRUCache\`:

- \`new LRUCache(capacity)\` — an empty cache that holds at most \`capacity\` entries;
- \`get(key)\` — return the value stored for \`key\`, or \`-1\` if the key is not in the cache;
- \`put(key, value)\` — store \`value\` under \`key\`, replacing any old value. If this adds a new
  key and the cache is already full, first remove the least recently used entry.

Both a successful \`get\` and any \`put\` count as using that key. A \`get\` of a missing key changes
nothing. Both operations should run in O(1) time on average.

**Example**

\`\`\`
cache = new LRUCache(2)
cache.put(1, 1)
cache.put(2, 2)
cache.get(1)       →  1      (key 2 is now the least recently used)
cache.put(3, 3)    →         (cache is full: key 2 is removed)
cache.get(2)       →  -1
cache.get(3)       →  3
\`\`\`

In the tests this is written as calls
\`[["LRUCache", 2], ["put", 1, 1], ["put", 2, 2], ["get", 1], ["put", 3, 3], ["get", 2], ["get", 3]]\`
with expected results \`[null, null, null, 1, null, -1, 3]\`.

**Constraints**

- 1 ≤ capacity ≤ 1000
- 0 ≤ key ≤ 10⁴, 0 ≤ value ≤ 10⁵
- at most 10⁴ calls in total`,
    ru: `Спроектируйте кэш «ключ — значение» фиксированной ёмкости \`capacity\`, который при нехватке места
забывает запись, использованную давнее всех (LRU-кэш). Реализуйте класс \`LRUCache\`:

- \`new LRUCache(capacity)\` — пустой кэш, вмещающий не более \`capacity\` записей;
- \`get(key)\` — вернуть значение по ключу \`key\` или \`-1\`, если ключа в кэше нет;
- \`put(key, value)\` — сохранить \`value\` под ключом \`key\`, заменив старое значение. Если
  добавляется новый ключ, а кэш уже полон, сначала удалить давнее всех использованную запись.

Успешный \`get\` и любой \`put\` считаются использованием ключа. \`get\` отсутствующего ключа ничего
не меняет. Обе операции должны работать в среднем за O(1).

**Пример**

\`\`\`
cache = new LRUCache(2)
cache.put(1, 1)
cache.put(2, 2)
cache.get(1)       →  1      (теперь давнее всех использован ключ 2)
cache.put(3, 3)    →         (кэш полон: ключ 2 удаляется)
cache.get(2)       →  -1
cache.get(3)       →  3
\`\`\`

В тестах это записано как вызовы
\`[["LRUCache", 2], ["put", 1, 1], ["put", 2, 2], ["get", 1], ["put", 3, 3], ["get", 2], ["get", 3]]\`
с ожидаемыми результатами \`[null, null, null, 1, null, -1, 3]\`.

**Ограничения**

- 1 ≤ capacity ≤ 1000
- 0 ≤ key ≤ 10⁴, 0 ≤ value ≤ 10⁵
- всего не более 10⁴ вызовов`,
  },
  entry: "LRUCache",
  kind: "class",
  starterCode: {
    javascript: `class LRUCache {
  constructor(capacity) {}

  get(key) {}

  put(key, value) {}
}
`,
    typescript: `class LRUCache {
  constructor(capacity: number) {}

  get(key: number): number {
    return 0;
  }

  put(key: number, value: number): void {}
}
`,
    python: `class LRUCache:
    def __init__(self, capacity):
        pass

    def get(self, key):
        pass

    def put(self, key, value):
        pass
`,
  },
  examples: [
    {
      calls: [
        ["LRUCache", 2],
        ["put", 1, 1],
        ["put", 2, 2],
        ["get", 1],
        ["put", 3, 3],
        ["get", 2],
        ["get", 3],
      ],
      expected: [null, null, null, 1, null, -1, 3],
    },
  ],
  hiddenTests: [
    {
      calls: [
        ["LRUCache", 2],
        ["put", 1, 1],
        ["put", 2, 2],
        ["get", 1],
        ["put", 3, 3],
        ["get", 2],
        ["get", 1],
        ["get", 3],
      ],
      expected: [null, null, null, 1, null, -1, 1, 3],
    },
    {
      calls: [
        ["LRUCache", 3],
        ["get", 5],
      ],
      expected: [null, -1],
    },
    {
      calls: [
        ["LRUCache", 1],
        ["put", 1, 1],
        ["put", 2, 2],
        ["get", 1],
        ["get", 2],
        ["put", 2, 3],
        ["get", 2],
      ],
      expected: [null, null, null, -1, 2, null, 3],
    },
    {
      calls: [
        ["LRUCache", 2],
        ["put", 1, 1],
        ["put", 2, 2],
        ["put", 1, 10],
        ["put", 3, 3],
        ["get", 2],
        ["get", 1],
        ["get", 3],
      ],
      expected: [null, null, null, null, null, -1, 10, 3],
    },
    {
      calls: [
        ["LRUCache", 2],
        ["put", 1, 1],
        ["put", 2, 2],
        ["get", 9],
        ["put", 3, 3],
        ["get", 1],
        ["get", 2],
        ["get", 3],
      ],
      expected: [null, null, null, -1, null, -1, 2, 3],
    },
    {
      calls: [
        ["LRUCache", 2],
        ["put", 0, 0],
        ["get", 0],
        ["put", 1, 0],
        ["get", 1],
        ["get", 2],
      ],
      expected: [null, null, 0, null, 0, -1],
    },
    {
      calls: [
        ["LRUCache", 2],
        ["put", 1, 1],
        ["put", 2, 2],
        ["put", 2, 20],
        ["get", 1],
        ["get", 2],
      ],
      expected: [null, null, null, null, 1, 20],
    },
    {
      calls: [
        ["LRUCache", 3],
        ["put", 1, 1],
        ["put", 2, 2],
        ["put", 3, 3],
        ["put", 4, 4],
        ["put", 5, 5],
        ["put", 6, 6],
        ["get", 1],
        ["get", 2],
        ["get", 3],
        ["get", 4],
        ["get", 5],
        ["get", 6],
      ],
      expected: [null, null, null, null, null, null, null, -1, -1, -1, 4, 5, 6],
    },
    {
      calls: [
        ["LRUCache", 2],
        ["put", 2, 1],
        ["put", 1, 1],
        ["put", 2, 3],
        ["put", 4, 1],
        ["get", 1],
        ["get", 2],
      ],
      expected: [null, null, null, null, null, -1, 3],
    },
    {
      calls: [
        ["LRUCache", 3],
        ["put", 1, 100],
        ["put", 2, 200],
        ["put", 3, 300],
        ["get", 2],
        ["get", 1],
        ["put", 4, 400],
        ["get", 3],
        ["get", 2],
        ["get", 1],
        ["get", 4],
      ],
      expected: [null, null, null, null, 200, 100, null, -1, 200, 100, 400],
    },
    {
      calls: [
        ["LRUCache", 2],
        ["get", 2],
        ["put", 2, 6],
        ["get", 1],
        ["put", 1, 5],
        ["put", 1, 2],
        ["get", 1],
        ["get", 2],
      ],
      expected: [null, -1, null, -1, null, null, 2, 6],
    },
    {
      calls: [
        ["LRUCache", 1],
        ["put", 7, 70],
        ["get", 7],
        ["put", 7, 71],
        ["get", 7],
        ["put", 8, 80],
        ["get", 7],
        ["get", 8],
      ],
      expected: [null, null, 70, null, 71, null, -1, 80],
    },
    {
      calls: [
        ["LRUCache", 4],
        ["put", 10, 1],
        ["put", 20, 2],
        ["put", 30, 3],
        ["put", 40, 4],
        ["get", 10],
        ["get", 30],
        ["put", 50, 5],
        ["put", 60, 6],
        ["get", 20],
        ["get", 40],
        ["get", 10],
        ["get", 30],
        ["get", 50],
        ["get", 60],
      ],
      expected: [null, null, null, null, null, 1, 3, null, null, -1, -1, 1, 3, 5, 6],
    },
    {
      calls: [
        ["LRUCache", 2],
        ["put", 10000, 100000],
        ["get", 10000],
        ["put", 0, 1],
        ["get", 0],
        ["put", 5000, 2],
        ["get", 10000],
        ["get", 0],
        ["get", 5000],
      ],
      expected: [null, null, 100000, null, 1, null, -1, 1, 2],
    },
    singleSlot(300),
    fullTurnover(100),
    largestCapacity(),
  ],
  // Capacity n: fill it with n keys, read random stored keys, then push in n new keys so every
  // put evicts. Scanning a list of entries on each call makes this quadratic.
  generate: (n, random) => {
    const calls: [string, ...number[]][] = [["LRUCache", n]];
    for (let k = 0; k < n; k++) calls.push(["put", k, k]);
    for (let i = 0; i < n; i++) calls.push(["get", Math.floor(random() * n)]);
    for (let k = n; k < 2 * n; k++) calls.push(["put", k, k]);
    return calls;
  },
  // Small sizes for the quadratic slower solution, large ones so the constant-time reference does countable work.
  complexitySizes: [
    128, 192, 256, 384, 512, 768, 1024, 2048, 3072, 4096, 6144, 8192, 12288, 16384, 32768, 65536,
  ],
  optimal: { time: "O(1)", space: "O(n)" },
  referenceSolutions: {
    javascript: `class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.nodes = new Map(); // key -> node
    // Sentinels: head.next is the least recently used, tail.prev the most recently used.
    this.head = { key: -1, value: -1, prev: null, next: null };
    this.tail = { key: -1, value: -1, prev: this.head, next: null };
    this.head.next = this.tail;
  }

  unlink(node) {
    node.prev.next = node.next;
    node.next.prev = node.prev;
  }

  append(node) {
    node.prev = this.tail.prev;
    node.next = this.tail;
    this.tail.prev.next = node;
    this.tail.prev = node;
  }

  get(key) {
    const node = this.nodes.get(key);
    if (node === undefined) return -1;
    this.unlink(node);
    this.append(node);
    return node.value;
  }

  put(key, value) {
    const existing = this.nodes.get(key);
    if (existing !== undefined) {
      existing.value = value;
      this.unlink(existing);
      this.append(existing);
      return;
    }
    if (this.nodes.size === this.capacity) {
      const oldest = this.head.next;
      this.unlink(oldest);
      this.nodes.delete(oldest.key);
    }
    const node = { key, value, prev: null, next: null };
    this.append(node);
    this.nodes.set(key, node);
  }
}
`,
    python: `class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.nodes = {}
        self.head = _Node(-1, -1)  # head.next: least recently used
        self.tail = _Node(-1, -1)  # tail.prev: most recently used
        self.head.next = self.tail
        self.tail.prev = self.head

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _append(self, node):
        node.prev = self.tail.prev
        node.next = self.tail
        self.tail.prev.next = node
        self.tail.prev = node

    def get(self, key):
        node = self.nodes.get(key)
        if node is None:
            return -1
        self._unlink(node)
        self._append(node)
        return node.value

    def put(self, key, value):
        node = self.nodes.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._append(node)
            return
        if len(self.nodes) == self.capacity:
            oldest = self.head.next
            self._unlink(oldest)
            del self.nodes[oldest.key]
        node = _Node(key, value)
        self._append(node)
        self.nodes[key] = node
`,
  },
  slowerSolution: {
    time: "O(n)",
    javascript: `class LRUCache {
  constructor(capacity) {
    this.capacity = capacity;
    this.keys = []; // least recently used first
    this.values = [];
  }

  indexOfKey(key) {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return i;
    return -1;
  }

  // Slide everything after position i one place left, then put the entry at the end.
  moveToEnd(i) {
    const key = this.keys[i];
    const value = this.values[i];
    for (let j = i; j < this.keys.length - 1; j++) {
      this.keys[j] = this.keys[j + 1];
      this.values[j] = this.values[j + 1];
    }
    this.keys[this.keys.length - 1] = key;
    this.values[this.values.length - 1] = value;
  }

  get(key) {
    const i = this.indexOfKey(key);
    if (i < 0) return -1;
    this.moveToEnd(i);
    return this.values[this.values.length - 1];
  }

  put(key, value) {
    const i = this.indexOfKey(key);
    if (i >= 0) {
      this.moveToEnd(i);
      this.values[this.values.length - 1] = value;
      return;
    }
    if (this.keys.length === this.capacity) {
      this.moveToEnd(0);
      this.keys.pop();
      this.values.pop();
    }
    this.keys.push(key);
    this.values.push(value);
  }
}
`,
  },
  hints: [
    {
      en: "A hash map gives O(1) lookup by key. What else do you need to know quickly when the cache is full?",
      ru: "Хеш-таблица даёт поиск по ключу за O(1). Что ещё нужно быстро узнавать, когда кэш заполнен?",
    },
    {
      en: "Keep the entries in order of last use. The structure must let you move any entry to the most-recent end and drop the oldest end in O(1).",
      ru: "Храните записи в порядке последнего использования. Структура должна за O(1) переносить любую запись в «свежий» конец и удалять самую старую с другого конца.",
    },
    {
      en: "Use a doubly linked list with sentinel head and tail nodes, plus a map from key to list node. get unlinks the node and appends it at the tail; put does the same or, when full, removes head.next first.",
      ru: "Используйте двусвязный список с фиктивными головой и хвостом и словарь «ключ → узел». get вырезает узел и ставит его к хвосту; put делает то же или, если кэш полон, сначала удаляет head.next.",
    },
  ],
  followUps: [
    {
      en: "How would you make the cache safe to use from many threads at once, and what would lock contention cost?",
      ru: "Как сделать кэш безопасным при одновременном доступе из многих потоков и во что обойдётся конкуренция за блокировку?",
    },
    {
      en: "Add a time-to-live per entry so that expired entries are never returned.",
      ru: "Добавьте время жизни для каждой записи, чтобы просроченные записи никогда не возвращались.",
    },
    {
      en: "How does an LFU (least frequently used) cache differ, and how would you keep its operations O(1)?",
      ru: "Чем отличается LFU-кэш (вытесняет наименее часто используемое) и как сохранить его операции за O(1)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Combines a hash map with a doubly linked list, uses sentinels to avoid edge cases, and stores the key in the node so eviction can delete it from the map.",
      },
      {
        en: "Remembers that updating an existing key also refreshes it, and that a failed get changes nothing.",
      },
      {
        en: "Mentions the language shortcut (insertion-ordered Map or OrderedDict) and can still explain what it does underneath.",
      },
    ],
    weak: [
      {
        en: "Keeps recency in an array or list and scans it on every call, making each operation O(capacity).",
      },
      { en: "Tracks timestamps and searches for the minimum on eviction." },
      {
        en: "Evicts when updating an existing key in a full cache, or forgets to remove the evicted key from the map.",
      },
    ],
  },
};
