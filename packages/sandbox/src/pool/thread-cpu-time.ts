import { Buffer } from "node:buffer";
import { closeSync, openSync, readlinkSync, readSync } from "node:fs";

/**
 * Time limits count the CPU time a worker's thread was given, not the wall clock. Workers run at
 * the lowest priority (engine-worker.ts), so on a busy machine a second of wall time may hold only
 * milliseconds of the candidate's program, and a correct answer would be judged too slow because
 * of other people's load. Linux reports each thread's time on a CPU in its schedstat file
 * (nanoseconds, the first field); elsewhere the clocks fall back to wall time.
 */
const millisecondsOnCpu = (schedstat: string): number =>
  Number(schedstat.slice(0, schedstat.indexOf(" "))) / 1e6;

/** A clock in milliseconds that the limits count: this thread's CPU time, else wall time. */
export type LimitClock = (() => number) & { readonly countsCpu?: true };

/**
 * Past this much wall time, a budget counts as spent however little CPU the worker had: on a
 * machine so busy that the worker barely runs, the queue behind it must still move.
 */
export const wallCeilingMs = (budgetMs: number): number => Math.max(3 * budgetMs, budgetMs + 5_000);

/** When running code is stopped: a reading of the limit clock, or of the wall clock if sooner. */
export interface Deadline {
  clock: number;
  wall: number;
  /**
   * The wall time before which `clock` cannot have been reached (a thread's CPU time grows no
   * faster than the wall clock): until then nobody needs to read the CPU clock. Never after `wall`.
   */
  earliest: number;
}

/** The deadline `budgetMs` from now (`from`: readings of both clocks taken earlier). */
export function deadlineAfter(
  budgetMs: number,
  clock: LimitClock,
  from: { clock: number; wall: number } = { clock: clock(), wall: performance.now() },
): Deadline {
  return {
    clock: from.clock + budgetMs,
    wall: from.wall + wallCeilingMs(budgetMs),
    earliest: from.wall + budgetMs,
  };
}

/**
 * A thread's schedstat file, kept open: each reading is one read at offset 0 (a few microseconds;
 * opening the file each time cost the host half a millisecond an answer). The functions are taken
 * now, so a worker's lock-down cannot reach them.
 */
function openSchedstat(path: string): { read(): number; close(): void } | undefined {
  const [read, close] = [readSync, closeSync];
  try {
    const fd = openSync(path, "r");
    const buffer = Buffer.alloc(96);
    const file = {
      read: () => millisecondsOnCpu(buffer.toString("latin1", 0, read(fd, buffer, 0, 96, 0))),
      close: () => close(fd),
    };
    if (Number.isFinite(file.read())) return file;
    close(fd);
  } catch {
    // Not Linux, /proc is not mounted, or the thread has ended.
  }
  return undefined;
}

/** This thread's CPU clock; called in a worker before it is locked down. */
export function openLimitClock(): LimitClock {
  const own = openSchedstat("/proc/thread-self/schedstat");
  return own ? Object.assign(own.read, { countsCpu: true as const }) : () => performance.now();
}

/** This thread's id in the operating system, for the host to read its CPU time; off Linux none. */
export function currentThreadId(): number | undefined {
  try {
    const id = Number(readlinkSync("/proc/thread-self").split("/").at(-1));
    return Number.isInteger(id) && id > 0 ? id : undefined;
  } catch {
    return undefined;
  }
}

/** The CPU time of another thread of this process, read until closed; undefined reads mean unknown. */
export function openThreadCpuTime(
  threadId: number,
): { read(): number | undefined; close(): void } | undefined {
  const file = openSchedstat(`/proc/self/task/${threadId}/schedstat`);
  if (!file) return undefined;
  return {
    read: () => {
      try {
        const ms = file.read();
        return Number.isFinite(ms) ? ms : undefined;
      } catch {
        return undefined;
      }
    },
    close: () => {
      try {
        file.close();
      } catch {
        // Closed already.
      }
    },
  };
}
