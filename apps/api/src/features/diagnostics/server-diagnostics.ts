import { scrubDiagnostic } from "@mentara/domain/diagnostics";
import type { FastifyRequest } from "fastify";
import type { DiagnosticsRepository } from "./diagnostics-repository.ts";

/** How long a crash report is kept. */
export const diagnosticsKeptDays = 30;

/** Records one of the server's own 5xx failures like a client's report: scrubbed, route pattern only. */
export function recordServerError(
  diagnostics: DiagnosticsRepository,
  now: () => Date,
  appVersion: string,
) {
  return (error: unknown, request: FastifyRequest): void => {
    const failure = error instanceof Error ? error : new Error(String(error));
    void diagnostics
      .record(
        {
          source: "server",
          kind: "server",
          route: `${request.method} ${request.routeOptions?.url ?? "(no route)"}`,
          message: scrubDiagnostic(`${failure.name}: ${failure.message}`).slice(0, 1_000),
          stack: failure.stack ? scrubDiagnostic(failure.stack).slice(0, 8_000) : undefined,
          appVersion,
          os: process.platform,
        },
        now(),
      )
      .catch((recordError: unknown) =>
        request.log.warn({ err: recordError }, "could not record a diagnostic"),
      );
  };
}

/** Deletes reports older than the retention period; run at start and once a day. */
export async function purgeOldDiagnostics(
  diagnostics: DiagnosticsRepository,
  now: Date,
): Promise<number> {
  return diagnostics.purge(new Date(now.getTime() - diagnosticsKeptDays * 86_400_000));
}
