import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

/** The first `count` sets of three different letters, each written in increasing order ("abc", "abd", …). */
function letterTriples(count: number): string[] {
  const words: string[] = [];
  const letters = "abcdefghijklmnopqrstuvwxyz";
  for (let a = 0; a < 26; a++) {
    for (let b = a + 1; b < 26; b++) {
      for (let c = b + 1; c < 26; c++) {
        if (words.length < count) words.push(`${letters[a]}${letters[b]}${letters[c]}`);
      }
    }
  }
  return words;
}
const reversed = (word: string) => [...word].reverse().join("");
const triples = letterTriples(300);

export const problem: CodingProblemInput = {
  id: "group-anagrams",
  title: { en: "Group Anagrams", ru: "Группировка анаграмм" },
  difficulty: "medium",
  topics: ["arrays-and-hashing", "strings"],
  tracks: ["backend", "frontend", "fullstack", "data"],
  statement: {
    en: `You are given a list of lowercase words \`strs\`. Split it into groups so that two words land in
the same group exactly when they are anagrams of each other (one is a rearrangement of the
other's letters). Return the list of groups.

Every word of the input belongs to exactly one group, and a word that appears several times in
the input appears the same number of times in its group. The groups may come in any order, and
the words inside a group may come in any order.

**Examples**

\`\`\`
groupAnagrams(["eat", "tea", "tan", "ate", "nat", "bat"])
  →  [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]
groupAnagrams([""])  →  [[""]]
groupAnagrams([])    →  []
\`\`\`

**Constraints**

- 0 ≤ strs.length ≤ 10⁴
- 0 ≤ strs[i].length ≤ 100
- words contain only lowercase English letters (\`a\`–\`z\`)`,
    ru: `Дан список слов \`strs\` из строчных латинских букв. Разбейте его на группы так, чтобы два слова
попадали в одну группу ровно тогда, когда они анаграммы друг друга (одно получается из другого
перестановкой букв). Верните список групп.

Каждое слово входа попадает ровно в одну группу, а слово, встретившееся во входе несколько раз,
встречается в своей группе столько же раз. Группы можно вернуть в любом порядке, слова внутри
группы — тоже.

**Примеры**

\`\`\`
groupAnagrams(["eat", "tea", "tan", "ate", "nat", "bat"])
  →  [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]
groupAnagrams([""])  →  [[""]]
groupAnagrams([])    →  []
\`\`\`

**Ограничения**

- 0 ≤ strs.length ≤ 10⁴
- 0 ≤ strs[i].length ≤ 100
- слова состоят только из строчных латинских букв (\`a\`–\`z\`)`,
  },
  entry: "groupAnagrams",
  starterCode: {
    javascript: "function groupAnagrams(strs) {\n  // return a list of groups\n}\n",
    typescript:
      "function groupAnagrams(strs: string[]): string[][] {\n  // return a list of groups\n  return [];\n}\n",
    python: "def groupAnagrams(strs):\n    # return a list of groups\n    pass\n",
  },
  examples: [
    {
      args: [["eat", "tea", "tan", "ate", "nat", "bat"]],
      expected: [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]],
    },
    { args: [[""]], expected: [[""]] },
  ],
  hiddenTests: [
    { args: [[]], expected: [] },
    { args: [[""]], expected: [[""]] },
    { args: [["", ""]], expected: [["", ""]] },
    { args: [["a"]], expected: [["a"]] },
    { args: [["", "a", ""]], expected: [["", ""], ["a"]] },
    { args: [["a", "b", "c"]], expected: [["a"], ["b"], ["c"]] },
    { args: [["ab", "ba", "ab"]], expected: [["ab", "ba", "ab"]] },
    { args: [["abc", "bca", "cab", "xyz"]], expected: [["abc", "bca", "cab"], ["xyz"]] },
    {
      args: [["aab", "aba", "abb", "bab"]],
      expected: [
        ["aab", "aba"],
        ["abb", "bab"],
      ],
    },
    {
      args: [["ab", "abc", "ba", "cba"]],
      expected: [
        ["ab", "ba"],
        ["abc", "cba"],
      ],
    },
    { args: [["zz", "z", "zzz", "z"]], expected: [["zz"], ["z", "z"], ["zzz"]] },
    {
      args: [["listen", "silent", "enlist", "google", "gogole", "inlets"]],
      expected: [
        ["listen", "silent", "enlist", "inlets"],
        ["google", "gogole"],
      ],
    },
    {
      args: [["abcd", "dcba", "bcda", "abdc", "abce"]],
      expected: [["abcd", "dcba", "bcda", "abdc"], ["abce"]],
    },
    // Letter counts 1 and 11 against 11 and 1: a key made by gluing counts together without a separator collides.
    { args: [["abbbbbbbbbbb", "aaaaaaaaaaab"]], expected: [["abbbbbbbbbbb"], ["aaaaaaaaaaab"]] },
    // Same sum of character codes, different letters.
    { args: [["ad", "bc", "da"]], expected: [["ad", "da"], ["bc"]] },
    {
      args: [["stop", "pots", "tops", "spot", "opts", "post", "top"]],
      expected: [["stop", "pots", "tops", "spot", "opts", "post"], ["top"]],
    },
    // Longest words allowed: 100 letters each.
    {
      args: [["a".repeat(50) + "b".repeat(50), "ab".repeat(50), "a".repeat(51) + "b".repeat(49)]],
      expected: [
        ["a".repeat(50) + "b".repeat(50), "ab".repeat(50)],
        ["a".repeat(51) + "b".repeat(49)],
      ],
    },
    // 600 words: 300 different three-letter sets, each written forwards and, later in the list, backwards.
    {
      args: [[...triples, ...triples.map(reversed)]],
      expected: triples.map((word) => [word, reversed(word)]),
    },
  ],
  compare: { orderInsensitive: "deep" },
  // Same-length random words: almost every word is its own group, the pairwise approach's worst case.
  generate: (n, random) => [
    Array.from({ length: n }, () =>
      Array.from({ length: 12 }, () => String.fromCharCode(97 + Math.floor(random() * 26))).join(
        "",
      ),
    ),
  ],
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function groupAnagrams(strs) {
  const groups = new Map();
  for (const word of strs) {
    const counts = new Array(26).fill(0);
    for (let i = 0; i < word.length; i++) counts[word.charCodeAt(i) - 97]++;
    const key = counts.join(",");
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return [...groups.values()];
}
`,
    python: `def groupAnagrams(strs):
    groups = {}
    for word in strs:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - 97] += 1
        groups.setdefault(tuple(counts), []).append(word)
    return list(groups.values())
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function groupAnagrams(strs) {
  const taken = new Array(strs.length).fill(false);
  const result = [];
  for (let i = 0; i < strs.length; i++) {
    if (taken[i]) continue;
    taken[i] = true;
    const group = [strs[i]];
    for (let j = i + 1; j < strs.length; j++) {
      if (!taken[j] && sameLetters(strs[i], strs[j])) {
        taken[j] = true;
        group.push(strs[j]);
      }
    }
    result.push(group);
  }
  return result;
}

