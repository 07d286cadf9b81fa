import { randomBytes } from "node:crypto";
import type { ModelPort } from "@mentara/interviewer/model/model-port";
import type { JudgePort } from "@mentara/interviewer/scoring/judge-port";
import { createSandbox, type Sandbox } from "@mentara/sandbox/create-sandbox";
import { adultOnboardingAnswers } from "@mentara/testing/onboarding-answers";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { buildApp } from "../build-app.ts";
import { parseEnv } from "../config/env.ts";
import { type OpenDatabase, openDatabase } from "../db/open-database.ts";

export interface TestApp {
  app: FastifyInstance & { drain(): Promise<void> };
  database: OpenDatabase;
  sandbox: Sandbox;
  close(): Promise<void>;
}

/**
 * The real app on in-memory PGlite, or, when DATABASE_URL is set, on a fresh database created on
 * that PostgreSQL server and dropped afterwards. The same suites run against both.
 */
export async function startTestApp(
  options: {
    logger?: Record<string, unknown>;
    now?: () => Date;
    model?: ModelPort;
    judge?: JudgePort;
    sweepEveryMs?: number;
    /** Settings on top of the test defaults (Clerk, RevenueCat…). */
    env?: Record<string, string>;
    retryDelaySeconds?: number;
    /** A CA trusted for push services (the loopback fakes). */
    extraCa?: string;
    remindEveryMs?: number;
    purgeEveryMs?: number;
    /**
     * Another app's database: this app plays a second process on it (a restart), starting with
     * nothing in memory; closing it leaves the database to its owner.
     */
    database?: OpenDatabase;
  } = {},
): Promise<TestApp> {
  const adminUrl = process.env.DATABASE_URL;
  let dropDatabase = async () => {};
  let database: OpenDatabase;
  if (options.database) {
    database = options.database;
  } else if (adminUrl) {
    const name = `mentara_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = await openDatabase({ url: url.toString(), dataDir: "memory" });
    dropDatabase = async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    };
  } else {
    database = await openDatabase({ dataDir: "memory" });
  }
  const sandbox = await createSandbox({ jsWorkers: 1, pythonWorkers: 0, maxQueue: 8 });
  const app = await buildApp({
    env: parseEnv({ WEB_DIST: "/nonexistent-web-dist", LOG_LEVEL: "silent", ...options.env }),
    ...(options.retryDelaySeconds ? { retryDelaySeconds: options.retryDelaySeconds } : {}),
    database,
    sandbox,
    logger: options.logger ?? false,
    streamDelayMs: 0,
    ...(options.now ? { now: options.now } : {}),
    ...(options.model ? { model: options.model } : {}),
    ...(options.judge ? { judge: options.judge } : {}),
    ...(options.sweepEveryMs ? { sweepEveryMs: options.sweepEveryMs } : {}),
    ...(options.extraCa ? { extraCa: options.extraCa } : {}),
    ...(options.remindEveryMs ? { remindEveryMs: options.remindEveryMs } : {}),
    ...(options.purgeEveryMs ? { purgeEveryMs: options.purgeEveryMs } : {}),
  });
  await app.ready();
  return {
    app,
    database,
    sandbox,
    async close() {
      await app.drain();
      await app.close();
      await app.drain();
      await sandbox.close();
      if (!options.database) await database.close();
      await dropDatabase();
    },
  };
}

let counter = 0;

/** Signs up and onboards a fresh adult user and returns the bearer header for them. */
export async function signUpUser(
  app: FastifyInstance,
): Promise<{ email: string; authorization: string }> {
  const email = `candidate-${Date.now()}-${counter++}@example.com`;
  const response = await app.inject({
    method: "POST",
    url: "/api/auth/local/sign-up",
    payload: { email, password: "a long enough password", birthYear: 1995 },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const authorization = `Bearer ${response.json().token}`;
  const onboarded = await app.inject({
    method: "POST",
    url: "/api/me/onboarding",
    headers: { authorization },
    payload: adultOnboardingAnswers,
  });
  if (onboarded.statusCode !== 200) throw new Error(`onboarding failed: ${onboarded.body}`);
  return { email, authorization };
}
