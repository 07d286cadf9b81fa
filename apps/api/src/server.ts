import { createSandbox } from "@mentara/sandbox/create-sandbox";
import { buildApp } from "./build-app.ts";
import { parseEnv } from "./config/env.ts";
import { openDatabase } from "./db/open-database.ts";

/** `npm start`: configuration, database, warm code runners, then the HTTP server. */
async function main(): Promise<void> {
  const startedAt = performance.now();
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv(process.env);
  } catch (error: unknown) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const [database, sandbox] = await Promise.all([
    openDatabase({ url: env.DATABASE_URL, dataDir: env.DATA_DIR }),
    createSandbox({
      jsWorkers: env.SANDBOX_JS_WORKERS,
      pythonWorkers: env.SANDBOX_PYTHON_WORKERS,
      maxQueue: env.SANDBOX_MAX_QUEUE,
      ...(env.SANDBOX_PISTON_URL
        ? { piston: { url: env.SANDBOX_PISTON_URL, mode: env.SANDBOX_PISTON_MODE } }
        : {}),
    }),
  ]);
  const app = await buildApp({ env, database, sandbox });
  await app.listen({ port: env.PORT, host: env.HOST });
  app.log.info(
    {
      db: database.kind,
      ai: env.AI_PROVIDER,
      startupMs: Math.round(performance.now() - startedAt),
    },
    `Mentara is ready at http://localhost:${env.PORT}`,
  );

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
