import { type FakeApns, startFakeApns } from "@mentara/testing/fake-apns";
import { type FakeFcm, startFakeFcm } from "@mentara/testing/fake-fcm";
import { type FakeWebPush, startFakeWebPush } from "@mentara/testing/fake-web-push";
import { testTls } from "@mentara/testing/test-tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createJobQueue } from "../../jobs/job-queue.ts";
import { signUpUser, startTestApp, type TestApp } from "../../testing/start-test-app.ts";
import { createSessionsRepository } from "../sessions/sessions-repository.ts";
import { createNotificationsRepository } from "./notifications-repository.ts";
import { sendReviewReminders } from "./review-reminders.ts";

let t: TestApp;
let web: FakeWebPush;
let apns: FakeApns;
let fcm: FakeFcm;
let clock = new Date("2026-12-10T12:00:00Z");
let deviceCount = 0;

beforeAll(async () => {
  [web, apns, fcm] = await Promise.all([startFakeWebPush(), startFakeApns(), startFakeFcm()]);
  t = await startTestApp({
    now: () => clock,
    extraCa: (await testTls()).ca,
    retryDelaySeconds: 1,
    remindEveryMs: 300,
    env: {
      WEB_PUSH_ALLOWED_HOSTS: "127.0.0.1",
      WEB_PUSH_SUBJECT: "mailto:push@mentara.test",
      APNS_KEY_ID: apns.keyId,
      APNS_TEAM_ID: apns.teamId,
      APNS_PRIVATE_KEY: apns.privateKey,
      APNS_TOPIC: apns.topic,
      APNS_URL: apns.url,
      FCM_SERVICE_ACCOUNT_JSON: fcm.serviceAccountJson,
      FCM_API_URL: fcm.url,
    },
  });
}, 60_000);
afterAll(async () => {
  await t?.close();
  await Promise.all([web?.close(), apns?.close(), fcm?.close()]);
});

const call = (
  method: "GET" | "POST" | "PATCH" | "DELETE",
  url: string,
  authorization: string,
  payload?: object,
) => t.app.inject({ method, url, headers: { authorization }, ...(payload ? { payload } : {}) });

const notify = (authorization: string, reportReady: boolean, reminders = false) =>
  call("PATCH", "/api/me", authorization, { notifications: { reportReady, reminders } });

