import { valuesEqual } from "../compare/compare-values.ts";
import type {
  CompareOptions,
  Json,
  RunSummary,
  TestCase,
  TestResult,
  Verdict,
} from "../submission.ts";
import type { RawOutcome } from "./raw-outcome.ts";

const previewChars = 2_000;

/** Turns what the engine saw into the verdict the candidate sees. */
export function judgeOutcome(
  index: number,
  test: TestCase,
  outcome: RawOutcome,
  compare: CompareOptions,
): TestResult {
  const base = {
    index,
    ...(test.id === undefined ? {} : { id: test.id }),
    expected: test.expected,
    stdout: outcome.stdout,
    timeMs: round(outcome.timeMs),
  };
  if (outcome.status !== "ok") {
    return { ...base, verdict: outcome.status, message: outcome.message };
  }
  const passed = valuesEqual(outcome.value, test.expected, compare);
  return {
    ...base,
    verdict: passed ? "passed" : "failed",
    actual: preview(outcome.value),
    ...(outcome.work === undefined ? {} : { work: outcome.work }),
  };
}

/** A test the submission never reached, because an earlier one stopped it. */
export function notRun(index: number, test: TestCase, message: string): TestResult {
  return {
    index,
    ...(test.id === undefined ? {} : { id: test.id }),
    verdict: "not_run",
    expected: test.expected,
    stdout: "",
    message,
    timeMs: 0,
  };
}

const severity: Record<Verdict, number> = {
  passed: 0,
  not_run: 1,
  failed: 2,
  error: 3,
  output_limit: 4,
  memory_limit: 5,
  timeout: 6,
};

export function summarize(tests: TestResult[], timeMs: number): RunSummary {
  let verdict: Verdict = "passed";
  for (const t of tests) if (severity[t.verdict] > severity[verdict]) verdict = t.verdict;
  return {
    passed: tests.filter((t) => t.verdict === "passed").length,
    total: tests.length,
    verdict,
    timeMs: round(timeMs),
  };
}

/** Large return values are cut so a result message stays small; the verdict used the full value. */
function preview(value: Json): Json {
  const text = JSON.stringify(value);
  if (text.length <= previewChars) return value;
  return `${text.slice(0, previewChars)}… (${text.length} characters)`;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
