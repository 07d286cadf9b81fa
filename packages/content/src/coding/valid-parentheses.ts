import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "valid-parentheses",
  title: { en: "Valid Parentheses", ru: "Правильная скобочная последовательность" },
  difficulty: "easy",
  topics: ["stack", "strings"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `You get a string \`s\` made only of the bracket characters \`(\`, \`)\`, \`[\`, \`]\`, \`{\` and \`}\`.
Decide whether the brackets are balanced and return \`true\` or \`false\`.

A string is balanced when every opening bracket is closed later by a bracket of the same type,
and brackets close in the reverse order they were opened: the bracket that was opened last must
be the first one to close. An empty string counts as balanced.

**Examples**

\`\`\`
isValid("()[]{}")  →  true
isValid("{[()]}")  →  true
isValid("([)]")    →  false   // "[" is still open when ")" arrives
\`\`\`

**Constraints**

- 0 ≤ s.length ≤ 10⁴
- s contains only the characters \`()[]{}\``,
    ru: `Дана строка \`s\`, состоящая только из скобок \`(\`, \`)\`, \`[\`, \`]\`, \`{\` и \`}\`.
Определите, сбалансированы ли скобки, и верните \`true\` или \`false\`.

Строка сбалансирована, если каждая открывающая скобка позже закрывается скобкой того же типа,
а закрываются скобки в порядке, обратном открытию: последняя открытая закрывается первой.
Пустая строка считается сбалансированной.

**Примеры**

\`\`\`
isValid("()[]{}")  →  true
isValid("{[()]}")  →  true
isValid("([)]")    →  false   // когда приходит ")", ещё открыта "["
\`\`\`

**Ограничения**

- 0 ≤ s.length ≤ 10⁴
- s состоит только из символов \`()[]{}\``,
  },
  entry: "isValid",
  starterCode: {
    javascript: "function isValid(s) {\n  // return true or false\n}\n",
    typescript:
      "function isValid(s: string): boolean {\n  // return true or false\n  return undefined as unknown as boolean;\n}\n",
    python: "def isValid(s):\n    # return True or False\n    pass\n",
  },
  examples: [
    { args: ["()[]{}"], expected: true },
    { args: ["{[()]}"], expected: true },
    { args: ["([)]"], expected: false },
  ],
  hiddenTests: [
    { args: ["()"], expected: true },
    { args: ["()[]{}"], expected: true },
    { args: ["(]"], expected: false },
    { args: [""], expected: true },
    { args: ["("], expected: false },
    { args: [")"], expected: false },
    { args: ["([{}])"], expected: true },
    { args: ["([)]"], expected: false },
    { args: ["{[]}"], expected: true },
    { args: ["(("], expected: false },
    { args: ["))(("], expected: false },
    { args: ["[[[]]]"], expected: true },
    { args: ["(((((((((())))))))))"], expected: true },
    { args: ["{[()()]}[]"], expected: true },
    { args: ["}{"], expected: false },
    { args: ["([]"], expected: false },
    { args: ["())"], expected: false },
    { args: ["[({})]("], expected: false },
    { args: ["{{}}[[]](())"], expected: true },
    { args: ["(".repeat(10000)], expected: false },
    { args: ["{".repeat(600) + "}".repeat(600)], expected: true },
    { args: [`${"[]".repeat(400)}(]`], expected: false },
  ],
  // Deeply nested brackets: the pair-removal approach finds only one pair per pass.
  generate: (n, random) => {
    const half = Math.max(1, Math.floor(n / 2));
    const opens = "([{";
    const closes = ")]}";
    const kinds = Array.from({ length: half }, () => Math.floor(random() * 3));
    let s = "";
    for (const k of kinds) s += opens[k];
    for (let i = half - 1; i >= 0; i--) s += closes[kinds[i] ?? 0];
    return [s];
  },
  optimal: { time: "O(n)", space: "O(n)" },
  referenceSolutions: {
    javascript: `function isValid(s) {
  const pairs = { ")": "(", "]": "[", "}": "{" };
  const stack = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[" || c === "{") {
      stack.push(c);
    } else if (stack.length === 0 || stack.pop() !== pairs[c]) {
      return false;
    }
  }
  return stack.length === 0;
}
`,
    python: `def isValid(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for c in s:
        if c in "([{":
            stack.append(c)
        elif not stack or stack.pop() != pairs[c]:
            return False
    return not stack
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function isValid(s) {
  // Repeatedly delete one adjacent matching pair until nothing is left or nothing matches.
  let chars = s.split("");
  while (chars.length > 0) {
    let found = -1;
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i];
      const b = chars[i + 1];
      if ((a === "(" && b === ")") || (a === "[" && b === "]") || (a === "{" && b === "}")) {
        found = i;
        break;
      }
    }
    if (found < 0) return false;
    const next = [];
    for (let i = 0; i < chars.length; i++) {
      if (i !== found && i !== found + 1) next.push(chars[i]);
    }
    chars = next;
  }
  return true;
}
`,
  },
  hints: [
    {
      en: "Think about which opening bracket a closing bracket has to match. Is it the first one you saw, or a more recent one?",
      ru: "Подумайте, с какой открывающей скобкой должна совпасть закрывающая. С самой первой или с более поздней?",
    },
    {
      en: "A closing bracket always matches the most recent opening bracket that is still unmatched: last in, first out.",
      ru: "Закрывающая скобка всегда соответствует последней ещё не закрытой открывающей: последним пришёл — первым ушёл.",
    },
    {
      en: "Push opening brackets on a stack; on a closing bracket, pop and compare types. Fail on a mismatch or an empty stack, and require the stack to be empty at the end.",
      ru: "Кладите открывающие скобки в стек; на закрывающей снимайте верхнюю и сравнивайте тип. Ошибка при несовпадении или пустом стеке, а в конце стек должен быть пуст.",
    },
  ],
  followUps: [
    {
      en: "If only one kind of bracket were allowed, could you solve it in O(1) extra space?",
      ru: "Если бы был только один вид скобок, можно ли обойтись O(1) дополнительной памяти?",
    },
    {
      en: "How would you report the position of the first bracket that breaks the balance, for an editor's error message?",
      ru: "Как вернуть позицию первой скобки, нарушающей баланс, чтобы показать ошибку в редакторе?",
    },
    {
      en: 'How would you extend it to ignore brackets inside string literals such as "("?',
      ru: 'Как доработать решение, чтобы игнорировать скобки внутри строковых литералов вроде "("?',
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Recognises the last-opened-first-closed structure and reaches for a stack right away.",
      },
      {
        en: "Covers the three failure modes: wrong type, closing with an empty stack, and leftovers at the end.",
      },
      { en: "Notes the early exit when the length is odd." },
    ],
    weak: [
      { en: 'Only counts opening and closing brackets per type, which accepts "([)]".' },
      { en: 'Forgets to check that the stack is empty at the end, so "((" passes.' },
    ],
  },
};