/** A device of each platform, registered for the user; their tokens as the services know them. */
async function registerDevices(authorization: string, timeZone = "Europe/Berlin") {
  const n = deviceCount++;
  const subscription = web.subscribe();
  const devices = {
    web: JSON.stringify(subscription),
    ios: `${"ab".repeat(31)}${String(n).padStart(2, "0")}`,
    android: `fcm-token-${n}:APA91b${"x".repeat(120)}`,
  };
  for (const [platform, token] of Object.entries(devices)) {
    const response = await call("POST", "/api/me/push-tokens", authorization, {
      platform,
      token,
      timeZone,
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  return { ...devices, endpoint: subscription.endpoint };
}

/** Deliveries go through the job queue: give them time on a busy machine. */
const patiently = { timeout: 30_000, interval: 100 };

/** Starts an interview, answers once and ends it; answers the session id once the report is written. */
async function finishInterview(authorization: string, type: "behavioral" | "system_design") {
  const started = await call("POST", "/api/sessions", authorization, {
    type,
    ...(type === "system_design" ? { promptId: "ad-click-aggregator" } : {}),
  });
  expect(started.statusCode).toBe(201);
  const id = started.json().id as string;
  await call("POST", `/api/sessions/${id}/turns`, authorization, { text: "I would use a cache." });
  await t.app.drain();
  const ended = await call("POST", `/api/sessions/${id}/end`, authorization);
  expect([200, 202]).toContain(ended.statusCode);
  await expect
    .poll(
      async () => (await call("GET", `/api/sessions/${id}/report`, authorization)).statusCode,
      patiently,
    )
    .toBe(200);
  return id;
}

const webFor = (endpoint: string) =>
  web.received.filter((p) => endpoint.endsWith(p.subscriptionId));
const apnsFor = (token: string) => apns.received.filter((p) => p.deviceToken === token);
const fcmFor = (token: string) => fcm.received.filter((p) => p.token === token);
/** How many notifications reached each of the user's devices: web, iOS, Android. */
const deliveredTo = (devices: { endpoint: string; ios: string; android: string }) =>
  [webFor(devices.endpoint), apnsFor(devices.ios), fcmFor(devices.android)].map((r) => r.length);

describe("push notifications", () => {
  it("registers a device only for a user who turned a notification on, and checks each token", async () => {
    const { authorization } = await signUpUser(t.app);
    const early = await call("POST", "/api/me/push-tokens", authorization, {
      platform: "ios",
      token: "ab".repeat(32),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain("Turn on a notification first");
    await notify(authorization, true);
    const refusals = [
      { platform: "ios", token: "not-hex" },
      { platform: "web", token: "{}" },
      {
        platform: "web",
        token: JSON.stringify({ ...web.subscribe(), endpoint: "https://internal.example/push/1" }),
      },
      { platform: "android", token: "x".repeat(40), timeZone: "Mars/Olympus" },
    ];
    for (const body of refusals) {
      const response = await call("POST", "/api/me/push-tokens", authorization, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.message).toMatch(/token|timeZone/);
    }
    await registerDevices(authorization);
    expect((await call("GET", "/api/me/push-tokens", authorization)).json().tokens).toHaveLength(3);
    // Turning every notification off forgets the devices at once.
    await notify(authorization, false);
    expect((await call("GET", "/api/me/push-tokens", authorization)).json().tokens).toEqual([]);
  });

  it("sends one 'report ready' to each device on every platform, with no content or score", async () => {
    const { authorization } = await signUpUser(t.app);
    await notify(authorization, true);
    const devices = await registerDevices(authorization);
    const id = await finishInterview(authorization, "system_design");
    await expect.poll(() => deliveredTo(devices), patiently).toEqual([1, 1, 1]);
    const [pushed] = webFor(devices.endpoint);
    expect(pushed?.payload).toEqual({
      title: "Mentara",
      body: "Your report for Ad Click Aggregator is ready",
      link: `/report/${id}`,
      tag: "report-ready",
    });
    expect(pushed?.claims).toMatchObject({ sub: "mailto:push@mentara.test" });
    expect(apnsFor(devices.ios)[0]?.payload).toEqual({
      aps: {
        alert: { title: "Mentara", body: "Your report for Ad Click Aggregator is ready" },
        sound: "default",
      },
      link: `/report/${id}`,
    });
    expect(fcmFor(devices.android)[0]?.message).toMatchObject({
      notification: { body: "Your report for Ad Click Aggregator is ready" },
      data: { link: `/report/${id}` },
    });
    // Nothing the candidate wrote and no score travels.
    const everything = JSON.stringify([pushed, apnsFor(devices.ios), fcmFor(devices.android)]);
    expect(everything).not.toContain("cache");
    expect(everything).not.toMatch(/score/i);
  });

  it("sends nothing to a user who turned 'report ready' off, and prunes tokens the services call gone", async () => {
    const quiet = await signUpUser(t.app);
    await notify(quiet.authorization, true, true);
    const quietDevices = await registerDevices(quiet.authorization);
    await notify(quiet.authorization, false, true);
    await finishInterview(quiet.authorization, "behavioral");

    const stale = await signUpUser(t.app);
    await notify(stale.authorization, true);
    const gone = await registerDevices(stale.authorization);
    web.expire(gone.endpoint);
    apns.unregistered.add(gone.ios);
    fcm.unregistered.add(gone.android);
    await finishInterview(stale.authorization, "behavioral");
    await expect
      .poll(
        async () => (await call("GET", "/api/me/push-tokens", stale.authorization)).json().tokens,
        patiently,
      )
      .toEqual([]);
    expect([
      webFor(quietDevices.endpoint),
      apnsFor(quietDevices.ios),
      fcmFor(quietDevices.android),
    ]).toEqual([[], [], []]);
    expect(
      (await call("GET", "/api/me/push-tokens", quiet.authorization)).json().tokens,
    ).toHaveLength(3);
  });

  it("tries again after 429 and 5xx, and reuses APNs' provider token and FCM's access token", async () => {
    const { authorization } = await signUpUser(t.app);
    await notify(authorization, true);
    const devices = await registerDevices(authorization);
    fcm.throttleNext(1);
    apns.failNext(503, "ServiceUnavailable");
    web.failNext(429);
    await finishInterview(authorization, "behavioral");
    await expect.poll(() => deliveredTo(devices), patiently).toEqual([1, 1, 1]);
    expect(new Set(apns.received.map((r) => r.jwt)).size).toBe(1);
    expect(fcm.tokensIssued).toBe(1);
    expect(webFor(devices.endpoint)[0]?.payload.body).toBe(
      "Your report for the behavioral interview is ready",
    );
  });

  it("reminds once when a pass begins on the interview's day and reads the clock again the next", async () => {
    const { authorization } = await signUpUser(t.app);
    await notify(authorization, false, true);
    const devices = await registerDevices(authorization, "Europe/Berlin");
    await finishInterview(authorization, "system_design");
    // A second process's queue on the same database: what it stores, the app's workers deliver.
    const queue = await createJobQueue(t.database);
    try {
      const deps = {
        notifications: createNotificationsRepository(t.database.db),
        sessions: createSessionsRepository(t.database.db),
        jobs: queue,
      };
      const nextDay = new Date("2026-12-11T13:00:00Z");
      let readings = 0;
      await sendReviewReminders({ ...deps, now: () => (readings++ === 0 ? clock : nextDay) });
      await sendReviewReminders({ ...deps, now: () => nextDay });
      await expect.poll(() => webFor(devices.endpoint).length, patiently).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(webFor(devices.endpoint)).toHaveLength(1);
    } finally {
      await queue.stop();
    }
  });

  it("reminds once in the user's daytime when a review is due, and never at night", async () => {
    const day = await signUpUser(t.app);
    const night = await signUpUser(t.app);
    await notify(day.authorization, false, true);
    const dayDevices = await registerDevices(day.authorization, "Europe/Berlin");
    await notify(night.authorization, false, true);
    const nightDevices = await registerDevices(night.authorization, "Asia/Tokyo");
    await finishInterview(day.authorization, "system_design");
    await finishInterview(night.authorization, "system_design");
    // Nothing is due on the day of the interview.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(webFor(dayDevices.endpoint)).toEqual([]);
    // The next day at 13:00 UTC: 14:00 in Berlin, 22:00 in Tokyo.
    clock = new Date("2026-12-11T13:00:00Z");
    await expect.poll(() => webFor(dayDevices.endpoint).length, patiently).toBe(1);
    expect(webFor(dayDevices.endpoint)[0]?.payload).toMatchObject({
      link: "/progress",
      tag: "review-reminder",
    });
    await expect.poll(() => apnsFor(dayDevices.ios).length, patiently).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(webFor(dayDevices.endpoint)).toHaveLength(1);
    expect(webFor(nightDevices.endpoint)).toEqual([]);
    clock = new Date("2026-12-10T12:00:00Z");
  });
});
