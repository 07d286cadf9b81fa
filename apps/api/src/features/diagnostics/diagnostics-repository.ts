import { createHash } from "node:crypto";
import { desc, gte, lt, sql } from "drizzle-orm";
import type { Database } from "../../db/open-database.ts";
import { diagnostics } from "../../db/schema.ts";

export interface NewDiagnostic {
  source: string;
  kind: string;
  route: string;
  message: string;
  stack?: string | undefined;
  appVersion?: string | undefined;
  os?: string | undefined;
  browser?: string | undefined;
}

/** The same failure gives the same fingerprint: kind, route, message and the stack's first frame. */
function fingerprintOf(report: NewDiagnostic): string {
  const frame =
    report.stack
      ?.split("\n")
      .find((line) => /^\s*at\s|@/.test(line))
      ?.trim() ?? "";
  return createHash("sha256")
    .update([report.kind, report.route, report.message, frame].join("\n"))
    .digest("hex")
    .slice(0, 16);
}

export function createDiagnosticsRepository(db: Database) {
  return {
    /** Stores a report that was already scrubbed. */
    async record(report: NewDiagnostic, at: Date): Promise<void> {
      await db.insert(diagnostics).values({
        ...report,
        stack: report.stack ?? null,
        appVersion: report.appVersion ?? null,
        os: report.os ?? null,
        browser: report.browser ?? null,
        fingerprint: fingerprintOf(report),
        createdAt: at,
      });
    },
    /** Deletes reports older than `before`; answers how many went. */
    async purge(before: Date): Promise<number> {
      const gone = await db
        .delete(diagnostics)
        .where(lt(diagnostics.createdAt, before))
        .returning({ id: diagnostics.id });
      return gone.length;
    },
    /** The most frequent failures since `since`, with one example of each. */
    async mostFrequent(since: Date, limit = 20) {
      return db
        .select({
          fingerprint: diagnostics.fingerprint,
          count: sql<number>`count(*)::int`,
          lastSeen: sql<Date>`max(${diagnostics.createdAt})`,
          source: sql<string>`min(${diagnostics.source})`,
          kind: sql<string>`min(${diagnostics.kind})`,
          route: sql<string>`min(${diagnostics.route})`,
          message: sql<string>`min(${diagnostics.message})`,
        })
        .from(diagnostics)
        .where(gte(diagnostics.createdAt, since))
        .groupBy(diagnostics.fingerprint)
        .orderBy(desc(sql`count(*)`))
        .limit(limit);
    },
  };
}
export type DiagnosticsRepository = ReturnType<typeof createDiagnosticsRepository>;
