import { z } from "zod";
import { dimensionScore, report, reportStep, run, turn } from "./sessions.ts";

/** Everything the session's Server-Sent Events stream carries; `event:` is the type. */
export const sessionEvent = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("interviewer.delta"),
    data: z.object({ replyId: z.string(), text: z.string() }),
  }),
  z.object({ type: z.literal("interviewer.turn"), data: z.object({ replyId: z.string(), turn }) }),
  z.object({ type: z.literal("candidate.turn"), data: z.object({ turn }) }),
  z.object({ type: z.literal("run.result"), data: z.object({ run }) }),
  z.object({ type: z.literal("session.ended"), data: z.object({ endedAt: z.string() }) }),
  z.object({ type: z.literal("report.progress"), data: z.object({ step: reportStep }) }),
  z.object({ type: z.literal("report.ready"), data: z.object({ report }) }),
  z.object({
    type: z.literal("score.update"),
    data: z.object({ scores: z.array(dimensionScore) }),
  }),
  z.object({ type: z.literal("phase.change"), data: z.object({ phase: z.string() }) }),
  z.object({ type: z.literal("interviewer.error"), data: z.object({ message: z.string() }) }),
]);
export type SessionEvent = z.infer<typeof sessionEvent>;
export type SessionEventType = SessionEvent["type"];
