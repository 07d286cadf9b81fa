import type { ContentTest } from "@mentara/content/schema/coding-problem-schema";
import type { Run, RunBody } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { isUniqueViolation } from "../../../db/constraint-violations.ts";
import { refreshScores } from "../scoring/refresh-scores.ts";
import { assertActive, loadOwnedSession, type SessionDeps } from "../session-context.ts";
import { toRun } from "../session-views.ts";
import { applyInterviewEvent } from "./apply-interview-event.ts";
import { measureRun } from "./measure-run.ts";

/**
 * Saves the code, runs it against every test of the problem, stores the result and sends it on
 * the stream. Arguments and expected values are shown for the examples and the first failing
 * test; the other hidden tests show only their verdict. When every test passes, the solution's
 * complexity is measured in the background and the live scores use it.
 */
export async function runCode(
  userId: string,
  sessionId: string,
  input: Required<RunBody> & { key?: string | undefined },
  deps: SessionDeps,
): Promise<Run> {
  const loaded = await loadOwnedSession(deps, userId, sessionId);
  const key = input.key;
  if (!key) return startRun(loaded, input, deps);
  return deps.inFlight.share(`run:${loaded.session.id}:${key}`, async () => {
    const earlier = await deps.sessions.findRunByKey(loaded.session.id, key);
    return earlier ? toRun(earlier) : startRun(loaded, input, deps);
  });
}

async function startRun(
  { session, content }: Awaited<ReturnType<typeof loadOwnedSession>>,
  input: Required<RunBody> & { key?: string | undefined },
  deps: SessionDeps,
): Promise<Run> {
  const sessionId = session.id;
  const userId = session.userId;
  assertActive(session);
  const problem = content.problem;
  if (!problem) throw new DomainError("VALIDATION", "Only coding interviews run code.");
  const { recorded } = await deps.allowance.admitInterview(session);
  const [snapshot] = await Promise.all([
    deps.sessions.saveSnapshot({ sessionId, userId, language: input.language, code: input.code }),
    recorded,
  ]);
  const tests = problem.hiddenTests;
  const result = await deps.sandbox.run({
    language: input.language,
    code: input.code,
    entry: problem.entry,
    tests,
    compare: problem.compare,
    adapters: problem.adapters,
  });
  const firstFailure = result.tests.find((t) => t.verdict !== "passed")?.index;
  const shown = (index: number) => index < problem.examples.length || index === firstFailure;
  const saved = await deps.sessions
    .saveRun({
      sessionId,
      userId,
      snapshotId: snapshot.id,
      idempotencyKey: input.key,
      language: input.language,
      passed: result.summary.passed,
      total: result.summary.total,
      verdict: result.summary.verdict,
      result: {
        ...(result.compileError ? { compileError: result.compileError } : {}),
        tests: result.tests.map((t) => ({
          index: t.index,
          verdict: t.verdict,
          stdout: t.stdout,
          timeMs: t.timeMs,
          ...(t.message ? { message: t.message } : {}),
          ...(shown(t.index)
            ? { args: inputOf(tests[t.index]), actual: t.actual, expected: t.expected }
            : {}),
        })),
      },
    })
    .then(
      (row) => ({ row, first: true }),
      async (error: unknown) => {
        // A retry with the same key raced this run in another process: the first one stands.
        const earlier =
          input.key && isUniqueViolation(error, "runs_session_idempotency_unique")
            ? await deps.sessions.findRunByKey(sessionId, input.key)
            : undefined;
        if (!earlier) throw error;
        return { row: earlier, first: false };
      },
    );
  const row = saved.row;
  const run = toRun(row);
  if (!saved.first) return run;
  await deps.bus.publish(session, { type: "run.result", data: { run } });
  deps.background(
    (async () => {
      const event = {
        kind: "run" as const,
        passed: result.summary.passed,
        total: result.summary.total,
        compileError: Boolean(result.compileError),
        nowMs: deps.now().getTime(),
      };
      const { state, ended } = await applyInterviewEvent(session, content, event, deps);
      if (ended || result.summary.verdict !== "passed") return;
      const measured = await measureRun(problem, input.language, input.code, deps.sandbox);
      if (!measured) return;
      await deps.sessions.recordMeasuredComplexity(row.id, measured);
      await refreshScores(session, content, state, deps);
    })(),
  );
  return run;
}

/** What the test fed the code: its arguments, or for a class test its calls. */
function inputOf(test: ContentTest | undefined): unknown[] | undefined {
  if (!test) return undefined;
  return "args" in test ? test.args : test.calls;
}
