import type { TestEvents } from "../engines/engine.ts";
import type { ParsedSubmission, RunResult, TestCase, TestResult } from "../submission.ts";
import { judgeOutcome, notRun, summarize } from "./judge-outcome.ts";
import type { RawOutcome } from "./raw-outcome.ts";

/**
 * Runs each test with its own deadline, the earlier of the per-test limit and what remains of
 * the submission's limit, and reports each result as soon as it is known.
 */
export function runTestLoop(
  submission: ParsedSubmission,
  events: TestEvents,
  startedAt: number,
  callTest: (test: TestCase, deadline: number) => RawOutcome,
): TestResult[] {
  const { perTestMs, totalMs } = submission.limits;
  const submissionDeadline = startedAt + totalMs;
  const results: TestResult[] = [];
  submission.tests.forEach((test, index) => {
    const now = performance.now();
    if (now >= submissionDeadline) {
      results.push(
        notRun(index, test, `The submission's time limit of ${totalMs} ms was reached.`),
      );
      return;
    }
    events.onTestStart(index);
    const outcome = callTest(test, Math.min(now + perTestMs, submissionDeadline));
    const result = judgeOutcome(index, test, outcome, submission.compare);
    results.push(result);
    events.onTestResult(result);
  });
  return results;
}

/** Every test errors with the same message: the code did not compile or load. */
export function compileFailure(
  engine: RunResult["engine"],
  submission: ParsedSubmission,
  message: string,
  startedAt: number,
): RunResult {
  const tests = submission.tests.map(
    (test, index): TestResult => ({
      ...notRun(index, test, message),
      verdict: "error",
    }),
  );
  return {
    engine,
    language: submission.language,
    compileError: message,
    tests,
    summary: summarize(tests, performance.now() - startedAt),
  };
}

export function isClassTest(test: TestCase): test is Extract<TestCase, { calls: unknown }> {
  return "calls" in test;
}
