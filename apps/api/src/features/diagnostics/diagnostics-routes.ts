import { diagnosticReport } from "@mentara/contracts/diagnostics";
import { scrubDiagnostic } from "@mentara/domain/diagnostics";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { DiagnosticsRepository } from "./diagnostics-repository.ts";

/** A crash report is small; anything bigger is refused with 413 before it is read. */
export const diagnosticBodyLimit = 16 * 1024;

/**
 * `POST /api/diagnostics`: crash reports from the web and the apps, with or without an account
 * (a crash on the sign-up page counts too). Rate-limited per client; scrubbed again here, since
 * a client cannot be trusted to have done it.
 */
export function diagnosticsRoutes(deps: {
  diagnostics: DiagnosticsRepository;
  now: () => Date;
}): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      "/diagnostics",
      {
        bodyLimit: diagnosticBodyLimit,
        config: { rateLimit: { max: 20, timeWindow: "1 minute" } },
        schema: {
          body: diagnosticReport,
          response: { 204: z.undefined() },
          tags: ["diagnostics"],
          description:
            "Reports a crash in the web app or an app: no account needed; 413 over 16 KB, 429 over 20 a minute.",
        },
      },
      async (request, reply) => {
        const report = request.body;
        await deps.diagnostics.record(
          {
            ...report,
            route: scrubDiagnostic(report.route),
            message: scrubDiagnostic(report.message),
            stack: report.stack === undefined ? undefined : scrubDiagnostic(report.stack),
          },
          deps.now(),
        );
        return reply.status(204).send();
      },
    );
  };
}
