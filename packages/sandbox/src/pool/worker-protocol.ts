import { z } from "zod";
import {
  runResultSchema,
  scratchResultSchema,
  scratchRunSchema,
  submissionSchema,
  testResultSchema,
} from "../submission.ts";

export const engineKinds = ["quickjs", "pyodide"] as const;
export type EngineKind = (typeof engineKinds)[number];

export const workerSettingsSchema = z.object({
  engine: z.enum(engineKinds),
  interrupt: z.instanceof(Int32Array),
  /**
   * Written by the worker, read by the host's watchdog: [0] counts tests started, [1] answers
   * finished. A limit's timer that fires after the worker moved on (its message still on the way)
   * must not stop the next test.
   */
  progress: z.instanceof(Int32Array),
  /** Written by the worker as each test starts: its CPU time then (ms), where the test's limit counts from. */
  testStartedCpu: z.instanceof(Float64Array),
  /** Pyodide's memory snapshot (this worker's own copy) to start from instead of booting Python. */
  snapshot: z.instanceof(Uint8Array).optional(),
});
export type WorkerSettings = z.infer<typeof workerSettingsSchema>;

export const hostMessageSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("tests"),
    id: z.number(),
    submission: submissionSchema,
    measure: z.boolean(),
  }),
  z.object({ type: z.literal("scratch"), id: z.number(), run: scratchRunSchema }),
]);
export type HostMessage = z.infer<typeof hostMessageSchema>;

export const workerMessageSchema = z.discriminatedUnion("type", [
  /** `threadId`: the worker thread's id in the operating system, whose CPU time the limits count. */
  z.object({ type: z.literal("ready"), threadId: z.number().int().positive().optional() }),
  z.object({ type: z.literal("test-start"), id: z.number(), index: z.number() }),
  z.object({ type: z.literal("test-result"), id: z.number(), result: testResultSchema }),
  z.object({
    type: z.literal("done"),
    id: z.number(),
    result: z.union([runResultSchema, scratchResultSchema]),
  }),
  /** Sent after each answer once the worker has tidied up; `reusable: false` asks for a new worker. */
  z.object({ type: z.literal("idle"), reusable: z.boolean() }),
  z.object({ type: z.literal("failed"), id: z.number(), message: z.string() }),
]);
export type WorkerMessage = z.infer<typeof workerMessageSchema>;
