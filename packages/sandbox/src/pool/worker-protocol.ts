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
  z.object({ type: z.literal("ready") }),
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
