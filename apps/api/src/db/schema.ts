import {
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/**
 * Every table that holds a user's data has a `user_id` that cascades from `users`, so one delete
 * of the user removes everything (account deletion and export rely on this).
 */
const createdAt = () =>
  timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Local accounts always; Clerk accounts once a webhook has told us (tokens carry no email). */
    email: text("email"),
    passwordHash: text("password_hash"),
    /**
     * Local tokens carry the version they were issued under; changing the password raises it,
     * so every token issued before stops working.
     */
    tokenVersion: integer("token_version").notNull().default(0),
    /** The Clerk user this account belongs to, when Clerk signs users in. */
    clerkUserId: text("clerk_user_id"),
    name: text("name"),
    birthYear: integer("birth_year"),
    locale: text("locale").notNull().default("en"),
    targetRole: text("target_role"),
    level: text("level"),
    /** When the user agreed that interview content goes to AI providers (policy §4). */
    aiConsentAt: timestamp("ai_consent_at", { withTimezone: true, mode: "date" }),
    onboardedAt: timestamp("onboarded_at", { withTimezone: true, mode: "date" }),
    /** Notification choices: both off until the user turns them on. */
    notifyReportReady: boolean("notify_report_ready").notNull().default(false),
    notifyReminders: boolean("notify_reminders").notNull().default(false),
    /** When the one-time offer of notifications (after the first report) was answered. */
    pushOfferedAt: timestamp("push_offered_at", { withTimezone: true, mode: "date" }),
    /** The device's IANA time zone, sent with a push token, so reminders come in daytime. */
    timeZone: text("time_zone"),
    lastReminderAt: timestamp("last_reminder_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    uniqueIndex("users_clerk_user_unique").on(t.clerkUserId),
  ],
);

const owner = () =>
  uuid("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });

export const interviewSessions = pgTable(
  "interview_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: owner(),
    type: text("type").notNull(),
    status: text("status").notNull().default("active"),
    /** The coding problem or system design prompt; for behavioral interviews, the first question. */
    problemId: text("problem_id").notNull(),
    /** Behavioral: every question of the interview, in order. */
    contentIds: jsonb("content_ids").notNull().default([]),
    language: text("language").notNull(),
    mode: text("mode").notNull().default("practice"),
    level: text("level").notNull().default("mid"),
    /** The interview engine's state between events (phase, hints, probes). */
    engineState: jsonb("engine_state"),
    /** Which interviewer answered ("offline" or "<provider>:<model>"), and its last failure if any. */
    aiEngine: text("ai_engine").notNull().default("offline"),
    aiError: text("ai_error"),
    timeLimitSec: integer("time_limit_sec").notNull(),
    /** "pro" when started on the Pro plan, which lets it finish even if the plan lapses. */
    plan: text("plan"),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("interview_sessions_user_idx").on(t.userId, t.startedAt)],
);

const session = () =>
  uuid("session_id")
    .notNull()
    .references(() => interviewSessions.id, { onDelete: "cascade" });

export const turns = pgTable(
  "turns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: session(),
    userId: owner(),
    seq: integer("seq").notNull(),
    role: text("role").notNull(),
    text: text("text").notNull(),
    /** The client's key for a candidate turn: a retried request stores nothing twice. */
    idempotencyKey: text("idempotency_key"),
    /**
     * A spoken candidate turn's delivery, from the transcription (never the audio): how long it
     * took to say and the long pauses in it. Null for typed turns.
     */
    speech: jsonb("speech").$type<TurnSpeech>(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("turns_session_seq_unique").on(t.sessionId, t.seq),
    uniqueIndex("turns_session_idempotency_unique").on(t.sessionId, t.idempotencyKey),
  ],
);

/** How a spoken turn was delivered: its length and its long silences, in milliseconds. */
export interface TurnSpeech {
  durationMs: number;
  pauses: { atMs: number; ms: number }[];
}

/**
 * The whiteboard as the candidate drew it: the Excalidraw scene (elements only, no files) and
 * the text description the interviewer and the scorer read, one row per saved moment.
 */
export const whiteboardSnapshots = pgTable(
  "whiteboard_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: session(),
    userId: owner(),
    scene: jsonb("scene").notNull(),
    description: text("description").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("whiteboard_snapshots_session_idx").on(t.sessionId, t.createdAt)],
);

export const codeSnapshots = pgTable(
  "code_snapshots",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: session(),
    userId: owner(),
    language: text("language").notNull(),
    code: text("code").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("code_snapshots_session_idx").on(t.sessionId, t.createdAt)],
);

