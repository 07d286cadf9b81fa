import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, getTableColumns, gt, gte, isNull, lt, sql } from "drizzle-orm";
import { isUniqueViolation } from "../../db/constraint-violations.ts";
import type { Database } from "../../db/open-database.ts";
import {
  codeSnapshots,
  interviewSessions,
  reports,
  runs,
  scores,
  sessionEvents,
  type TurnSpeech,
  turns,
  users,
} from "../../db/schema.ts";

export type SessionRow = typeof interviewSessions.$inferSelect;
/** An event that tells of a stored turn, carrying it under `data.turn`. */
export interface TurnEvent {
  type: string;
  data: { turn: { seq: number } };
}
export type TurnRow = typeof turns.$inferSelect;
export type RunRow = typeof runs.$inferSelect;
export type ReportRow = typeof reports.$inferSelect;
export type EventRow = typeof sessionEvents.$inferSelect;
export type ScoreRow = typeof scores.$inferSelect;

/** History filters; `to` is exclusive. A score bound leaves out sessions without a report. */
export interface SessionFilters {
  type?: string;
  from?: Date;
  to?: Date;
  minScore?: number;
  maxScore?: number;
}

/**
 * The statements every live turn runs, built once and prepared (decision 020): drizzle builds a
 * statement's text on each call otherwise (about 0.2 ms for a turn's insert), and PostgreSQL
 * parses and plans it each time. Each is made on first use; values go in by placeholder name.
 */
function hotStatements(db: Database) {
  const value = (name: string) => sql.placeholder(name);
  const once = <T>(make: () => T) => {
    let made: T | undefined;
    return () => {
      made ??= make();
      return made;
    };
  };
  const scoreRows = sql`select gen_random_uuid(), ${value("sessionId")}::uuid, ${value("userId")}::uuid,
    r.dimension, r.value, r.reasons, r.evidence, now()
    from jsonb_to_recordset(${value("rows")}::jsonb)
      as r(dimension text, value integer, reasons jsonb, evidence jsonb)`;
  const upsertScores = () =>
    db
      .insert(scores)
      .select(scoreRows)
      .onConflictDoUpdate({
        target: [scores.sessionId, scores.dimension],
        set: {
          value: sql`excluded.value`,
          reasons: sql`excluded.reasons`,
          evidence: sql`excluded.evidence`,
        },
      });
  return {
    saveEngineState: once(() =>
      db
        .update(interviewSessions)
        .set({ engineState: value("engineState") })
        .where(eq(interviewSessions.id, value("id")))
        .prepare("sessions_save_engine_state"),
    ),
    saveEngineStateAndError: once(() =>
      db
        .update(interviewSessions)
        .set({ engineState: value("engineState"), aiError: sql`${value("aiError")}` })
        .where(eq(interviewSessions.id, value("id")))
        .prepare("sessions_save_engine_state_and_error"),
    ),
    /** Upserts a session's scores, given as a JSON array of {dimension, value, reasons, evidence}. */
    saveScores: once(() => upsertScores().prepare("scores_save")),
    /** The same, and in the same statement the event that tells the stream of them. */
    saveScoresWithEvent: once(() => {
      const saved = db.$with("saved_scores").as(upsertScores().returning({ id: scores.id }));
      return db
        .with(saved)
        .insert(sessionEvents)
        .values({
          sessionId: value("sessionId"),
          userId: value("userId"),
          type: value("type"),
          data: value("data"),
        })
        .returning()
        .prepare("scores_save_with_event");
    }),
    /**
     * A turn numbered after the session's last, and the event that tells of it (`data`, as JSON,
     * its turn's `seq` filled in here: both subqueries read the same snapshot, so they agree).
     */
    appendTurn: once(() => appendTurn("turns_append")),
    /** The same, and the session's engine state after it (a reply and the state it came from). */
    appendTurnWithState: once(() => appendTurn("turns_append_with_state", true)),
  };

  function appendTurn(name: string, withState = false) {
    const next = sql<number>`(select coalesce(max(${turns.seq}), 0) + 1 from ${turns} where ${turns.sessionId} = ${value("sessionId")})`;
    const stored = db.$with("stored_event").as(
      db
        .insert(sessionEvents)
        .values({
          sessionId: value("sessionId"),
          userId: value("userId"),
          type: value("type"),
          data: sql`jsonb_set(${value("data")}::jsonb, '{turn,seq}', to_jsonb(${next}))`,
        })
        .returning({ id: sessionEvents.id }),
    );
    const state = db.$with("saved_state").as(
      db
        .update(interviewSessions)
        .set({ engineState: value("engineState") })
        .where(eq(interviewSessions.id, value("sessionId")))
        .returning({ id: interviewSessions.id }),
    );
    return db
      .with(...(withState ? [stored, state] : [stored]))
      .insert(turns)
      .values({
        id: value("id"),
        sessionId: value("sessionId"),
        userId: value("userId"),
        seq: next,
        role: value("role"),
        text: value("text"),
        idempotencyKey: value("idempotencyKey"),
        // Given as JSON text or null: the column's own encoding would store null as JSON null.
        speech: sql`${value("speech")}::jsonb`,
        createdAt: value("createdAt"),
      })
      .returning({
        ...getTableColumns(turns),
        eventId: sql<number>`(select ${stored.id} from ${stored})`.mapWith(Number),
      })
      .prepare(name);
  }
}

