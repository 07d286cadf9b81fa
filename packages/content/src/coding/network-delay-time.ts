import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** Links i → i + 1 taking `weight` each, for nodes 1 … count. */
const chain = (count: number, weight: number) =>
  Array.from({ length: count - 1 }, (_, i) => [i + 1, i + 2, weight]);

export const problem: CodingProblemInput = {
  id: "network-delay-time",
  title: { en: "Network Delay Time", ru: "Время задержки в сети" },
  difficulty: "medium",
  topics: ["graphs", "heaps"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `A network has \`n\` nodes labelled \`1\` to \`n\`. Each entry \`[u, v, w]\` of \`times\` is a one-way
link: a message sent from \`u\` arrives at \`v\` after \`w\` time units. Node \`k\` broadcasts a signal
at time 0, and every node forwards it along all of its outgoing links the moment it arrives.

Return the time at which the last node receives the signal, or \`-1\` if some node never receives it.

**Examples**

\`\`\`
networkDelayTime([[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 1]], 4, 1)  →  4
networkDelayTime([[1, 2, 5]], 2, 2)                                    →  -1
\`\`\`

In the first example node 2 hears the signal at time 3 (through node 3, not the direct link of
length 4), and node 4 at time 4. In the second, nothing leaves node 2, so node 1 never hears it.

**Constraints**

- 1 ≤ n ≤ 10⁵, 1 ≤ k ≤ n
- 0 ≤ times.length ≤ 2 · 10⁵
- 1 ≤ u, v ≤ n, u ≠ v, 0 ≤ w ≤ 100
- the same pair of nodes may be linked more than once`,
    ru: `В сети \`n\` узлов с номерами от \`1\` до \`n\`. Каждая запись \`[u, v, w]\` в \`times\` — односторонняя
связь: сообщение из \`u\` приходит в \`v\` через \`w\` единиц времени. Узел \`k\` отправляет сигнал в
момент 0, и каждый узел сразу по получении пересылает его по всем своим исходящим связям.

Верните момент, когда сигнал получит последний узел, или \`-1\`, если какой-то узел его не получит.

**Примеры**

\`\`\`
networkDelayTime([[1, 2, 4], [1, 3, 1], [3, 2, 2], [2, 4, 1]], 4, 1)  →  4
networkDelayTime([[1, 2, 5]], 2, 2)                                    →  -1
\`\`\`

В первом примере узел 2 получает сигнал в момент 3 (через узел 3, а не по прямой связи длиной 4),
а узел 4 — в момент 4. Во втором из узла 2 ничего не выходит, и узел 1 сигнал не получит.

**Ограничения**

- 1 ≤ n ≤ 10⁵, 1 ≤ k ≤ n
- 0 ≤ times.length ≤ 2 · 10⁵
- 1 ≤ u, v ≤ n, u ≠ v, 0 ≤ w ≤ 100
- одна и та же пара узлов может быть связана несколько раз`,
  },
  entry: "networkDelayTime",
  starterCode: {
    javascript:
      "function networkDelayTime(times, n, k) {\n  // return the time the last node hears the signal, or -1\n}\n",
    typescript:
      "function networkDelayTime(times: number[][], n: number, k: number): number {\n  // return the time the last node hears the signal, or -1\n  return undefined as unknown as number;\n}\n",
    python:
      "def networkDelayTime(times, n, k):\n    # return the time the last node hears the signal, or -1\n    pass\n",
  },
  examples: [
    {
      args: [
        [
          [1, 2, 4],
          [1, 3, 1],
          [3, 2, 2],
          [2, 4, 1],
        ],
        4,
        1,
      ],
      expected: 4,
    },
    { args: [[[1, 2, 5]], 2, 2], expected: -1 },
  ],
  hiddenTests: [
    {
      args: [
        [
          [1, 2, 4],
          [1, 3, 1],
          [3, 2, 2],
          [2, 4, 1],
        ],
        4,
        1,
      ],
      expected: 4,
    },
    { args: [[[1, 2, 5]], 2, 2], expected: -1 },
    // A single node needs no time; two nodes without links cannot both hear it.
    { args: [[], 1, 1], expected: 0 },
    { args: [[], 2, 1], expected: -1 },
    { args: [[[1, 2, 5]], 2, 1], expected: 5 },
    // Zero-time links.
    {
      args: [
        [
          [1, 2, 0],
          [2, 3, 0],
        ],
        3,
        1,
      ],
      expected: 0,
    },
    // Several links between the same nodes: the fastest counts.
    {
      args: [
        [
          [1, 2, 7],
          [1, 2, 3],
          [1, 2, 5],
        ],
        2,
        1,
      ],
      expected: 3,
    },
    // A cycle, starting in the middle of it.
    {
      args: [
        [
          [1, 2, 1],
          [2, 3, 1],
          [3, 1, 1],
        ],
        3,
        2,
      ],
      expected: 2,
    },
    // Links are one-way.
    {
      args: [
        [
          [2, 1, 1],
          [2, 3, 1],
        ],
        3,
        1,
      ],
      expected: -1,
    },
    {
      args: [
        [
          [2, 1, 1],
          [2, 3, 1],
        ],
        3,
        2,
      ],
      expected: 1,
    },
    // A path with more hops beats a long direct link.
    {
      args: [
        [
          [1, 2, 10],
          [1, 3, 1],
          [3, 4, 1],
          [4, 5, 1],
          [5, 2, 1],
        ],
        5,
        1,
      ],
      expected: 4,
    },
    // A star: the slowest spoke decides.
    {
      args: [
        [
          [1, 2, 3],
          [1, 3, 9],
          [1, 4, 2],
          [1, 5, 9],
        ],
        5,
        1,
      ],
      expected: 9,
    },
    // A part of the network that the signal cannot reach.
    {
      args: [
        [
          [1, 2, 1],
          [2, 3, 1],
          [4, 5, 1],
        ],
        5,
        1,
      ],
      expected: -1,
    },
    // The first node settled is not always on the best path to the next one.
    {
      args: [
        [
          [1, 2, 1],
          [1, 3, 4],
          [2, 3, 2],
          [3, 4, 1],
          [2, 4, 6],
        ],
        4,
        1,
      ],
      expected: 4,
    },
    {
      args: [
        [
          [3, 1, 5],
          [3, 2, 2],
          [2, 1, 1],
          [1, 4, 1],
        ],
        4,
        3,
      ],
      expected: 4,
    },
    // Every ordered pair linked, taking u + v.
    {
      args: [
        [1, 2, 3, 4].flatMap((u) => [1, 2, 3, 4].filter((v) => v !== u).map((v) => [u, v, u + v])),
        4,
        4,
      ],
      expected: 7,
    },
    // Zero-time links in both directions plus a slow direct link.
    {
      args: [
        [
          [1, 2, 0],
          [2, 1, 0],
          [2, 3, 100],
          [1, 3, 99],
        ],
        3,
        2,
      ],
      expected: 99,
    },
    // A chain of 100 nodes with the largest delay on every link.
    { args: [chain(100, 100), 100, 1], expected: 9900 },
    // The same chain with a shortcut to its end: node 99 is now the last.
    { args: [[...chain(100, 100), [1, 100, 50]], 100, 1], expected: 9800 },
  ],
  // n nodes reachable through a random spanning tree plus 3n random links: the O(n²) version
  // scans every node to pick the next one.
  generate: (n, random) => {
    const times: number[][] = [];
    for (let v = 2; v <= n; v++)
      times.push([1 + Math.floor(random() * (v - 1)), v, 1 + Math.floor(random() * 100)]);
    for (let i = 0; i < 3 * n && n > 1; i++) {
      const u = 1 + Math.floor(random() * n);
      let v = 1 + Math.floor(random() * n);
      if (v === u) v = (v % n) + 1;
      times.push([u, v, Math.floor(random() * 101)]);
    }
    return [times, n, 1];
  },
  optimal: { time: "O(n log n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function networkDelayTime(times, n, k) {
  const out = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) out[u].push(v, w);
  const dist = new Array(n + 1).fill(Infinity);
  // A binary min-heap of (distance, node) pairs kept in two parallel arrays.
  const keys = [];
  const nodes = [];
  function swap(i, j) {
    const key = keys[i]; keys[i] = keys[j]; keys[j] = key;
    const node = nodes[i]; nodes[i] = nodes[j]; nodes[j] = node;
  }
  function push(key, node) {
    keys.push(key);
    nodes.push(node);
    let i = keys.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (keys[parent] <= keys[i]) break;
      swap(i, parent);
      i = parent;
    }
  }
  function pop() {
    const last = keys.length - 1;
    swap(0, last);
    keys.pop();
    const node = nodes.pop();
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let small = i;
      if (left < keys.length && keys[left] < keys[small]) small = left;
      if (right < keys.length && keys[right] < keys[small]) small = right;
      if (small === i) break;
      swap(i, small);
      i = small;
    }
    return node;
  }
  dist[k] = 0;
  push(0, k);
  while (keys.length > 0) {
    const key = keys[0];
    const u = pop();
    if (key > dist[u]) continue;
    const edges = out[u];
    for (let i = 0; i < edges.length; i += 2) {
      const v = edges[i];
      const d = key + edges[i + 1];
      if (d < dist[v]) {
        dist[v] = d;
        push(d, v);
      }
    }
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) {
    if (dist[v] === Infinity) return -1;
    if (dist[v] > latest) latest = dist[v];
  }
  return latest;
}
`,
    python: `import heapq


