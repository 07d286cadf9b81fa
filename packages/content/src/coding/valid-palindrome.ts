import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

const half = Array.from({ length: 1500 }, (_, i) => "abcdefghij0123456789"[i % 20]).join("");
const mirrored = [...half].reverse().join("").toUpperCase();

export const problem: CodingProblemInput = {
  id: "valid-palindrome",
  title: { en: "Valid Palindrome", ru: "Палиндром" },
  difficulty: "easy",
  topics: ["two-pointers", "strings"],
  tracks: ["backend", "frontend", "fullstack", "mobile"],
  statement: {
    en: `A phrase counts as a palindrome if, after you throw away everything except letters and digits
and treat upper- and lowercase letters as the same, it reads identically from left to right and
from right to left.

Given a string \`s\`, return \`true\` if it is a palindrome in this sense and \`false\` otherwise. A
string with no letters or digits at all is a palindrome.

**Examples**

\`\`\`
isPalindrome("Was it a car or a cat I saw?")  →  true
isPalindrome("race a car")                    →  false
isPalindrome(" ")                             →  true
\`\`\`

**Constraints**

- 0 ≤ s.length ≤ 2 · 10⁵
- \`s\` contains printable ASCII characters only (codes 32–126)
- "letters and digits" means \`a\`–\`z\`, \`A\`–\`Z\` and \`0\`–\`9\`; everything else is ignored`,
    ru: `Фраза считается палиндромом, если после удаления всего, кроме букв и цифр, и без учёта
регистра букв она одинаково читается слева направо и справа налево.

Дана строка \`s\`. Верните \`true\`, если она палиндром в этом смысле, и \`false\` в противном
случае. Строка, в которой нет ни букв, ни цифр, — палиндром.

**Примеры**

\`\`\`
isPalindrome("Was it a car or a cat I saw?")  →  true
isPalindrome("race a car")                    →  false
isPalindrome(" ")                             →  true
\`\`\`

**Ограничения**

- 0 ≤ s.length ≤ 2 · 10⁵
- \`s\` состоит только из печатных символов ASCII (коды 32–126)
- «буквы и цифры» — это \`a\`–\`z\`, \`A\`–\`Z\` и \`0\`–\`9\`; всё остальное пропускается`,
  },
  entry: "isPalindrome",
  starterCode: {
    javascript: "function isPalindrome(s) {\n  // return true or false\n}\n",
    typescript:
      "function isPalindrome(s: string): boolean {\n  // return true or false\n  return false;\n}\n",
    python: "def isPalindrome(s):\n    # return True or False\n    pass\n",
  },
  examples: [
    { args: ["Was it a car or a cat I saw?"], expected: true },
    { args: ["race a car"], expected: false },
    { args: [" "], expected: true },
  ],
  hiddenTests: [
    { args: [""], expected: true },
    { args: [" "], expected: true },
    { args: ["a"], expected: true },
    { args: ["ab"], expected: false },
    { args: ["aA"], expected: true },
    { args: ["0P"], expected: false },
    { args: ["..,,!!"], expected: true },
    { args: ["Never odd or even"], expected: true },
    { args: ["No 'x' in Nixon"], expected: true },
    { args: ["Madam, I'm Adam."], expected: true },
    { args: ["race a car"], expected: false },
    { args: ["A1b2B1a"], expected: true },
    { args: ["12 3 21"], expected: true },
    { args: ["123421"], expected: false },
    { args: ["ab_a"], expected: true },
    { args: ["Aa b"], expected: false },
    { args: ["`a~"], expected: true },
    { args: ["@1a1@"], expected: true },
    { args: ["abcdefgfedcbZ"], expected: false },
    { args: ["a.b,c;b:A!"], expected: true },
    // 3 002 characters: a long mirrored string with different letter case and a separator in the middle.
    { args: [`${half}, ${mirrored}`], expected: true },
    // The same, with one digit changed right next to the middle.
    { args: [`${half.slice(0, -1)}8, ${mirrored}`], expected: false },
  ],
  // A true palindrome padded with punctuation and mixed case: no solution can stop early.
  generate: (n, random) => {
    const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.!?;:'-";
    const noise = " ,.!?;:'-";
    const pick = (text: string) => text[Math.floor(random() * text.length)] as string;
    const left: string[] = [];
    for (let i = 0; i < Math.floor(n / 2); i++) left.push(pick(alphabet));
    const right = left.map((ch) => {
      if (/[a-z]/i.test(ch)) return random() < 0.5 ? ch.toUpperCase() : ch.toLowerCase();
      if (/[0-9]/.test(ch)) return ch;
      return pick(noise);
    });
    const middle = n % 2 === 1 ? pick(alphabet) : "";
    return [left.join("") + middle + right.reverse().join("")];
  },
  optimal: { time: "O(n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function isPalindrome(s) {
  let left = 0;
  let right = s.length - 1;
  while (left < right) {
    const a = s.charCodeAt(left);
    const b = s.charCodeAt(right);
    if (!isLetterOrDigit(a)) {
      left++;
    } else if (!isLetterOrDigit(b)) {
      right--;
    } else {
      if (toLower(a) !== toLower(b)) return false;
      left++;
      right--;
    }
  }
  return true;
}

function isLetterOrDigit(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function toLower(code) {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
`,
    python: `def isPalindrome(s):
    left, right = 0, len(s) - 1
    while left < right:
        if not s[left].isalnum():
            left += 1
        elif not s[right].isalnum():
            right -= 1
        elif s[left].lower() != s[right].lower():
            return False
        else:
            left += 1
            right -= 1
    return True
`,
  },
  slowerSolution: {
    time: "O(n^2)",
    javascript: `function isPalindrome(s) {
  // Pair the k-th letter or digit from the left with the k-th one from the right,
  // finding the right-hand partner by counting from the end every time.
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isLetterOrDigit(s.charCodeAt(i))) continue;
    let seen = 0;
    let j = s.length - 1;
    while (true) {
      if (isLetterOrDigit(s.charCodeAt(j))) {
        if (seen === k) break;
        seen++;
      }
      j--;
    }
    if (toLower(s.charCodeAt(i)) !== toLower(s.charCodeAt(j))) return false;
    k++;
  }
  return true;
}

function isLetterOrDigit(code) {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function toLower(code) {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
`,
  },
  hints: [
    {
      en: "You could build a cleaned, lowercased copy and compare it with its reverse. Can you avoid the copy?",
      ru: "Можно собрать очищенную копию в нижнем регистре и сравнить её с развёрнутой. Можно ли обойтись без копии?",
    },
    {
      en: "Compare characters from both ends at once, skipping anything that is not a letter or digit on either side.",
      ru: "Сравнивайте символы сразу с двух концов, пропуская с каждой стороны всё, что не буква и не цифра.",
    },
    {
      en: "Keep two indices, left = 0 and right = n − 1. Move each past non-alphanumeric characters, compare the lowercased characters, return false on a mismatch, and step both inward until they meet.",
      ru: "Держите два индекса, left = 0 и right = n − 1. Сдвигайте каждый через небуквенно-цифровые символы, сравнивайте символы в нижнем регистре, при несовпадении возвращайте false и двигайте оба к центру, пока они не встретятся.",
    },
  ],
  followUps: [
    {
      en: "What if you may delete at most one letter or digit to make the string a palindrome?",
      ru: "А если можно удалить не больше одной буквы или цифры, чтобы строка стала палиндромом?",
    },
    {
      en: "How would your solution change for full Unicode text, where case mapping and 'letter' are more complicated?",
      ru: "Как изменится решение для произвольного текста в Юникоде, где регистр и понятие «буква» устроены сложнее?",
    },
    {
      en: "The text is a huge file you can only read in chunks. How would you check it?",
      ru: "Текст — огромный файл, который можно читать только кусками. Как его проверить?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Moves from the copy-and-reverse idea to two pointers with O(1) extra space and explains the trade-off.",
      },
      {
        en: "Guards both pointers while skipping so they never cross or leave the string, and handles strings with no letters.",
      },
      { en: "Asks what counts as a letter (underscore? Unicode?) before coding." },
    ],
    weak: [
      { en: "Forgets to ignore case or treats digits as noise, failing inputs such as '0P'." },
      {
        en: "Skips characters with inner loops that run past the other pointer or off the end of the string.",
      },
    ],
  },
};
