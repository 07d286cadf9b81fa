import PgBoss from "pg-boss";
import type { OpenDatabase } from "../db/open-database.ts";

export interface JobOptions {
  /** How long a job may run before it counts as lost (its process died) and is tried again. */
  expireInSeconds: number;
  retryLimit: number;
  /** The first retry's wait; later ones back off exponentially. */
  retryDelaySeconds?: number;
}

/**
 * A durable job queue in the application's own database (pg-boss, on PostgreSQL and on PGlite
 * through the same SQL door; decision 007). A job is stored before `send` returns; a job whose
 * process dies is retried once it expires. Handlers must be idempotent: a job may run twice. A job
 * that succeeded is deleted at once (pg-boss would keep it for days, with whatever it names).
 */
export async function createJobQueue(
  database: OpenDatabase,
  options: { pollSeconds?: number } = {},
) {
  // pg-boss can hand over a job it fetched as it stops, and marks a job complete or failed without
  // waiting for it: either would reach a database the server has already closed, as an unhandled
  // rejection. Once stopped, the queue's door is shut: a handler does nothing, and pg-boss's
  // bookkeeping is answered "no rows changed" (the job stays active, expires and is run again by
  // the next start, as when a process dies).
  let stopped = false;
  const boss = new PgBoss({
    db: {
      executeSql: (text, values) =>
        stopped ? Promise.resolve({ rows: [{ count: "0" }] }) : database.executeSql(text, values),
    },
    // Expired jobs are found and retried within this many seconds.
    maintenanceIntervalSeconds: 5,
    supervise: true,
    schedule: false,
  });
  boss.on("error", () => {}); // failures surface through the jobs themselves
  await boss.start();
  const workers = new Map<string, string>();
  return {
    async register<T extends object>(
      name: string,
      jobOptions: JobOptions,
      handler: (data: T) => Promise<void>,
    ): Promise<void> {
      await boss.createQueue(name, {
        name,
        expireInSeconds: jobOptions.expireInSeconds,
        retryLimit: jobOptions.retryLimit,
        retryBackoff: true,
        ...(jobOptions.retryDelaySeconds !== undefined
          ? { retryDelay: jobOptions.retryDelaySeconds }
          : {}),
      });
      let id = "";
      id = await boss.work<T>(
        name,
        { pollingIntervalSeconds: options.pollSeconds ?? 2, batchSize: 1 },
        async ([job]) => {
          if (!job || stopped) return;
          await handler(job.data);
          // A finished job's row is of no further use, and its data may name a user: gone now.
          await boss.deleteJob(name, job.id);
          // There may be more waiting: look again at once instead of after the polling interval.
          boss.notifyWorker(id);
        },
      );
      workers.set(name, id);
    },
    /** Stores the job, then wakes this process's worker so it starts at once. */
    async send(name: string, data: object): Promise<void> {
      await boss.send(name, data);
      const worker = workers.get(name);
      if (worker) boss.notifyWorker(worker);
    },
    /**
     * Removes every stored job (waiting, failed or archived) whose data mentions one of `values`,
     * such as a deleted user's id: the queue must not remember who they were.
     */
    async forget(values: string[]): Promise<void> {
      const patterns = values.filter((v) => v.length >= 8).map((v) => `%${v}%`);
      if (patterns.length === 0) return;
      for (const table of ["job", "archive"])
        await database.executeSql(
          `DELETE FROM pgboss.${table} WHERE data::text LIKE ANY($1::text[]) OR coalesce(output::text, '') LIKE ANY($1::text[])`,
          [patterns],
        );
    },
    /** Waits for jobs in hand to finish (up to `graceMs`), then stops polling. */
    async stop(graceMs = 10_000): Promise<void> {
      await boss.stop({ graceful: true, wait: true, timeout: graceMs });
      stopped = true;
    },
  };
}
export type JobQueue = Awaited<ReturnType<typeof createJobQueue>>;
