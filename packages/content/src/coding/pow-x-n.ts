import type { CodingProblemInput } from "../schema/coding-problem-schema.ts";

export const problem: CodingProblemInput = {
  id: "pow-x-n",
  title: { en: "Power Function", ru: "Возведение в степень" },
  difficulty: "medium",
  topics: ["math", "binary-search"],
  tracks: ["backend", "fullstack", "data", "infrastructure"],
  statement: {
    en: `Write \`myPow(x, n)\` that raises a floating-point number \`x\` to an integer power \`n\`, without
calling a built-in power function (\`Math.pow\`, \`**\`, \`pow\`).

The exponent may be zero or negative: \`x⁰ = 1\` and \`x⁻ᵏ = 1 / xᵏ\`. It can also be huge, so
multiplying \`x\` by itself \`n\` times is too slow; aim for O(log |n|) multiplications.

**Examples**

\`\`\`
myPow(2, 10)    →  1024
myPow(2.5, 3)   →  15.625
myPow(2, -2)    →  0.25
\`\`\`

**Constraints**

- −100 < x < 100
- −2³¹ ≤ n ≤ 2³¹ − 1
- x is not 0 when n ≤ 0
- the exact result lies within [−10⁴, 10⁴]
- answers within 10⁻⁶ (relative error for results above 1 in size) are accepted`,
    ru: `Напишите \`myPow(x, n)\`, возводящую число с плавающей точкой \`x\` в целую степень \`n\`, не
используя встроенное возведение в степень (\`Math.pow\`, \`**\`, \`pow\`).

Показатель может быть нулевым или отрицательным: \`x⁰ = 1\`, \`x⁻ᵏ = 1 / xᵏ\`. Он бывает и
огромным, поэтому умножать \`x\` на себя \`n\` раз слишком долго; стремитесь к O(log |n|) умножений.

**Примеры**

\`\`\`
myPow(2, 10)    →  1024
myPow(2.5, 3)   →  15.625
myPow(2, -2)    →  0.25
\`\`\`

**Ограничения**

- −100 < x < 100
- −2³¹ ≤ n ≤ 2³¹ − 1
- x не равно 0 при n ≤ 0
- точный результат лежит в [−10⁴, 10⁴]
- принимается ответ с погрешностью до 10⁻⁶ (относительной для результатов больше 1 по модулю)`,
  },
  entry: "myPow",
  starterCode: {
    javascript: "function myPow(x, n) {\n  // return x raised to the power n\n}\n",
    typescript:
      "function myPow(x: number, n: number): number {\n  // return x raised to the power n\n  return undefined as unknown as number;\n}\n",
    python: "def myPow(x, n):\n    # return x raised to the power n\n    pass\n",
  },
  examples: [
    { args: [2, 10], expected: 1024 },
    { args: [2.5, 3], expected: 15.625 },
    { args: [2, -2], expected: 0.25 },
  ],
  hiddenTests: [
    { args: [2, 10], expected: 1024 },
    { args: [2, -2], expected: 0.25 },
    { args: [2.5, 3], expected: 15.625 },
    { args: [3, 0], expected: 1 },
    { args: [0, 5], expected: 0 },
    { args: [-2, 3], expected: -8 },
    { args: [-2, -3], expected: -0.125 },
    { args: [0.5, -3], expected: 8 },
    { args: [-3, 5], expected: -243 },
    { args: [10, -4], expected: 0.0001 },
    { args: [99.5, 2], expected: 9900.25 },
    { args: [1.5, 7], expected: 17.0859375 },
    { args: [-0.5, 1], expected: -0.5 },
    { args: [7.25, 1], expected: 7.25 },
    { args: [0.9, 50], expected: 0.005153775207320113 },
    { args: [-1.1, 11], expected: -2.853116706110003 },
    { args: [1.000001, 1000000], expected: 2.7182804690957534 },
    { args: [1.0001, -10000], expected: 0.3678978343771642 },
    { args: [1, 2147483647], expected: 1 },
    { args: [-1, 2147483647], expected: -1 },
    { args: [-1, -2147483648], expected: 1 },
    { args: [2, -2147483648], expected: 0 },
    { args: [0.5, 2147483647], expected: 0 },
  ],
  // A base close to 1 so the value stays finite, and an exponent of about n: multiplying n times costs n.
  generate: (n, random) => {
    const x = 1 + (random() - 0.5) / (4 * n);
    return [x, random() < 0.5 ? n : -n];
  },
  compare: { floatTolerance: 1e-6 },
  optimal: { time: "O(log n)", space: "O(1)" },
  referenceSolutions: {
    javascript: `function myPow(x, n) {
  let base = n < 0 ? 1 / x : x;
  let e = Math.abs(n); // a double, so -(-2^31) does not overflow
  let result = 1;
  while (e > 0) {
    if (e % 2 === 1) result *= base;
    base *= base;
    e = Math.floor(e / 2);
  }
  return result;
}
`,
    python: `def myPow(x, n):
    base = 1 / float(x) if n < 0 else float(x)
    e = abs(n)
    result = 1.0
    while e > 0:
        if e & 1:
            result *= base
        base *= base
        e >>= 1
    return result
`,
  },
  slowerSolution: {
    time: "O(n)",
    javascript: `function myPow(x, n) {
  let base = n < 0 ? 1 / x : x;
  const e = Math.abs(n);
  if (base === 1 || e === 0) return 1;
  if (base === -1) return e % 2 === 0 ? 1 : -1;
  let result = 1;
  for (let i = 0; i < e; i++) {
    result *= base;
    // Once the value underflows to 0 or overflows, more multiplications cannot bring it back.
    if (result === 0 || !Number.isFinite(result)) break;
  }
  return result;
}
`,
  },
  hints: [
    {
      en: "Multiplying x by itself |n| times works but can take two billion steps. How does x⁸ relate to x⁴?",
      ru: "Умножение x на себя |n| раз работает, но может занять два миллиарда шагов. Как x⁸ связано с x⁴?",
    },
    {
      en: "xⁿ = (x²)^(n/2) when n is even, and x · (x²)^((n−1)/2) when n is odd, so each step halves the exponent. Deal with a negative n by inverting x first.",
      ru: "xⁿ = (x²)^(n/2) при чётном n и x · (x²)^((n−1)/2) при нечётном, так что каждый шаг вдвое уменьшает показатель. Отрицательный n обработайте, сначала обратив x.",
    },
    {
      en: "Loop over the bits of |n|: square the base each round and multiply it into the result when the current bit is 1. Watch out: −(−2³¹) does not fit a 32-bit int.",
      ru: "Пройдите по битам |n|: на каждом шаге возводите основание в квадрат и домножайте результат, когда текущий бит равен 1. Осторожно: −(−2³¹) не помещается в 32-битное целое.",
    },
  ],
  followUps: [
    {
      en: "Write the recursive version. What is its space complexity compared with the loop?",
      ru: "Напишите рекурсивную версию. Какова её сложность по памяти по сравнению с циклом?",
    },
    {
      en: "How would you compute xⁿ mod m for huge integers, as RSA and Diffie–Hellman do?",
      ru: "Как вычислить xⁿ mod m для огромных целых, как это делают RSA и Диффи — Хеллман?",
    },
    {
      en: "The same idea raises a matrix to a power. How does that give the n-th Fibonacci number in O(log n)?",
      ru: "Та же идея возводит в степень матрицу. Как это даёт n-е число Фибоначчи за O(log n)?",
    },
  ],
  interviewerNotes: {
    strong: [
      {
        en: "Derives exponentiation by squaring from xⁿ = (x^(n/2))² and states O(log |n|) time, O(1) space for the loop.",
      },
      {
        en: "Handles n = 0, negative n and n = −2³¹ (overflow when negating in fixed-width languages) explicitly.",
      },
      {
        en: "Mentions floating-point error accumulation and why fewer multiplications also help accuracy.",
      },
    ],
    weak: [
      { en: "Writes the O(n) loop and times out on large exponents." },
      {
        en: "Recurses as pow(x, n/2) * pow(x, n/2) without reusing the half result, which is O(n) again.",
      },
      {
        en: "Negates n in a 32-bit int and overflows, or computes 1/x after the loop and loses the sign for odd exponents.",
      },
    ],
  },
};