export const runs = pgTable(
  "runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: session(),
    userId: owner(),
    snapshotId: uuid("snapshot_id").references(() => codeSnapshots.id, { onDelete: "cascade" }),
    language: text("language").notNull(),
    passed: integer("passed").notNull(),
    total: integer("total").notNull(),
    verdict: text("verdict").notNull(),
    result: jsonb("result").notNull(),
    /** The client's key for the run: a retried request runs and stores nothing twice. */
    idempotencyKey: text("idempotency_key"),
    createdAt: createdAt(),
  },
  (t) => [
    index("runs_session_idx").on(t.sessionId, t.createdAt),
    uniqueIndex("runs_session_idempotency_unique").on(t.sessionId, t.idempotencyKey),
  ],
);

export const scores = pgTable(
  "scores",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: session(),
    userId: owner(),
    dimension: text("dimension").notNull(),
    value: integer("value").notNull(),
    reasons: jsonb("reasons").notNull().default([]),
    evidence: jsonb("evidence").notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("scores_session_dimension_unique").on(t.sessionId, t.dimension)],
);

export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sessionId: session(),
    userId: owner(),
    content: jsonb("content").notNull(),
    /** When "your report is ready" was sent out, so a retried job never sends it twice. */
    notifiedAt: timestamp("notified_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("reports_session_unique").on(t.sessionId)],
);

/** The session's event stream, kept so a client reconnecting with Last-Event-ID misses nothing. */
export const sessionEvents = pgTable(
  "session_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    sessionId: session(),
    userId: owner(),
    type: text("type").notNull(),
    data: jsonb("data").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("session_events_session_idx").on(t.sessionId, t.id)],
);

/** Devices that receive push notifications (a report is ready); removed with the account. */
export const pushTokens = pgTable(
  "push_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: owner(),
    platform: text("platform").notNull(),
    token: text("token").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("push_tokens_token_unique").on(t.token)],
);

/**
 * The user's plan as RevenueCat reports it: one row per entitlement, written from webhook events and
 * corrected by reading the subscriber back from RevenueCat's REST API. No payment details.
 */
export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: owner(),
    entitlement: text("entitlement").notNull(),
    /** app_store, play_store, rc_billing, stripe, promotional… (RevenueCat's lower-case names). */
    store: text("store").notNull(),
    /** active, cancelled, billing_issue, paused, temporary or expired. */
    status: text("status").notNull(),
    /** When access ends, grace period included; null for a lifetime purchase. */
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }),
    productId: text("product_id"),
    willRenew: boolean("will_renew").notNull().default(false),
    /** Where the user manages the subscription (the store's page or RevenueCat's portal). */
    managementUrl: text("management_url"),
    /** The newest webhook event applied, so an older one arriving late changes nothing. */
    lastEventAt: timestamp("last_event_at", { withTimezone: true, mode: "date" }),
    /** When RevenueCat's REST API last confirmed this row. */
    checkedAt: timestamp("checked_at", { withTimezone: true, mode: "date" }),
    updatedAt: createdAt(),
  },
  (t) => [uniqueIndex("subscriptions_user_entitlement").on(t.userId, t.entitlement)],
);

/**
 * One row per interview that counted against the monthly allowance: the first candidate turn or
 * run writes it. Deleting the interview keeps the row (without the session) so the allowance
 * cannot be reset by deleting; deleting the account removes it.
 */
export const interviewUsage = pgTable(
  "interview_usage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: owner(),
    sessionId: uuid("session_id").references(() => interviewSessions.id, { onDelete: "set null" }),
    countedAt: timestamp("counted_at", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [
    uniqueIndex("interview_usage_session_unique").on(t.sessionId),
    index("interview_usage_user_idx").on(t.userId, t.countedAt),
  ],
);

/** Webhook deliveries already handled, by the sender's message id, so a redelivery does nothing. */
export const webhookDeliveries = pgTable("webhook_deliveries", {
  id: text("id").primaryKey(),
  source: text("source").notNull(),
  type: text("type").notNull(),
  receivedAt: timestamp("received_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
});

/** Server-wide settings the server generates itself, such as the local-token signing key. */
export const serverSecrets = pgTable("server_secrets", {
  name: text("name").primaryKey(),
  value: text("value").notNull(),
  createdAt: createdAt(),
});

/**
 * Crash reports from the web, the apps and the server itself, scrubbed before they are stored
 * (no account, no ids, no candidate text); purged after 30 days.
 */
export const diagnostics = pgTable(
  "diagnostics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdAt: createdAt(),
    source: text("source").notNull(),
    kind: text("kind").notNull(),
    route: text("route").notNull(),
    message: text("message").notNull(),
    stack: text("stack"),
    appVersion: text("app_version"),
    os: text("os"),
    browser: text("browser"),
    /** The same failure reported again has the same fingerprint (kind, route, message, first frame). */
    fingerprint: text("fingerprint").notNull(),
  },
  (t) => [index("diagnostics_created_idx").on(t.createdAt)],
);
