import { wallCeilingMs } from "./thread-cpu-time.ts";

export interface WatchdogOptions {
  /** The CPU time the guarded work may use before it is interrupted. */
  budgetMs: number;
  /** The worker's CPU time when the work began, if it said so (else read when the watch starts). */
  cpuFrom?: number;
  /** The CPU time it then has to stop by itself before the worker is killed. */
  graceMs: number;
  /** The worker thread's CPU time so far (ms); undefined where it cannot be read (wall time counts). */
  cpuMs(): number | undefined;
  /** Whether the guarded work is over (the worker moved on before its answer arrived). */
  moved(): boolean;
  interrupt(): void;
  kill(): void;
}

/**
 * Watches one budget of a worker's CPU time: interrupts the work when the budget is spent, and
 * kills the worker when the work has not stopped once the grace is spent too. Timers wake at the
 * earliest moment the budget could be spent and check what the worker really had. Returns a
 * function that stops the watch.
 */
export function watch(options: WatchdogOptions): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const phase = (budgetMs: number, onSpent: () => void, cpuFrom = options.cpuMs()) => {
    const wallFrom = performance.now();
    const check = () => {
      if (stopped || options.moved()) return;
      const wall = performance.now() - wallFrom;
      const cpu = options.cpuMs();
      const used = cpuFrom === undefined || cpu === undefined ? wall : cpu - cpuFrom;
      if (used >= budgetMs || wall >= wallCeilingMs(budgetMs)) return onSpent();
      timer = setTimeout(check, Math.max(5, budgetMs - used));
    };
    timer = setTimeout(check, budgetMs);
  };

  phase(
    options.budgetMs,
    () => {
      options.interrupt();
      phase(options.graceMs, () => {
        stopped = true;
        options.kill();
      });
    },
    options.cpuFrom,
  );
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