const counts = new Array(26).fill(0);

function sameLetters(a, b) {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    counts[a.charCodeAt(k) - 97]++;
    counts[b.charCodeAt(k) - 97]--;
  }
  let same = true;
  for (let k = 0; k < 26; k++) {
    if (counts[k] !== 0) same = false;
    counts[k] = 0;
  }
  return same;
}
`,
  },
  hints: [
    {
      en: "Comparing every word with every other word works but is quadratic. Can each word tell you its group on its own?",
      ru: "Сравнение каждого слова с каждым работает, но квадратично. Может ли слово само по себе сказать, в какой оно группе?",
    },
    {
      en: "Find a signature that all anagrams share and no two non-anagrams share: the sorted letters, or the 26 letter counts.",
      ru: "Найдите подпись, общую для всех анаграмм и разную для слов, которые анаграммами не являются: отсортированные буквы или 26 счётчиков букв.",
    },
    {
      en: "Use a hash map from signature to list of words. For each word, compute its letter counts, turn them into a key (with separators!), and append the word to that key's list.",
      ru: "Заведите словарь «подпись → список слов». Для каждого слова посчитайте буквы, превратите счётчики в ключ (с разделителями!) и добавьте слово в список этого ключа.",
    },
  ],
  followUps: [
    {
      en: "Compare the sorted-letters key with the letter-count key. Which is faster for short words, and which for 100-letter words?",
      ru: "Сравните ключ из отсортированных букв с ключом из счётчиков. Какой быстрее для коротких слов, а какой — для слов из 100 букв?",
    },
    {
      en: "The word list is too large for one machine. How would you group anagrams with a map-reduce style job?",
      ru: "Список слов не помещается на одну машину. Как сгруппировать анаграммы в духе map-reduce?",
    },
    {
      en: "How would you return only the largest group, or the groups sorted by size?",
      ru: "Как вернуть только самую большую группу или группы, отсортированные по размеру?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Picks a canonical key quickly and states the cost as O(n·k log k) for sorted keys or O(n·k) for counts, where k is the word length.",
      },
      {
        en: "Notices that a count key needs separators (or a tuple) so that counts such as 1,11 and 11,1 do not collide.",
      },
      { en: "Handles empty words and repeated words without special cases." },
    ],
    weak: [
      {
        en: "Compares all pairs of words and cannot improve on it even with a hint about signatures.",
      },
      { en: "Uses a sum or product of letter codes as the key without noticing collisions." },
    ],
  },
};
