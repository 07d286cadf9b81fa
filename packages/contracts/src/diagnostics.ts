import { diagnosticKinds, diagnosticLimits, diagnosticSources } from "@mentara/domain/diagnostics";
import { z } from "zod";

const short = (name: string, max = 100) =>
  z.string().max(max, `${name} is at most ${max} characters`).optional();

/** A crash report from the web or an app (`POST /api/diagnostics`); the server scrubs it again. */
export const diagnosticReport = z.object({
  source: z.enum(diagnosticSources.filter((s) => s !== "server") as ["web", "ios", "android"], {
    error: "source is web, ios or android",
  }),
  kind: z.enum(diagnosticKinds.filter((k) => k !== "server") as ["error", "rejection", "render"], {
    error: "kind is error, rejection or render",
  }),
  route: z
    .string()
    .min(1, "route is the page's path pattern, such as /interview/:id")
    .max(diagnosticLimits.route, `route is at most ${diagnosticLimits.route} characters`),
  message: z
    .string()
    .min(1, "message is empty")
    .max(diagnosticLimits.message, `message is at most ${diagnosticLimits.message} characters`),
  stack: z
    .string()
    .max(diagnosticLimits.stack, `stack is at most ${diagnosticLimits.stack} characters`)
    .optional(),
  appVersion: short("appVersion", 40),
  os: short("os", 40),
  browser: short("browser", 40),
});
export type DiagnosticReport = z.infer<typeof diagnosticReport>;
