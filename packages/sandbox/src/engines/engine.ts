import type {
  ParsedScratchRun,
  ParsedSubmission,
  RunResult,
  ScratchResult,
  TestResult,
} from "../submission.ts";

export interface TestEvents {
  /** `clockReading`: the limit clock as the test starts (thread-cpu-time.ts). */
  onTestStart(index: number, clockReading: number): void;
  onTestResult(result: TestResult): void;
}

/** An engine as it lives inside one worker thread: synchronous, one task at a time. */
export interface Engine {
  runTests(submission: ParsedSubmission, measure: boolean, events: TestEvents): RunResult;
  runScratch(run: ParsedScratchRun): ScratchResult;
  /**
   * Called after each answer is sent: tidies shared state and says whether this worker can take
   * another task (false when its heap grew, its state was altered, or the engine broke).
   */
  cleanUp(): boolean;
}
