import { createSandbox, type Sandbox } from "@mentara/sandbox/create-sandbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../testing/start-test-app.ts";
import { reportEngineStates } from "./engine-states.ts";

let t: TestApp;
let warming: Sandbox;
beforeAll(async () => {
  t = await startTestApp();
  // As server.ts starts it: answering at once while Python warms up.
  warming = await createSandbox({
    jsWorkers: 1,
    pythonWorkers: 1,
    maxQueue: 4,
    waitForWarmUp: false,
  });
  reportEngineStates(() => warming.engines());
}, 60_000);
afterAll(async () => {
  await warming?.close();
  await t?.close();
});

describe("health while the code runners warm up", () => {
  it("answers at once and names the engines still warming, then says they are ready", async () => {
    const early = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(early.statusCode).toBe(200);
    expect(early.json()).toMatchObject({ status: "ok", engines: { pyodide: "warming" } });

    await warming.whenWarm();
    const later = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(later.json()).toMatchObject({
      status: "ok",
      engines: { quickjs: "ready", pyodide: "ready" },
    });
  }, 60_000);
});
