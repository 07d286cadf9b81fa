/**
 * Checks coding problems in the sandbox and prints what is wrong with each.
 *   npm run content:verify                        every coding problem
 *   npm run content:verify -- two-sum lru-cache   only these ids (loads only their files)
 *   add --no-complexity to skip the (slower) complexity comparison
 */
import { createSandbox } from "@mentara/sandbox/create-sandbox";
import { type CodingProblem, codingProblemSchema } from "../src/schema/coding-problem-schema.ts";
import { verifyCodingProblem } from "../src/verify/verify-coding-problem.ts";

const args = process.argv.slice(2);
const complexity = !args.includes("--no-complexity");
const ids = args.filter((a) => !a.startsWith("--"));

async function load(): Promise<CodingProblem[]> {
  if (ids.length === 0) return (await import("../src/load-content.ts")).codingProblems;
  const problems: CodingProblem[] = [];
  for (const id of ids) {
    const module: Record<string, unknown> = await import(`../src/coding/${id}.ts`).catch(
      (error: unknown) => {
        console.log(
          `FAIL ${id}\n  - cannot load packages/content/src/coding/${id}.ts: ${String(error)}`,
        );
        return {};
      },
    );
    if (!("problem" in module)) continue;
    const parsed = codingProblemSchema.safeParse(module.problem);
    if (parsed.success) problems.push(parsed.data);
    else
      console.log(
        `FAIL ${id}\n  - ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n  - ")}`,
      );
  }
  return problems;
}

const selected = await load();
const sandbox = await createSandbox({ jsWorkers: 1, pythonWorkers: 1, maxQueue: 16 });
let bad = ids.length ? ids.length - selected.length : 0;
for (const problem of selected) {
  const failures = await verifyCodingProblem(sandbox, problem, { complexity });
  if (failures.length) bad++;
  console.log(
    failures.length ? `FAIL ${problem.id}\n  - ${failures.join("\n  - ")}` : `ok   ${problem.id}`,
  );
}
await sandbox.close();
console.log(
  `${selected.length + (ids.length ? ids.length - selected.length : 0) - bad} passed, ${bad} failed`,
);
process.exit(bad ? 1 : 0);
