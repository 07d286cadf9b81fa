import type { SystemDesignPromptInput } from "../schema/system-design-schema.ts";

export const prompt: SystemDesignPromptInput = {
  id: "online-code-judge",
  title: { en: "Online Code Judge", ru: "Онлайн-система проверки решений" },
  tracks: ["backend", "infrastructure", "fullstack"],
  prompt: {
    en: "Design a platform where people solve programming problems in the browser. A user writes code in one of about ten languages and submits it; the system runs it against hidden test cases under time and memory limits and returns a verdict such as Accepted, Wrong Answer or Time Limit Exceeded. The platform also hosts timed contests with a live scoreboard.",
  },
  scope: {
    en: "In scope: the problem catalog, submission, safe execution of untrusted code, judging and verdicts, delivering results to the browser, and contests with standings. Out of scope: plagiarism detection (mention), discussion forums, and the in-browser editor.",
  },
  clarifyingQuestions: [
    { en: "How many submissions per day, and how big is the spike during a contest?" },
    { en: "Which languages, and are time limits adjusted per language?" },
    { en: "How many tests per problem, and how large is the test data?" },
    { en: "What verdict latency do users expect during practice, and during contests?" },
    { en: "Do we also offer 'run with my own input' without judging?" },
    { en: "How many participants does the largest contest have, and how is it scored?" },
  ],
  functionalRequirements: [
    { en: "Browse problems and submit code in a supported language." },
    {
      en: "Compile and run the code against hidden tests with per-test time and memory limits, returning a verdict, runtime and memory.",
    },
    { en: "Stream the submission's progress and final verdict to the browser." },
    { en: "Run contests with start and end times, scoring with penalties, and a live scoreboard." },
  ],
  nonFunctionalRequirements: [
    {
      en: "Isolation: submitted code cannot reach the network, read other users' data, or disturb other runs or the host.",
    },
    { en: "Fair and repeatable timing: the same code gets the same verdict." },
    {
      en: "Verdicts within about 10 s at p95 outside contests, with a bounded queue during contests.",
    },
    { en: "No submission is lost, and judging the same submission twice gives one final result." },
  ],
  scale: [
    { label: { en: "Submissions" }, value: "~1 M/day ≈ 12/s average" },
    { label: { en: "Contest peak" }, value: "~500 submissions/s in the first and last minutes" },
    {
      label: { en: "Work per submission" },
      value: "~50 tests, typically 2–5 CPU-seconds in total",
    },
    { label: { en: "Peak compute" }, value: "500/s × ~5 CPU-s ≈ 2,500 busy cores" },
    { label: { en: "Limits" }, value: "code ≤ 64 KB; test data up to ~100 MB per problem" },
  ],
  coreEntities: [
    {
      name: "Problem",
      fields: ["problemId", "title", "statement", "timeLimitMs", "memoryLimitMb", "testSetVersion"],
    },
    {
      name: "TestCase",
      fields: [
        "problemId",
        "testSetVersion",
        "index",
        "inputKey",
        "expectedKey",
        "checker (exact | tolerance | custom)",
      ],
    },
    {
      name: "Submission",
      fields: [
        "submissionId",
        "userId",
        "problemId",
        "contestId?",
        "language",
        "codeKey",
        "status",
        "verdict",
        "runtimeMs",
        "memoryKb",
        "createdAt",
      ],
    },
    {
      name: "ContestStanding",
      fields: ["contestId", "userId", "solvedCount", "penaltyMinutes", "lastAcceptedAt"],
    },
  ],
  api: [
    {
      signature:
        "POST /v1/submissions { problemId, language, code, contestId? } → 202 { submissionId }",
      purpose: { en: "Queue a submission for judging." },
    },
    {
      signature: "GET /v1/submissions/{id}/events (SSE) → status, test progress, verdict",
      purpose: { en: "Live progress and the final verdict." },
    },
    {
      signature: "POST /v1/runs { language, code, stdin } → { stdout, stderr, timeMs, exitCode }",
      purpose: { en: "Run with custom input; not judged, stricter rate limits." },
    },
    {
      signature:
        "GET /v1/contests/{id}/standings?page= → { rows: [{ rank, userId, solved, penalty }] }",
      purpose: { en: "Contest scoreboard." },
    },
  ],
  components: [
    {
      name: { en: "API servers and submission store" },
      role: {
        en: "Accept submissions, store code in object storage and metadata in Postgres, then enqueue a judge job.",
      },
    },
    {
      name: { en: "Judge queue" },
      role: {
        en: "Durable queue (SQS, RabbitMQ or Kafka) with separate priorities for contest and practice traffic.",
      },
    },
    {
      name: { en: "Judge workers" },
      role: {
        en: "Pull jobs, compile, and run each test inside a sandbox with CPU, memory, process and file limits and no network.",
      },
    },
    {
      name: { en: "Sandbox" },
      role: {
        en: "nsjail or containers with seccomp and cgroups, or stronger isolation with gVisor or Firecracker microVMs, kept warm in pools.",
      },
    },
    {
      name: { en: "Test data cache" },
      role: {
        en: "Content-addressed local cache of test files on each worker, filled from object storage.",
      },
    },
    {
      name: { en: "Results and scoreboard" },
      role: {
        en: "Verdicts are written once per submission, published to the browser, and fed to a contest scoring service backed by a sorted set.",
      },
    },
    {
      name: { en: "Autoscaler" },
      role: {
        en: "Scales the worker pool on queue depth and pre-scales before scheduled contests.",
      },
    },
  ],
  deepDives: [
    {
      topic: { en: "Sandboxing untrusted code" },
      tradeOffs: [
        {
          en: "Containers with seccomp filters and cgroups start in milliseconds but share the host kernel, so a kernel bug can be an escape path.",
        },
        {
          en: "gVisor or Firecracker microVMs add a much stronger boundary at the cost of some start time (on the order of 100 ms) and syscall overhead; warm pools hide the start time.",
        },
        {
          en: "Reusing a sandbox between submissions is faster but risks leaking state; a fresh sandbox per submission is safer.",
        },
      ],
    },
    {
      topic: { en: "Fair and repeatable timing" },
      tradeOffs: [
        {
          en: "Measuring CPU time rather than wall time removes most noise from neighbors, but wall-time limits are still needed to stop code that sleeps or blocks.",
        },
        {
          en: "Pinning each run to a dedicated core and limiting runs per machine improves repeatability but lowers utilization.",
        },
        {
          en: "Per-language time multipliers help slower languages but are a blunt tool; rerunning submissions that land close to the limit reduces unfair verdicts at extra cost.",
        },
      ],
    },
    {
      topic: { en: "Queueing, retries and contest spikes" },
      tradeOffs: [
        {
          en: "At-least-once delivery from the queue means a crashed worker's job is judged again; writing the verdict once keyed by submissionId makes the retry harmless.",
        },
        {
          en: "Stopping at the first failing test saves compute; running all tests gives richer feedback but costs more during contests.",
        },
        {
          en: "Pre-scaling for a contest wastes money if participation is low, while purely reactive scaling lags the first-minute spike.",
        },
      ],
    },
  ],
  expectations: {
    mid: [
      {
        en: "Uses an asynchronous queue and workers instead of running code inside the web server.",
      },
      { en: "Puts code in a container with time and memory limits." },
    ],
    senior: [
      {
        en: "Explains sandbox layers (namespaces, seccomp, cgroups, no network, read-only file system) and their limits.",
      },
      {
        en: "Handles retries idempotently, streams results, and separates contest from practice traffic.",
      },
      { en: "Sizes worker compute for a contest spike." },
    ],
    staff: [
      {
        en: "Weighs container versus microVM isolation against cost and latency, and plans for incident response if a sandbox escape is found.",
      },
      {
        en: "Designs test-data versioning and rejudging, timing repeatability, and contest fairness under partial outages (for example extending the contest).",
      },
    ],
  },
  checkpoints: [
    {
      stage: "requirements",
      text: { en: "Calls out running untrusted code safely as the central requirement." },
    },
    {
      stage: "requirements",
      text: {
        en: "Estimates CPU cores needed for a contest spike from submissions and CPU time per submission.",
      },
    },
    {
      stage: "api-and-data-model",
      text: {
        en: "Makes submission asynchronous (202 with an id) and models submissions with status, verdict, runtime and memory.",
      },
    },
    {
      stage: "high-level-design",
      text: {
        en: "Draws API, submission store, queue, judge workers with sandboxes, test data storage, and result delivery.",
      },
    },
    {
      stage: "deep-dives",
      text: { en: "Lists concrete isolation mechanisms and what each protects against." },
    },
    {
      stage: "deep-dives",
      text: { en: "Explains how time and memory are measured and enforced fairly." },
    },
    {
      stage: "scalability-and-reliability",
      text: { en: "Autoscales or pre-scales workers and prioritizes contest submissions." },
    },
    {
      stage: "scalability-and-reliability",
      text: {
        en: "Handles a worker crash mid-judging without losing or double-counting the submission.",
      },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs containers against microVMs for isolation versus start-up cost." },
    },
    {
      stage: "trade-offs",
      text: { en: "Weighs stopping at the first failed test against running all tests." },
    },
  ],
};
