import type { Comparison } from "@mentara/contracts/sessions";
import { DomainError } from "@mentara/domain/errors";
import { loadOwnedSession, type SessionDeps } from "../session-context.ts";
import { toReport, toSummary } from "../session-views.ts";

/**
 * Two of the user's finished interviews of one type side by side. A foreign or unknown id is the
 * same 404 as everywhere; a session without a report, or two of different types, is a 409/400
 * that says what to choose instead.
 */
export async function compareSessions(
  userId: string,
  ids: { a: string; b: string },
  deps: Pick<SessionDeps, "sessions">,
): Promise<Comparison> {
  const [a, b] = await Promise.all([load(userId, ids.a, deps), load(userId, ids.b, deps)]);
  if (a.report.type !== b.report.type)
    throw new DomainError(
      "VALIDATION",
      "Only sessions of the same interview type can be compared: choose two coding, two system design or two behavioral sessions.",
    );
  const dimensions = [
    ...new Set([...a.report.dimensions, ...b.report.dimensions].map((d) => d.dimension)),
  ].map((dimension) => {
    const left = a.report.dimensions.find((d) => d.dimension === dimension)?.score ?? null;
    const right = b.report.dimensions.find((d) => d.dimension === dimension)?.score ?? null;
    return {
      dimension,
      a: left,
      b: right,
      change: left !== null && right !== null ? right - left : null,
    };
  });
  return {
    type: a.report.type,
    sessions: [a.summary, b.summary],
    reports: [a.report, b.report],
    dimensions,
  };
}

async function load(userId: string, id: string, deps: Pick<SessionDeps, "sessions">) {
  const { session } = await loadOwnedSession(deps, userId, id);
  const row = await deps.sessions.findReport(session.id);
  if (!row)
    throw new DomainError(
      "CONFLICT",
      "One of these sessions has no report yet: only finished interviews can be compared.",
    );
  return { summary: toSummary(session, row), report: toReport(row) };
}
