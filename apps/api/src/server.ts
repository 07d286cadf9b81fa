import { createSandbox } from "@mentara/sandbox/create-sandbox";
import { parseEnv } from "./config/env.ts";
import { openDatabase } from "./db/open-database.ts";
import { reportEngineStates } from "./features/health/engine-states.ts";

/**
 * `npm start`: configuration, then together the code runners (their worker threads start first,
 * so they boot on the other core), the database and the rest of the server's code with the
 * question bank (imported here, not above, so its loading overlaps the database's waits); then
 * the HTTP server, which answers as soon as those are ready. The code runners keep warming
 * behind it (health names those still warming); a run that arrives first waits for its engine.
 */
async function main(): Promise<void> {
  const startedAt = performance.now();
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(process.env);
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const [sandbox, database, { buildApp }] = await Promise.all([
    createSandbox({
      jsWorkers: env.SANDBOX_JS_WORKERS,
      pythonWorkers: env.SANDBOX_PYTHON_WORKERS,
      maxQueue: env.SANDBOX_MAX_QUEUE,
      waitForWarmUp: false,
      ...(env.SANDBOX_CACHE_DIR ? { pythonSnapshotDir: env.SANDBOX_CACHE_DIR } : {}),
      ...(env.SANDBOX_PISTON_URL
        ? { piston: { url: env.SANDBOX_PISTON_URL, mode: env.SANDBOX_PISTON_MODE } }
        : {}),
    }),
    openDatabase({
      url: env.DATABASE_URL,
      dataDir: env.DATA_DIR,
      template: env.DATABASE_TEMPLATE,
    }),
    import("./build-app.ts"),
  ]);
  reportEngineStates(() => sandbox.engines());
  const app = await buildApp({ env, database, sandbox });
  await app.listen({ port: env.PORT, host: env.HOST });
  app.log.info(
    {
      db: database.kind,
      ai: env.AI_PROVIDER,
      engines: sandbox.engines(),
      startupMs: Math.round(performance.now() - startedAt),
    },
    `Mentara is ready at http://localhost:${env.PORT}`,
  );
  void sandbox.whenWarm().then((engines) => {
    const failed = Object.values(engines).includes("failed");
    const log = {
      engines,
      sandbox: sandbox.stats(),
      warmMs: Math.round(performance.now() - startedAt),
    };
    if (failed) app.log.error(log, "a code runner could not start; its runs are refused");
    else app.log.info(log, "code runners warm");
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.drain();
    await app.close();
    await app.drain();
    await sandbox.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

await main();
