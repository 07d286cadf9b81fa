import { complexityRank } from "@mentara/domain/complexity";
import { codingLanguages } from "@mentara/domain/interview";
import type { Sandbox } from "@mentara/sandbox/create-sandbox";
import { measureComplexity } from "@mentara/sandbox/measure-complexity";
import type { Json, LocalLanguage, RunResult, TestCase } from "@mentara/sandbox/submission";
import type { CodingProblem } from "../schema/coding-problem-schema.ts";
import { seededRandom } from "./seeded-random.ts";

const limits = { perTestMs: 4_000, totalMs: 60_000, memoryMb: 256, outputBytes: 16_384 };

/**
 * Proves a problem is sound in the sandbox; returns what is wrong, empty when nothing is:
 * reference solutions pass every test in JavaScript and Python, the slower solution passes too,
 * every starter compiles and fails at least one test, and the slower solution is measured slower.
 */
export async function verifyCodingProblem(
  sandbox: Sandbox,
  problem: CodingProblem,
  options: { complexity?: boolean } = {},
): Promise<string[]> {
  const failures: string[] = [];
  const tests = [...problem.examples, ...problem.hiddenTests] as TestCase[];
  const run = (language: LocalLanguage, code: string) =>
    sandbox.run({
      language,
      code,
      entry: problem.entry,
      tests,
      compare: problem.compare,
      adapters: problem.adapters,
      limits,
    });

  const checks: [string, LocalLanguage, string][] = [
    ["reference javascript", "javascript", problem.referenceSolutions.javascript],
    ["reference python", "python", problem.referenceSolutions.python],
    ["slower javascript", "javascript", problem.slowerSolution.javascript],
  ];
  for (const [name, language, code] of checks) {
    const result = await run(language, code);
    if (result.summary.verdict !== "passed")
      failures.push(`${name} does not pass: ${describeFailure(result, tests)}`);
  }
  for (const language of codingLanguages) {
    const result = await run(language, problem.starterCode[language]);
    if (result.compileError)
      failures.push(`starter ${language} does not load: ${result.compileError}`);
    else if (result.summary.passed === result.summary.total)
      failures.push(`starter ${language} passes every test`);
  }
  if (options.complexity !== false) failures.push(...(await checkSlowerIsSlower(sandbox, problem)));
  return failures;
}

async function checkSlowerIsSlower(sandbox: Sandbox, problem: CodingProblem): Promise<string[]> {
  const measure = (code: string) => {
    const random = seededRandom(7);
    return measureComplexity(sandbox, {
      language: "javascript",
      code,
      entry: problem.entry,
      kind: problem.kind,
      adapters: problem.adapters,
      generate: (n) => problem.generate(n, random) as Json[],
      ...(problem.complexitySizes ? { sizes: problem.complexitySizes } : {}),
      // Safety nets only (growth stops on counted work); generous, since CI machines are busy:
      // building a million-node list or tree for the largest sizes takes seconds there.
      budgetMs: 45_000,
      runLimitMs: 15_000,
    });
  };
  const reference = await measure(problem.referenceSolutions.javascript);
  const slower = await measure(problem.slowerSolution.javascript);
  if (slower.status !== "measured")
    return [`slower solution could not be measured: ${slower.reason}`];
  const rank = complexityRank;
  if (reference.status !== "measured") {
    // A reference that does almost no counted work at any size is sub-linear; a slower solution
    // measured at O(n) or above is then measurably slower.
    if (reference.tooLittleWork && rank(slower.complexity) >= rank("O(n)")) return [];
    return [`reference could not be measured: ${reference.reason}`];
  }
  if (rank(slower.complexity) > rank(reference.complexity)) return [];
  // Same class (exponential backtracking, say): slower must do at least twice the work at a shared size.
  const ratio = workRatioAtLargestSharedSize(reference.points, slower.points);
  if (rank(slower.complexity) === rank(reference.complexity) && ratio !== undefined && ratio >= 2)
    return [];
  const detail =
    ratio === undefined ? "" : ` (work ratio ${ratio.toFixed(2)} at the largest shared size)`;
  return [
    `slower solution measured ${slower.complexity} (confidence ${slower.confidence}), not slower than the reference's ${reference.complexity}${detail}`,
  ];
}

function workRatioAtLargestSharedSize(
  reference: { n: number; work: number }[],
  slower: { n: number; work: number }[],
): number | undefined {
  const shared = slower
    .filter((s) => reference.some((r) => r.n === s.n))
    .sort((a, b) => b.n - a.n)[0];
  const base = shared && reference.find((r) => r.n === shared.n);
  return shared && base ? shared.work / base.work : undefined;
}

function describeFailure(result: RunResult, tests: TestCase[]): string {
  if (result.compileError) return result.compileError;
  const failed = result.tests.find((t) => t.verdict !== "passed");
  if (!failed) return result.summary.verdict;
  const input = tests[failed.index];
  const shown = input && "args" in input ? JSON.stringify(input.args) : JSON.stringify(input);
  return `test ${failed.index} ${shown}: ${failed.verdict}, expected ${JSON.stringify(failed.expected)}, got ${JSON.stringify(failed.actual)} ${failed.message ?? ""}`.slice(
    0,
    600,
  );
}
