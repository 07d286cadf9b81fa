import type { ComplexityClass } from "@mentara/domain/complexity";
import type { Sandbox } from "../create-sandbox.ts";
import type { Adapters, Json, LocalLanguage, TestCase } from "../submission.ts";
import { classifyGrowth, type GrowthFit } from "./classify-growth.ts";

export interface ComplexityRequest {
  language: LocalLanguage;
  code: string;
  entry: string;
  /**
   * The problem's input generator: the entry's arguments for an input of size n, or for a class
   * problem (`kind: "class"`) the list of calls, constructor first.
   */
  generate: (n: number) => Json[];
  kind?: "function" | "class";
  adapters?: Adapters;
  /** Sizes to try, smallest first; measuring stops early when a run gets slow. */
  sizes?: number[];
  /** Wall time the whole measurement may take, in milliseconds. */
  budgetMs?: number;
  /**
   * Wall time one size's run may take, building its input included (6 000 ms by default). Large
   * linked lists and trees take seconds to build in the engine on a busy machine.
   */
  runLimitMs?: number;
}

export interface MeasuredPoint {
  n: number;
  /** QuickJS interrupt ticks (about 10 000 bytecode steps each) or Python trace events. */
  work: number;
  timeMs: number;
}

export type ComplexityResult =
  | {
      status: "measured";
      complexity: ComplexityClass;
      confidence: number;
      points: MeasuredPoint[];
      fits: GrowthFit[];
    }
  | {
      status: "unmeasured";
      reason: string;
      points: MeasuredPoint[];
      /** True when the code ran fine but did too little counted work at every size: O(log n) or less. */
      tooLittleWork?: boolean;
    };

const defaultSizes = Array.from({ length: 15 }, (_, i) => 2 ** (i + 6)); // 64 … 1 048 576
/** Fewer counted steps than this are too coarse to fit (a QuickJS tick is ~10 000 steps). */
const minimumWork = 16;
const enoughPoints = 5;
/**
 * Growth stops once a run did this much counted work (about half a second in either engine), so
 * the sizes measured, and so the verdict, do not depend on how busy the machine is. Wall time is
 * only a safety net.
 */
const enoughWork: Record<LocalLanguage, number> = {
  javascript: 3_000,
  typescript: 3_000,
  python: 3_000_000,
};
const slowRunMs = 3_000;

/**
 * Runs the solution on growing inputs from the problem's generator, counts the work the engine
 * did on each, and classifies how that work grows. Sizes whose work is too small to count are
 * skipped; growth stops at the first slow or failing run, or when the budget is spent.
 */
export async function measureComplexity(
  sandbox: Sandbox,
  request: ComplexityRequest,
): Promise<ComplexityResult> {
  const startedAt = performance.now();
  const budgetMs = request.budgetMs ?? 10_000;
  const points: MeasuredPoint[] = [];
  for (const n of request.sizes ?? defaultSizes) {
    const remaining = budgetMs - (performance.now() - startedAt);
    if (remaining < 50 || points.length >= enoughPoints) break;
    const perTestMs = Math.max(
      10,
      Math.min(request.runLimitMs ?? slowRunMs * 2, Math.floor(remaining)),
    );
    const result = await sandbox.run(
      {
        language: request.language,
        code: request.code,
        entry: request.entry,
        tests: [testOfSize(request, n)],
        ...(request.adapters ? { adapters: request.adapters } : {}),
        limits: { perTestMs, totalMs: perTestMs + 50, memoryMb: 256, outputBytes: 1_024 },
      },
      { measure: true },
    );
    const test = result.tests[0];
    if (!test || test.work === undefined) {
      if (points.length >= 3) break;
      const reason = result.compileError ?? test?.message ?? "the run produced no measurement";
      return { status: "unmeasured", reason: `At n = ${n}: ${reason}`, points };
    }
    if (test.work >= minimumWork) points.push({ n, work: test.work, timeMs: test.timeMs });
    const workCap = enoughWork[request.language];
    if (test.work >= workCap || test.timeMs > slowRunMs || nextRunTooBig(points, workCap)) break;
  }
  if (points.length < 3) {
    return {
      status: "unmeasured",
      reason: "Too few sizes did countable work within the time budget.",
      points,
      tooLittleWork: points.length === 0,
    };
  }
  return { status: "measured", ...classifyGrowth(points), points };
}

function testOfSize(request: ComplexityRequest, n: number): TestCase {
  const input = request.generate(n);
  if (request.kind !== "class") return { args: input, expected: null };
  const calls = input.filter(
    (call): call is [string, ...Json[]] => Array.isArray(call) && typeof call[0] === "string",
  );
  return { calls, expected: calls.map(() => null) };
}

/** Extrapolates the next size's work from the last two; stops before a run that would be too big. */
function nextRunTooBig(points: MeasuredPoint[], workCap: number): boolean {
  const [previous, last] = points.slice(-2);
  if (points.length < 3 || !previous || !last) return false;
  return last.work * Math.max(1, last.work / previous.work) > workCap * 4;
}
