import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "implement-trie",
  title: { en: "Implement a Trie (Prefix Tree)", ru: "Реализуйте префиксное дерево" },
  difficulty: "medium",
  topics: ["tries", "design"],
  tracks: ["backend", "frontend", "fullstack", "data"],
  statement: {
    en: `Build a class \`Trie\` that stores lowercase words and answers two kinds of question about them.

- \`new Trie()\` creates an empty store.
- \`insert(word)\` adds \`word\`; adding a word twice has no extra effect.
- \`search(word)\` returns \`true\` when exactly \`word\` was inserted earlier, otherwise \`false\`.
- \`startsWith(prefix)\` returns \`true\` when at least one inserted word begins with \`prefix\`
  (a word counts as beginning with itself), otherwise \`false\`.

The tests call the constructor first and then the methods in order; \`insert\` returns nothing.

**Example**

\`\`\`
calls:    Trie(), insert("card"), search("car"), startsWith("car"), insert("car"), search("car")
returns:  null,   null,           false,         true,              null,          true
\`\`\`

**Constraints**

- 1 ≤ word.length, prefix.length ≤ 2000
- words and prefixes contain only the letters \`a\`–\`z\`
- at most 3 · 10⁴ method calls in total`,
    ru: `Напишите класс \`Trie\`, который хранит слова из строчных латинских букв и отвечает на два вида вопросов.

- \`new Trie()\` создаёт пустое хранилище.
- \`insert(word)\` добавляет \`word\`; повторное добавление ничего не меняет.
- \`search(word)\` возвращает \`true\`, если ровно такое слово было добавлено, иначе \`false\`.
- \`startsWith(prefix)\` возвращает \`true\`, если хотя бы одно добавленное слово начинается с \`prefix\`
  (слово начинается само с себя), иначе \`false\`.

Тесты сначала вызывают конструктор, затем методы по порядку; \`insert\` ничего не возвращает.

**Пример**

\`\`\`
вызовы:   Trie(), insert("card"), search("car"), startsWith("car"), insert("car"), search("car")
ответы:   null,   null,           false,         true,              null,          true
\`\`\`

**Ограничения**

- 1 ≤ word.length, prefix.length ≤ 2000
- слова и префиксы состоят только из букв \`a\`–\`z\`
- не более 3 · 10⁴ вызовов методов`,
  },
  entry: "Trie",
  kind: "class",
  starterCode: {
    javascript: `class Trie {
  constructor() {}

  insert(word) {}

  search(word) {
    // return true or false
  }

  startsWith(prefix) {
    // return true or false
  }
}
`,
    typescript: `class Trie {
  constructor() {}

  insert(word: string): void {}

  search(word: string): boolean {
    // return true or false
    return undefined as unknown as boolean;
  }

  startsWith(prefix: string): boolean {
    // return true or false
    return undefined as unknown as boolean;
  }
}
`,
    python: `class Trie:
    def __init__(self):
        pass

    def insert(self, word):
        pass

    def search(self, word):
        # return True or False
        pass

    def startsWith(self, prefix):
        # return True or False
        pass
`,
  },
  examples: [
    {
      calls: [
        ["Trie"],
        ["insert", "card"],
        ["search", "car"],
        ["startsWith", "car"],
        ["insert", "car"],
        ["search", "car"],
      ],
      expected: [null, null, false, true, null, true],
    },
  ],
  hiddenTests: [
    {
      calls: [
        ["Trie"],
        ["insert", "card"],
        ["search", "car"],
        ["startsWith", "car"],
        ["insert", "car"],
        ["search", "car"],
      ],
      expected: [null, null, false, true, null, true],
    },
    // Nothing inserted yet.
    { calls: [["Trie"]], expected: [null] },
    { calls: [["Trie"], ["search", "a"], ["startsWith", "a"]], expected: [null, false, false] },
    // A single one-letter word.
    {
      calls: [
        ["Trie"],
        ["insert", "z"],
        ["search", "z"],
        ["startsWith", "z"],
        ["search", "zz"],
        ["startsWith", "zz"],
      ],
      expected: [null, null, true, true, false, false],
    },
    // A word is a prefix of itself.
    {
      calls: [
        ["Trie"],
        ["insert", "apple"],
        ["startsWith", "apple"],
        ["search", "apple"],
        ["startsWith", "apples"],
      ],
      expected: [null, null, true, true, false],
    },
    // Inserting the same word twice.
    {
      calls: [
        ["Trie"],
        ["insert", "echo"],
        ["insert", "echo"],
        ["search", "echo"],
        ["search", "ech"],
        ["startsWith", "ech"],
      ],
      expected: [null, null, null, true, false, true],
    },
    // A longer word inserted first does not make its prefix a word.
    {
      calls: [
        ["Trie"],
        ["insert", "banana"],
        ["search", "ban"],
        ["insert", "ban"],
        ["search", "ban"],
        ["search", "bana"],
      ],
      expected: [null, null, false, null, true, false],
    },
    // Words sharing a long prefix.
    {
      calls: [
        ["Trie"],
        ["insert", "interview"],
        ["insert", "internet"],
        ["insert", "internal"],
        ["startsWith", "inter"],
        ["startsWith", "intern"],
        ["startsWith", "interv"],
        ["startsWith", "intero"],
        ["search", "intern"],
        ["search", "internal"],
      ],
      expected: [null, null, null, null, true, true, true, false, false, true],
    },
    // Queries before and after the insert that makes them true.
    {
      calls: [
        ["Trie"],
        ["startsWith", "do"],
        ["insert", "dog"],
        ["startsWith", "do"],
        ["search", "dog"],
        ["search", "do"],
      ],
      expected: [null, false, null, true, true, false],
    },
    // Different first letters.
    {
      calls: [
        ["Trie"],
        ["insert", "ant"],
        ["insert", "bee"],
        ["insert", "cat"],
        ["search", "bee"],
        ["search", "be"],
        ["startsWith", "c"],
        ["startsWith", "d"],
        ["search", "ant"],
      ],
      expected: [null, null, null, null, true, false, true, false, true],
    },
    // Query longer than every stored word.
    {
      calls: [
        ["Trie"],
        ["insert", "ab"],
        ["startsWith", "abc"],
        ["search", "abc"],
        ["startsWith", "a"],
      ],
      expected: [null, null, false, false, true],
    },
    // A chain of prefixes, each a word of its own.
    {
      calls: [
        ["Trie"],
        ["insert", "a"],
        ["insert", "ab"],
        ["insert", "abc"],
        ["insert", "abcd"],
        ["search", "a"],
        ["search", "abc"],
        ["search", "abcde"],
        ["startsWith", "abcd"],
        ["startsWith", "abce"],
      ],
      expected: [null, null, null, null, null, true, true, false, true, false],
    },
    // Repeated letters.
    {
      calls: [
        ["Trie"],
        ["insert", "aaaa"],
        ["search", "aaa"],
        ["startsWith", "aaa"],
        ["search", "aaaa"],
        ["search", "aaaaa"],
      ],
      expected: [null, null, false, true, true, false],
    },
    // Branch differs only in the last letter.
    {
      calls: [
        ["Trie"],
        ["insert", "stop"],
        ["insert", "stow"],
        ["search", "stoq"],
        ["search", "stow"],
        ["startsWith", "stoz"],
      ],
      expected: [null, null, null, false, true, false],
    },
    // A long word (the length limit region).
    {
      calls: [
        ["Trie"],
        ["insert", "x".repeat(2000)],
        ["search", "x".repeat(2000)],
        ["search", "x".repeat(1999)],
        ["startsWith", "x".repeat(1999)],
        ["startsWith", `${"x".repeat(1999)}y`],
      ],
      expected: [null, null, true, false, true, false],
    },
    // Letters at both ends of the alphabet.
    {
      calls: [
        ["Trie"],
        ["insert", "az"],
        ["insert", "za"],
        ["search", "za"],
        ["search", "az"],
        ["startsWith", "zz"],
        ["startsWith", "a"],
      ],
      expected: [null, null, null, true, true, false, true],
    },
    // Many queries interleaved with inserts.
    {
      calls: [
        ["Trie"],
        ["insert", "tea"],
        ["search", "ten"],
        ["insert", "ten"],
        ["search", "ten"],
        ["insert", "to"],
        ["startsWith", "t"],
        ["search", "t"],
        ["insert", "inn"],
        ["startsWith", "in"],
        ["search", "in"],
        ["search", "inn"],
      ],
      expected: [null, null, false, null, true, null, true, false, null, true, false, true],
    },
  ],
  // Half inserts of random words, half queries that almost always miss: a list scans every word.
  generate: (n, random) => {
    const word = () => {
      let w = "";
      for (let i = 0; i < 8; i++) w += String.fromCharCode(97 + Math.floor(random() * 26));
      return w;
    };
    const calls: unknown[] = [["Trie"]];
    for (let i = 0; i < n; i++) calls.push(["insert", word()]);
    for (let i = 0; i < n; i++) calls.push([i % 2 === 0 ? "search" : "startsWith", word()]);
    return calls;
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `class Trie {
  constructor() {
    this.root = { next: new Map(), end: false };
  }

  insert(word) {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const ch = word[i];
      let child = node.next.get(ch);
      if (child === undefined) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }

  walk(text) {
    let node = this.root;
    for (let i = 0; i < text.length && node !== undefined; i++) node = node.next.get(text[i]);
    return node;
  }

  search(word) {
    const node = this.walk(word);
    return node !== undefined && node.end;
  }

  startsWith(prefix) {
    return this.walk(prefix) !== undefined;
  }
}
`,
    python: `class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def _walk(self, text):
        node = self.root
        for ch in text:
            node = node.get(ch)
            if node is None:
                return None
        return node

    def search(self, word):
        node = self._walk(word)
        return node is not None and "$" in node

    def startsWith(self, prefix):
        return self._walk(prefix) is not None
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `class Trie {
  constructor() {
    this.words = [];
  }

  insert(word) {
    this.words.push(word);
  }

  search(word) {
    for (let i = 0; i < this.words.length; i++) {
      if (this.words[i] === word) return true;
    }
    return false;
  }

  startsWith(prefix) {
    for (let i = 0; i < this.words.length; i++) {
      if (this.words[i].startsWith(prefix)) return true;
    }
    return false;
  }
}
`,
  },
  hints: [
    {
      en: "Keeping the words in a list works, but every query then looks at every word. What do words with a common beginning share?",
      ru: "Список слов работает, но каждый запрос просматривает все слова. Что общего у слов с одинаковым началом?",
    },
    {
      en: "Store the words as paths in a tree: each node is a prefix, each edge a letter, and a flag marks nodes where a word ends.",
      ru: "Храните слова как пути в дереве: узел — это префикс, ребро — буква, а флаг отмечает узлы, где заканчивается слово.",
    },
    {
      en: "insert walks down creating missing children and sets the end flag; search and startsWith share one walk that stops at a missing child — search also checks the flag.",
      ru: "insert спускается, создавая недостающих потомков, и ставит флаг конца; search и startsWith используют общий спуск, который останавливается на отсутствующем потомке, а search ещё проверяет флаг.",
    },
  ],
  followUps: [
    {
      en: "How would you add delete(word) so that nodes no other word needs are freed?",
      ru: "Как добавить delete(word), чтобы освобождались узлы, которые больше не нужны другим словам?",
    },
    {
      en: "How would you return up to three inserted words with a given prefix, for autocomplete?",
      ru: "Как вернуть до трёх добавленных слов с заданным префиксом для автодополнения?",
    },
    {
      en: "Compare a fixed array of 26 children with a hash map per node: memory, speed, and larger alphabets such as Unicode.",
      ru: "Сравните массив из 26 потомков и хеш-таблицу в каждом узле: память, скорость, большие алфавиты вроде Unicode.",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Explains that every operation costs O(length of the word), independent of how many words are stored.",
      },
      {
        en: "Separates 'a path exists' from 'a word ends here' and tests a prefix that is not itself a word.",
      },
      {
        en: "Reuses one walk helper for search and startsWith and discusses the children representation.",
      },
    ],
    weak: [
      {
        en: "Stores words in a list or set and scans it for startsWith, without noticing the cost per query.",
      },
      { en: "Forgets the end-of-word flag, so search returns true for every prefix." },
    ],
  },
};
