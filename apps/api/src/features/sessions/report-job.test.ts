import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  type FakeModelServer,
  startFakeAnthropic,
} from "@mentara/interviewer/testing/fake-model-servers";
import { fakeVerdict } from "@mentara/interviewer/testing/fake-verdict";
import { callApi } from "@mentara/testing/call-api";
import { readEventStream } from "@mentara/testing/read-event-stream";
import { signUpOverHttp } from "@mentara/testing/sign-up-over-http";
import { startServerProcess } from "@mentara/testing/start-server-process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/** Storage both server processes share: a PostgreSQL database, or a PGlite folder. */
async function sharedStorage(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), "mentara-crash-"));
    return {
      env: { DATA_DIR: dir },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `mentara_crash_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}

describe("the report job", () => {
  let judge: FakeModelServer;
  beforeAll(async () => {
    judge = await startFakeAnthropic();
  });
  afterAll(async () => {
    await judge?.close();
  });

  it("survives the crash of the process writing it: the report arrives exactly once after restart", async () => {
    const storage = await sharedStorage();
    const env = {
      ...storage.env,
      JUDGE_PROVIDER: "anthropic",
      JUDGE_MODEL: "claude-judge",
      JUDGE_API_KEY: "test-key",
      JUDGE_BASE_URL: judge.baseUrl,
    };
    const verdict = (body: Record<string, unknown>) => fakeVerdict(2, body);
    // The first process's judge never answers: its report job is mid-way when the process dies.
    judge.behave({ reply: verdict, firstTokenMs: 120_000, failNext: 0 });
    const first = await startServerProcess({ env });
    let second: Awaited<ReturnType<typeof startServerProcess>> | undefined;
    try {
      const authorization = await signUpOverHttp(first.url, "crash");
      const session = await callApi(first.url, "POST", "/sessions", authorization, {
        type: "behavioral",
      });
      const id = String(session.body.id);
      await callApi(first.url, "POST", `/sessions/${id}/turns`, authorization, {
        text: "I led our release checklist work and failed releases dropped by 30% in a quarter.",
      });
      const ending = await callApi(first.url, "POST", `/sessions/${id}/end`, authorization);
      expect(ending).toMatchObject({ status: 202, body: { status: "writing", step: "judging" } });

      await first.stop("SIGKILL");
      judge.behave({ firstTokenMs: 0 });
      second = await startServerProcess({ env });
      const base = second.url;
      await expect
        .poll(
          async () => (await callApi(base, "GET", `/sessions/${id}/report`, authorization)).status,
          {
            timeout: 20_000,
            interval: 250,
          },
        )
        .toBe(200);
      const report = await callApi(base, "GET", `/sessions/${id}/report`, authorization);
      expect(report.body).toMatchObject({ sessionId: id, scoredBy: "anthropic:claude-judge" });
      const events = await readEventStream(
        `${base}/api/sessions/${id}/events`,
        { authorization },
        () => false,
        1_500,
      );
      expect(events.filter((event) => event.event === "report.ready")).toHaveLength(1);
      expect(events.filter((event) => event.event === "session.ended")).toHaveLength(1);
    } finally {
      await first.stop("SIGKILL");
      await second?.stop();
      await storage.drop();
    }
  }, 90_000);
});
