import type { TestEvents } from "../engines/engine.ts";
import { type Deadline, deadlineAfter, type LimitClock } from "../pool/thread-cpu-time.ts";
import type { ParsedSubmission, RunResult, TestCase, TestResult } from "../submission.ts";
import { judgeOutcome, notRun, summarize } from "./judge-outcome.ts";
import type { RawOutcome } from "./raw-outcome.ts";

/**
 * Runs each test with its own deadline, the earlier of the per-test limit and what remains of
 * the submission's limit, and reports each result as soon as it is known. Limits count `clock`
 * (the worker's CPU time) from `submissionDeadline`'s start, within their wall-time ceilings.
 */
export function runTestLoop(
  submission: ParsedSubmission,
  events: TestEvents,
  clock: LimitClock,
  submissionDeadline: Deadline,
  callTest: (test: TestCase, deadline: Deadline) => RawOutcome,
): TestResult[] {
  const { perTestMs, totalMs } = submission.limits;
  const results: TestResult[] = [];
  // One reading of the CPU clock per test (a system call): a test's end is the next one's start.
  let reading = clock();
  submission.tests.forEach((test, index) => {
    const now = { clock: reading, wall: performance.now() };
    if (now.clock >= submissionDeadline.clock || now.wall >= submissionDeadline.wall) {
      results.push(
        notRun(index, test, `The submission's time limit of ${totalMs} ms was reached.`),
      );
      return;
    }
    events.onTestStart(index, now.clock);
    const forTest = deadlineAfter(perTestMs, clock, now);
    const outcome = callTest(test, {
      clock: Math.min(forTest.clock, submissionDeadline.clock),
      wall: Math.min(forTest.wall, submissionDeadline.wall),
      earliest: Math.min(forTest.earliest, submissionDeadline.earliest),
    });
    // The time shown is the one the limit counted: the test's own CPU time, not the machine's load.
    reading = clock();
    outcome.timeMs = reading - now.clock;
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