/** Sessions and everything that belongs to one: turns, code snapshots, runs, reports, events. */
export function createSessionsRepository(db: Database) {
  const hot = hotStatements(db);
  return {
    async create(values: typeof interviewSessions.$inferInsert): Promise<SessionRow> {
      const [row] = await db.insert(interviewSessions).values(values).returning();
      if (!row) throw new Error("session insert returned nothing");
      return row;
    },

    async saveEngineState(
      id: string,
      engineState: unknown,
      aiError?: string | null,
    ): Promise<void> {
      if (aiError === undefined) await hot.saveEngineState().execute({ id, engineState });
      else await hot.saveEngineStateAndError().execute({ id, engineState, aiError });
    },

    /** Deletes a user's session and, by cascade, every row that belongs to it. */
    async deleteSession(userId: string, id: string): Promise<boolean> {
      const deleted = await db
        .delete(interviewSessions)
        .where(and(eq(interviewSessions.id, id), eq(interviewSessions.userId, userId)))
        .returning({ id: interviewSessions.id });
      return deleted.length > 0;
    },

    /** Whether the user's consent to AI processing stands (a missing user has none). */
    async hasAiConsent(userId: string): Promise<boolean> {
      const [row] = await db
        .select({ aiConsentAt: users.aiConsentAt })
        .from(users)
        .where(eq(users.id, userId));
      return Boolean(row?.aiConsentAt);
    },

    /** Records an AI failure on the session, where the user sees it. */
    async recordAiError(id: string, aiError: string): Promise<void> {
      await db.update(interviewSessions).set({ aiError }).where(eq(interviewSessions.id, id));
    },

    /**
     * Stores the session's scores; with `event` (the live panel's update), stores that event in
     * the same statement, so both or neither are kept. Returns the stored event.
     */
    async saveScores(
      session: { id: string; userId: string },
      values: { dimension: string; score: number; reasons: string[]; evidence: string[] }[],
      event?: { type: string; data: unknown },
    ): Promise<EventRow | undefined> {
      if (values.length === 0) return undefined;
      const rows = JSON.stringify(
        values.map((v) => ({
          dimension: v.dimension,
          value: v.score,
          reasons: v.reasons,
          evidence: v.evidence,
        })),
      );
      const ids = { sessionId: session.id, userId: session.userId };
      if (!event) {
        await hot.saveScores().execute({ ...ids, rows });
        return undefined;
      }
      const [row] = await hot.saveScoresWithEvent().execute({ ...ids, rows, ...event });
      return row;
    },

    listScores(sessionId: string): Promise<ScoreRow[]> {
      return db
        .select()
        .from(scores)
        .where(eq(scores.sessionId, sessionId))
        .orderBy(asc(scores.createdAt));
    },

    /** A session only when it belongs to this user; otherwise undefined, as if it did not exist. */
    async find(userId: string, id: string): Promise<SessionRow | undefined> {
      const [row] = await db
        .select()
        .from(interviewSessions)
        .where(and(eq(interviewSessions.id, id), eq(interviewSessions.userId, userId)));
      return row;
    },

    /** The user's sessions, newest first, each with its report when there is one. */
    list(
      userId: string,
      filters: SessionFilters = {},
    ): Promise<{ session: SessionRow; report: ReportRow | null }[]> {
      const score = sql`(${reports.content}->>'score')::numeric`;
      return db
        .select({ session: interviewSessions, report: reports })
        .from(interviewSessions)
        .leftJoin(reports, eq(reports.sessionId, interviewSessions.id))
        .where(
          and(
            eq(interviewSessions.userId, userId),
            filters.type ? eq(interviewSessions.type, filters.type) : undefined,
            filters.from ? gte(interviewSessions.startedAt, filters.from) : undefined,
            filters.to ? lt(interviewSessions.startedAt, filters.to) : undefined,
            filters.minScore !== undefined ? sql`${score} >= ${filters.minScore}` : undefined,
            filters.maxScore !== undefined ? sql`${score} <= ${filters.maxScore}` : undefined,
          ),
        )
        .orderBy(desc(interviewSessions.startedAt))
        .limit(200);
    },

    /** Active sessions whose time limit has passed, for the clock sweeper. */
    overdue(now: Date): Promise<SessionRow[]> {
      return db
        .select()
        .from(interviewSessions)
        .where(
          and(
            eq(interviewSessions.status, "active"),
            sql`${interviewSessions.startedAt} + make_interval(secs => ${interviewSessions.timeLimitSec}) <= ${now.toISOString()}::timestamptz`,
          ),
        )
        .limit(100);
    },

    /** Marks the session ended once; returns undefined when it had already ended. */
    async end(userId: string, id: string, endedAt: Date): Promise<SessionRow | undefined> {
      const [row] = await db
        .update(interviewSessions)
        .set({ status: "ended", endedAt })
        .where(
          and(
            eq(interviewSessions.id, id),
            eq(interviewSessions.userId, userId),
            eq(interviewSessions.status, "active"),
          ),
        )
        .returning();
      return row;
    },

    /**
     * Stores a turn, numbered after the session's last, and in the same statement the event that
     * tells the stream of it (`event` makes it from the stored row; the turn under `data.turn`):
     * both or neither are kept. Returns the row, and the event as stored with its id.
     */
    async appendTurn<E extends TurnEvent>(
      values: {
        /** Chosen by the caller when the turn must be known before it is stored. */
        id?: string;
        sessionId: string;
        userId: string;
        role: "candidate" | "interviewer";
        text: string;
        idempotencyKey?: string | undefined;
        /** A spoken turn's delivery timings (never audio). */
        speech?: TurnSpeech | undefined;
        /** The session's engine state to store with the turn, in the same statement. */
        engineState?: unknown;
      },
      event: (row: TurnRow) => E,
    ): Promise<{ row: TurnRow; eventId: number; event: E }> {
      const statement =
        values.engineState === undefined ? hot.appendTurn() : hot.appendTurnWithState();
      // On PostgreSQL a candidate's turn and the end of the previous reply can take the same next
      // number at once; the loser of that race takes the one after.
      for (let attempt = 1; ; attempt++) {
        const draft: TurnRow = {
          id: values.id ?? randomUUID(),
          sessionId: values.sessionId,
          userId: values.userId,
          seq: 0,
          role: values.role,
          text: values.text,
          idempotencyKey: values.idempotencyKey ?? null,
          speech: values.speech ?? null,
          createdAt: new Date(),
        };
        const told = event(draft);
        try {
          const [inserted] = await statement.execute({
            ...draft,
            engineState: values.engineState,
            speech: draft.speech && JSON.stringify(draft.speech),
            type: told.type,
            data: JSON.stringify(told.data),
          });
          if (!inserted) throw new Error("turn insert returned nothing");
          const { eventId, ...row } = inserted;
          return { row, eventId, event: event(row) };
        } catch (error: unknown) {
          if (attempt >= 5 || !isUniqueViolation(error, "turns_session_seq_unique")) throw error;
        }
      }
    },

    /** The turn a client already sent with this key, if it was stored. */
    async findTurnByKey(sessionId: string, key: string): Promise<TurnRow | undefined> {
      const [row] = await db
        .select()
        .from(turns)
        .where(and(eq(turns.sessionId, sessionId), eq(turns.idempotencyKey, key)));
      return row;
    },

    /** The run a client already asked for with this key, if it was stored. */
    async findRunByKey(sessionId: string, key: string): Promise<RunRow | undefined> {
      const [row] = await db
        .select()
        .from(runs)
        .where(and(eq(runs.sessionId, sessionId), eq(runs.idempotencyKey, key)));
      return row;
    },

    listTurns(sessionId: string): Promise<TurnRow[]> {
      return db.select().from(turns).where(eq(turns.sessionId, sessionId)).orderBy(asc(turns.seq));
    },

    async saveSnapshot(values: {
      sessionId: string;
      userId: string;
      language: string;
      code: string;
    }) {
      const [row] = await db.insert(codeSnapshots).values(values).returning();
      if (!row) throw new Error("snapshot insert returned nothing");
      return row;
    },

    listSnapshots(sessionId: string) {
      return db
        .select()
        .from(codeSnapshots)
        .where(eq(codeSnapshots.sessionId, sessionId))
        .orderBy(asc(codeSnapshots.createdAt));
    },

    async findSnapshot(id: string) {
      const [row] = await db.select().from(codeSnapshots).where(eq(codeSnapshots.id, id));
      return row;
    },

    async latestSnapshot(sessionId: string) {
      const [row] = await db
        .select()
        .from(codeSnapshots)
        .where(eq(codeSnapshots.sessionId, sessionId))
        .orderBy(desc(codeSnapshots.createdAt))
        .limit(1);
      return row;
    },

    async saveRun(values: typeof runs.$inferInsert): Promise<RunRow> {
      const [row] = await db.insert(runs).values(values).returning();
      if (!row) throw new Error("run insert returned nothing");
      return row;
    },

    /**
     * Adds the measured complexity to a run's stored result. The first measurement stands (the
     * live one or the report's), so the live panel and the report read the same one.
     */
    async recordMeasuredComplexity(runId: string, complexity: string): Promise<void> {
      await db
        .update(runs)
        .set({
          result: sql`${runs.result} || ${JSON.stringify({ measuredComplexity: complexity })}::jsonb`,
        })
        .where(and(eq(runs.id, runId), sql`not (${runs.result} ? 'measuredComplexity')`));
    },

    listRuns(sessionId: string): Promise<RunRow[]> {
      return db
        .select()
        .from(runs)
        .where(eq(runs.sessionId, sessionId))
        .orderBy(asc(runs.createdAt));
    },

    async saveReport(values: {
      sessionId: string;
      userId: string;
      content: unknown;
    }): Promise<{ row: ReportRow; created: boolean }> {
      const [row] = await db.insert(reports).values(values).onConflictDoNothing().returning();
      if (row) return { row, created: true };
      const [existing] = await db
        .select()
        .from(reports)
        .where(eq(reports.sessionId, values.sessionId));
      if (!existing) throw new Error("report insert returned nothing");
      return { row: existing, created: false };
    },

    /** The newest stored event of a type for a session (a report's progress). */
    async latestEvent(sessionId: string, type: string): Promise<EventRow | undefined> {
      const [row] = await db
        .select()
        .from(sessionEvents)
        .where(and(eq(sessionEvents.sessionId, sessionId), eq(sessionEvents.type, type)))
        .orderBy(desc(sessionEvents.id))
        .limit(1);
      return row;
    },

    /** Ended sessions with no report: their report jobs are sent again at start-up. */
    async endedWithoutReport(): Promise<SessionRow[]> {
      return db
        .select({ session: interviewSessions })
        .from(interviewSessions)
        .leftJoin(reports, eq(reports.sessionId, interviewSessions.id))
        .where(and(eq(interviewSessions.status, "ended"), isNull(reports.id)))
        .then((rows) => rows.map((r) => r.session));
    },

    async findReport(sessionId: string): Promise<ReportRow | undefined> {
      const [row] = await db.select().from(reports).where(eq(reports.sessionId, sessionId));
      return row;
    },

    async appendEvent(values: {
      sessionId: string;
      userId: string;
      type: string;
      data: unknown;
    }): Promise<EventRow> {
      const [row] = await db.insert(sessionEvents).values(values).returning();
      if (!row) throw new Error("event insert returned nothing");
      return row;
    },

    eventsAfter(sessionId: string, afterId: number): Promise<EventRow[]> {
      return db
        .select()
        .from(sessionEvents)
        .where(and(eq(sessionEvents.sessionId, sessionId), gt(sessionEvents.id, afterId)))
        .orderBy(asc(sessionEvents.id))
        .limit(1000);
    },
  };
}
export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
