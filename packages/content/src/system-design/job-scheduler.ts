import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "job-scheduler",
  title: { en: "Distributed Job Scheduler", ru: "Распределённый планировщик задач" },
  tracks: ["backend", "infrastructure"],
  prompt: {
    en: "Design a company-wide service for scheduled work. Teams register jobs that run once at a given time or repeatedly on a cron schedule; the service starts each run on time on a shared fleet of workers, enforces timeouts, retries failures, and shows the history of every run.",
  },
  scope: {
    en: "In scope: job definitions, cron and one-off scheduling, dispatch to workers, leases and heartbeats, retries with backoff, timeouts, concurrency policies and run history. Out of scope: multi-step workflows with dependencies (mention Airflow or Temporal) and building the code or images that the jobs run.",
  },
  clarifyingQuestions: [
    { en: "How many jobs and how many runs per day, and how are they spread over the day?" },
    { en: "How precise must start times be: within a second, or within a minute?" },
    { en: "How long do jobs run: seconds, or hours?" },
    {
      en: "Is at-least-once execution acceptable if jobs are idempotent, or is exactly-once expected?",
    },
    { en: "What does a job execute: an HTTP callback, a container, a message on a queue?" },
    { en: "Do we need priorities or per-team quotas on the shared fleet?" },
  ],
  functionalRequirements: [
    {
      en: "Create, update, pause and delete jobs with a cron expression and time zone, or a single run time.",
    },
    { en: "Start each run within the allowed delay of its scheduled time." },
    { en: "Retry failed runs with backoff up to a maximum number of attempts; enforce timeouts." },
    {
      en: "Apply a concurrency policy per job (allow overlap, skip, or queue if the previous run is still going).",
    },
    { en: "Show run history with status, timing and a link to logs." },
  ],
  nonFunctionalRequirements: [
    { en: "Runs start within 5 s of the scheduled time at p99." },
    { en: "No scheduled run is silently missed, even if scheduler nodes crash." },
    { en: "At-least-once execution; duplicates are rare and detectable by a run id." },
    { en: "Horizontally scalable, with run history kept for 90 days." },
  ],
  scale: [
    { label: { en: "Job definitions" }, value: "~10 M" },
    { label: { en: "Runs" }, value: "~100 M/day ≈ 1.2 k/s average" },
    {
      label: { en: "Top-of-hour spike" },
      value: "many crons fire at :00 → ~50 k runs due in the same second",
    },
    { label: { en: "Concurrent runs" }, value: "~30 s average duration → ~35 k running at once" },
    { label: { en: "Run history" }, value: "100 M × ~1 KB ≈ 100 GB/day, ~9 TB for 90 days" },
  ],
  coreEntities: [
    {
      name: "Job",
      fields: [
        "jobId",
        "ownerTeam",
        "schedule (cron | runAt)",
        "timezone",
        "target",
        "retryPolicy",
        "timeoutSec",
        "concurrencyPolicy",
        "nextRunAt",
        "paused",
      ],
    },
    {
      name: "JobRun",
      fields: [
        "runId",
        "jobId",
        "scheduledFor",
        "attempt",
        "status",
        "workerId",
        "leaseExpiresAt",
        "startedAt",
        "finishedAt",
      ],
    },
    { name: "Worker", fields: ["workerId", "pool", "capacity", "lastHeartbeatAt"] },
  ],
  api: [
    {
      signature:
        "POST /v1/jobs { schedule: '0 * * * *', timezone, target, retryPolicy, timeoutSec } → 201 { jobId, nextRunAt }",
      purpose: { en: "Register a recurring or one-off job." },
    },
    {
      signature: "POST /v1/jobs/{id}/pause → 204; POST /v1/jobs/{id}/trigger → 202 { runId }",
      purpose: { en: "Pause a job, or run it now." },
    },
    {
      signature: "GET /v1/jobs/{id}/runs?cursor= → { runs[], nextCursor }",
      purpose: { en: "Run history." },
    },
    {
      signature: "POST /v1/runs/lease { workerId, pool, max } → { runs[] }",
      purpose: {
        en: "A worker claims runs with a lease that it must keep extending by heartbeat.",
      },
    },
    {
      signature: "POST /v1/runs/{runId}/complete { status, output } → 204",
      purpose: { en: "Report the result; ignored if the lease was lost to another worker." },
    },
  ],
  components: [
    {
      name: { en: "Job API and store" },
      role: {
        en: "Relational database (Postgres) partitioned by jobId, with an index on nextRunAt.",
      },
    },
    {
      name: { en: "Scheduler shards" },
      role: {
        en: "Each owns a range of job partitions, loads jobs due in the next minute into a timing wheel or delay queue, and enqueues runs when due.",
      },
    },
    {
      name: { en: "Dispatch queues" },
      role: {
        en: "Queues per worker pool and priority (Kafka, SQS or a database queue table) holding runs ready to start.",
      },
    },
    {
      name: { en: "Workers" },
      role: {
        en: "Lease runs, heartbeat while executing, enforce the timeout and report results.",
      },
    },
    {
      name: { en: "Lease reaper" },
      role: {
        en: "Finds runs whose lease expired without a heartbeat and re-queues or fails them according to the retry policy.",
      },
    },
    {
      name: { en: "Run history store" },
      role: { en: "Append-heavy store (partitioned table or wide-column) with a 90-day TTL." },
    },
  ],
  deepDives: [
    {
      topic: { en: "Finding jobs that are due" },
      tradeOffs: [
        {
          en: "Polling the database with 'SELECT … WHERE nextRunAt <= now() FOR UPDATE SKIP LOCKED' is simple and lets many pollers share work, but puts steady load on the database and adds polling delay.",
        },
        {
          en: "Loading the next minute of jobs into an in-memory timing wheel gives precise firing with little database load, but needs a recovery scan after a crash.",
        },
        {
          en: "A Redis sorted set scored by due time is fast and easy, but its durability must be backed by the database as the source of truth.",
        },
        {
          en: "Adding a small random jitter to crons that do not need exact times flattens the top-of-hour spike, at the price of less predictable start times.",
        },
      ],
    },
    {
      topic: { en: "Exactly-once versus at-least-once" },
      tradeOffs: [
        {
          en: "Leases with heartbeats let a crashed worker's run be picked up again, but a slow worker that missed heartbeats may still be running, so the run can execute twice.",
        },
        {
          en: "Fencing tokens (an increasing attempt number checked by downstream systems) stop a stale worker from committing results, but only if the job's targets check them.",
        },
        {
          en: "True exactly-once execution of arbitrary side effects is not achievable; the practical contract is at-least-once plus an idempotency key (the runId) passed to the job.",
        },
      ],
    },
    {
      topic: { en: "Scheduler high availability" },
      tradeOffs: [
        {
          en: "A single leader elected through etcd or ZooKeeper is simple and avoids double firing, but caps throughput and pauses scheduling during failover.",
        },
        {
          en: "Partitioning jobs across many schedulers with leases per partition scales out, but rebalancing must avoid two owners for the same partition.",
        },
        {
          en: "After an outage, firing every missed run can overload targets; a per-job catch-up policy (run once, run all, skip) lets owners choose.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Stores jobs with a next run time and uses a poller plus a queue and workers to execute them.",
      },
      { en: "Adds retries and records run history." },
    ],
    senior: [
      {
        en: "Uses leases and heartbeats for workers, explains how runs are recovered after crashes, and admits the duplicate-run window.",
      },
      {
        en: "Prevents double firing by schedulers (SKIP LOCKED, partition ownership) and handles the top-of-hour spike.",
      },
      { en: "Explains the at-least-once contract and asks job owners for idempotency." },
    ],
    staff: [
      {
        en: "Designs for multi-tenancy: quotas, priorities, noisy-neighbor isolation and fair scheduling across teams.",
      },
      {
        en: "Covers time zones and daylight saving changes, catch-up policies after outages, and observability such as alerts on late or missed runs.",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Asks about timing precision and whether jobs can tolerate running twice." },
    },
    {
      stage: "requirements",
      text: { en: "Notices the top-of-hour spike in cron schedules and quantifies it." },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Separates Job (definition with nextRunAt) from JobRun (each attempt with status and lease).",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws job store, scheduler, dispatch queue, workers, lease reaper and history store.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains how due jobs are found without two schedulers firing the same run." },
    },
    {
      stage: "deep-dives",
      text: { en: "Uses leases, heartbeats and re-queueing to recover runs from dead workers." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Partitions scheduling work and explains failover of a scheduler partition without missed runs.",
      },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Defines what happens to runs missed during an outage." },
    },
    {
      stage: "trade-offs",
      text: {
        en: "Explains why the service offers at-least-once and how idempotency keys make duplicates safe.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs database polling against an in-memory timing wheel or sorted set." },
    },
  ],
};
