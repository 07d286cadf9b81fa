import type { CodingProblem } from "@mentara/content/schema/coding-problem-schema";
import { codingLanguages } from "@mentara/domain/interview";
import { measureComplexity } from "@mentara/sandbox/measure-complexity";
import type { Json } from "@mentara/sandbox/submission";
import type { SessionDeps } from "../session-context.ts";

/**
 * The measured time complexity of code that passes every test, or undefined when it cannot be
 * measured (some code does too little work to count). JavaScript, TypeScript and Python are
 * measured alike, so a Python solution can be credited as optimal too.
 */
export async function measureRun(
  problem: CodingProblem,
  language: string,
  code: string,
  sandbox: SessionDeps["sandbox"],
): Promise<string | undefined> {
  const local = codingLanguages.find((l) => l === language);
  if (!local) return undefined;
  const measured = await measureComplexity(sandbox, {
    language: local,
    code,
    entry: problem.entry,
    kind: problem.kind,
    adapters: problem.adapters,
    generate: (n) => problem.generate(n, Math.random) as Json[],
    ...(problem.complexitySizes ? { sizes: problem.complexitySizes } : {}),
    budgetMs: 6_000,
  });
  return measured.status === "measured" ? measured.complexity : undefined;
}