def networkDelayTime(times, n, k):
    out = [[] for _ in range(n + 1)]
    for u, v, w in times:
        out[u].append((v, w))
    dist = [None] * (n + 1)
    heap = [(0, k)]
    while heap:
        d, u = heapq.heappop(heap)
        if dist[u] is not None:
            continue
        dist[u] = d
        for v, w in out[u]:
            if dist[v] is None:
                heapq.heappush(heap, (d + w, v))
    if any(dist[v] is None for v in range(1, n + 1)):
        return -1
    return max(dist[1:])
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function networkDelayTime(times, n, k) {
  // Dijkstra without a heap: scan all nodes for the closest unsettled one each time.
  const out = Array.from({ length: n + 1 }, () => []);
  for (const [u, v, w] of times) out[u].push(v, w);
  const dist = new Array(n + 1).fill(Infinity);
  const settled = new Array(n + 1).fill(false);
  dist[k] = 0;
  for (let round = 0; round < n; round++) {
    let u = -1;
    for (let v = 1; v <= n; v++) {
      if (!settled[v] && (u === -1 || dist[v] < dist[u])) u = v;
    }
    if (u === -1 || dist[u] === Infinity) break;
    settled[u] = true;
    const edges = out[u];
    for (let i = 0; i < edges.length; i += 2) {
      const v = edges[i];
      if (dist[u] + edges[i + 1] < dist[v]) dist[v] = dist[u] + edges[i + 1];
    }
  }
  let latest = 0;
  for (let v = 1; v <= n; v++) {
    if (dist[v] === Infinity) return -1;
    if (dist[v] > latest) latest = dist[v];
  }
  return latest;
}
`,
  },
  hints: [
    {
      en: "The time a node hears the signal is the length of the shortest path to it from k. What algorithm finds shortest paths from one source when no weight is negative?",
      ru: "Момент, когда узел получает сигнал, — это длина кратчайшего пути до него из k. Какой алгоритм находит кратчайшие пути из одной вершины при неотрицательных весах?",
    },
    {
      en: "Dijkstra's algorithm: repeatedly settle the unsettled node with the smallest known distance and relax its outgoing links. The answer is the largest distance, or −1 if one stays infinite.",
      ru: "Алгоритм Дейкстры: раз за разом фиксируйте незафиксированный узел с наименьшим известным расстоянием и ослабляйте его исходящие связи. Ответ — наибольшее расстояние или −1, если какое-то осталось бесконечным.",
    },
    {
      en: "Find the next node with a min-heap of (distance, node) pairs instead of a linear scan. Push a new pair whenever a distance improves and skip popped pairs that are out of date: O(E log V).",
      ru: "Ищите следующий узел не линейным просмотром, а через min-кучу пар (расстояние, узел). Добавляйте пару при каждом улучшении расстояния и пропускайте устаревшие пары при извлечении: O(E log V).",
    },
  ],
  followUps: [
    {
      en: "Some links can have negative delays (but no negative cycles). Which algorithm do you switch to, and what does it cost?",
      ru: "Что если у некоторых связей задержка отрицательная (но без отрицательных циклов)? На какой алгоритм перейти и сколько он стоит?",
    },
    {
      en: "How would you find the fastest delivery to a given node that uses at most h links?",
      ru: "Как найти самую быструю доставку до заданного узла, использующую не более h связей?",
    },
    {
      en: "When is the O(V²) array version of Dijkstra faster than the heap version?",
      ru: "Когда версия Дейкстры с массивом за O(V²) быстрее версии с кучей?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Names Dijkstra immediately, justifies it by non-negative weights, and explains lazy deletion of stale heap entries.",
      },
      {
        en: "Builds an adjacency list, handles parallel links and unreachable nodes, and states O(E log V) time and O(V + E) space.",
      },
    ],
    weak: [
      { en: "Runs plain BFS counting hops, ignoring the weights." },
      {
        en: "Marks nodes as done when pushing them instead of when popping them, which gives wrong distances.",
      },
    ],
  },
};
