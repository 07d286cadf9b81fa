import type { ServerResponse } from "node:http";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import rateLimit from "@fastify/rate-limit";
import swagger from "@fastify/swagger";
import type { ModelPort } from "@mentara/interviewer/model/model-port";
import type { JudgePort } from "@mentara/interviewer/scoring/judge-port";
import type { Sandbox } from "@mentara/sandbox/create-sandbox";
import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from "fastify-type-provider-zod";
import apiPackage from "../package.json" with { type: "json" };
import { contentSecurityPolicy } from "./config/content-security-policy.ts";
import type { Env } from "./config/env.ts";
import { createInterviewerModel, createJudge } from "./config/interviewer-model.ts";
import type { OpenDatabase } from "./db/open-database.ts";
import { createAccountRepository } from "./features/account/account-repository.ts";
import { accountRoutes } from "./features/account/account-routes.ts";
import { aiConsentRoutes } from "./features/account/ai-consent-routes.ts";
import { clerkWebhookRoutes } from "./features/account/clerk-webhook-routes.ts";
import { credentialsRoutes } from "./features/account/credentials-routes.ts";
import { createAccountDeletion } from "./features/account/delete-account.ts";
import {
  type DeleteExternalIdentitiesJob,
  deleteExternalIdentities,
  deleteExternalIdentitiesJob,
} from "./features/account/delete-external-identities.ts";
import { appLinksRoutes, nativeAppOrigins } from "./features/app-links/app-links-routes.ts";
import { authRoutes } from "./features/auth/auth-routes.ts";
import { createAuthenticator } from "./features/auth/authenticator.ts";
import { createTokenService, loadSigningSecret } from "./features/auth/tokens.ts";
import { createUsersRepository } from "./features/auth/users-repository.ts";
import { createAllowance } from "./features/billing/allowance.ts";
import { createBillingRepository } from "./features/billing/billing-repository.ts";
import { billingRoutes } from "./features/billing/billing-routes.ts";
import { revenueCatWebhookRoutes } from "./features/billing/revenuecat-webhook-routes.ts";
import {
  createSubscriptionSync,
  type ReconcileSubscriberJob,
  reconcileSubscriberJob,
} from "./features/billing/subscription-sync.ts";
import { catalogRoutes } from "./features/catalog/catalog-routes.ts";
import { createDiagnosticsRepository } from "./features/diagnostics/diagnostics-repository.ts";
import { diagnosticsRoutes } from "./features/diagnostics/diagnostics-routes.ts";
import {
  purgeOldDiagnostics,
  recordServerError,
} from "./features/diagnostics/server-diagnostics.ts";
import { healthRoutes } from "./features/health/health-routes.ts";
import { createNotificationsRepository } from "./features/notifications/notifications-repository.ts";
import { createPushSenders } from "./features/notifications/push-senders.ts";
import { pushTokenRoutes } from "./features/notifications/push-token-routes.ts";
import {
  notifyReportReady,
  type ReportReadyJob,
  reportReadyJob,
} from "./features/notifications/report-ready-job.ts";
import { sendReviewReminders } from "./features/notifications/review-reminders.ts";
import { type SendPushJob, sendPush, sendPushJob } from "./features/notifications/send-push.ts";
import { progressRoutes } from "./features/progress/progress-routes.ts";
import { endOverdueSessions } from "./features/sessions/ending/end-overdue-sessions.ts";
import { type WriteReportJob, writeReportJob } from "./features/sessions/report/report-job.ts";
import { writeReport } from "./features/sessions/report/write-report.ts";
import type { FirstTokenTiming } from "./features/sessions/session-context.ts";
import { sessionRoutes } from "./features/sessions/session-routes.ts";
import { createSessionsRepository } from "./features/sessions/sessions-repository.ts";
import { createWhiteboardRepository } from "./features/sessions/whiteboard/whiteboard-repository.ts";
import { whiteboardRoutes } from "./features/sessions/whiteboard/whiteboard-routes.ts";
import { speechRoutes } from "./features/speech/speech-routes.ts";
import { registerAuthentication } from "./http/authenticate.ts";
import { refuseAddress, registerErrorHandler } from "./http/error-handler.ts";
import { logOptions } from "./http/log-options.ts";
import { serveWebApp } from "./http/serve-web-app.ts";
import { createClerkBackendApi } from "./integrations/clerk-backend-api.ts";
import { createRevenueCatApi } from "./integrations/revenuecat-api.ts";
import { createJobQueue } from "./jobs/job-queue.ts";
import { createInFlight } from "./realtime/in-flight.ts";
import { createSerializer } from "./realtime/serialize-by-key.ts";
import { createSessionEventBus } from "./realtime/session-event-bus.ts";
import { createSessionMemory } from "./realtime/session-memory.ts";

export interface AppDependencies {
  env: Env;
  database: OpenDatabase;
  sandbox: Sandbox;
  now?: () => Date;
  /** Pino options, or false for no logs (tests). */
  logger?: boolean | Record<string, unknown>;
  /** Pause between streamed words of the offline interviewer. */
  streamDelayMs?: number;
  /** The interviewer's model; by default built from the environment (offline unless configured). */
  model?: ModelPort;
  /** The judge; by default built from the environment (none unless configured). */
  judge?: JudgePort;
  /** How often to end interviews whose time is up. */
  sweepEveryMs?: number;
  /** First wait before a failed external deletion is tried again (then backing off). */
  retryDelaySeconds?: number;
  /** A CA to trust besides the system's for push services (the tests' loopback fakes). */
  extraCa?: string;
  /** How often to look for users due a review reminder. */
  remindEveryMs?: number;
  /** How often to delete crash reports past their 30 days. */
  purgeEveryMs?: number;
}

/** Everything but listening: the same app serves `npm start` and the tests' `inject`. */
export async function buildApp(
  deps: AppDependencies,
): Promise<FastifyInstance & { drain(): Promise<void> }> {
  const app = Fastify({
    logger: deps.logger === undefined ? logOptions(deps.env.LOG_LEVEL) : deps.logger,
    bodyLimit: 512 * 1024,
    frameworkErrors: refuseAddress,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const internalErrors = { current: (_error: unknown, _request: FastifyRequest) => {} };
  registerErrorHandler(app, internalErrors);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: contentSecurityPolicy({
        clerkPublishableKey: deps.env.CLERK_PUBLISHABLE_KEY,
        // The purchase SDK runs only where billing is on.
        webPurchases:
          deps.env.REVENUECAT_SECRET_KEY && deps.env.REVENUECAT_WEB_API_KEY
            ? {
                apiKey: deps.env.REVENUECAT_WEB_API_KEY,
                proxyUrl: deps.env.REVENUECAT_WEB_PROXY_URL,
              }
            : undefined,
        analytics: deps.env.CLOUDFLARE_ANALYTICS_TOKEN !== undefined,
      }),
    },
  });
  // The iOS and Android apps call the API from their WebViews' own origins; nothing else is admitted.
  await app.register(cors, {
    origin: nativeAppOrigins,
    methods: ["GET", "POST", "PUT", "PATCH", "DELETE"],
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: { title: "Mentara API", version: "0.1.0" },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
    },
    transform: jsonSchemaTransform,
  });

  const now = deps.now ?? (() => new Date());
  const users = createUsersRepository(deps.database.db);
  const sessions = createSessionsRepository(deps.database.db);
  const accounts = createAccountRepository(deps.database.db);
  const { env } = deps;
  // Integrations that are configured load their packages here; the rest are never loaded, so a
  // default start does not spend its time on them (decision 016).
  const tokens = createAuthenticator({
    local: createTokenService(await loadSigningSecret(deps.database.db, env.JWT_SECRET)),
    clerk:
      env.CLERK_JWT_KEY && env.CLERK_AUTHORIZED_PARTIES
        ? (await import("./integrations/verify-clerk-token.ts")).createClerkTokenVerifier({
            jwtKey: env.CLERK_JWT_KEY,
            authorizedParties: [...env.CLERK_AUTHORIZED_PARTIES, ...nativeAppOrigins],
          })
        : undefined,
    users,
  });
  const speech =
    env.STT_PROVIDER || env.TTS_PROVIDER
      ? (await import("./integrations/speech-providers.ts")).createSpeechProviders(env)
      : { transcriber: undefined, synthesizer: undefined };
  const bus = createSessionEventBus(sessions);
  const pending = new Set<Promise<unknown>>();
  const background = (task: Promise<unknown>) => {
    const tracked = task.catch((error: unknown) =>
      app.log.error({ err: error }, "background task failed"),
    );
    pending.add(tracked);
    void tracked.finally(() => pending.delete(tracked));
  };
  const model = deps.model ?? (await createInterviewerModel(deps.env, deps.streamDelayMs ?? 15));
  const judge = deps.judge ?? (await createJudge(deps.env));
  const openStreams = new Set<ServerResponse>();
  const jobs = await createJobQueue(deps.database);
  app.addHook("preClose", async () => {
    for (const stream of openStreams) stream.end();
  });
  // Billing is on only with RevenueCat: without it everyone has every feature.
  const revenueCatApi = env.REVENUECAT_SECRET_KEY
    ? createRevenueCatApi({ secretKey: env.REVENUECAT_SECRET_KEY, baseUrl: env.REVENUECAT_API_URL })
    : undefined;
  const billingRepository = createBillingRepository(deps.database.db);
  const subscriptionSync = revenueCatApi
    ? createSubscriptionSync({
        repository: billingRepository,
        revenueCat: revenueCatApi,
        entitlement: env.REVENUECAT_ENTITLEMENT,
        now,
        jobs,
        log: app.log,
      })
    : undefined;
  const allowance = createAllowance({
    repository: billingRepository,
    sync: subscriptionSync,
    entitlement: env.REVENUECAT_ENTITLEMENT,
    perMonth: env.FREE_INTERVIEWS_PER_MONTH,
    now,
  });
  const sessionDeps = {
    allowance,
    openStreams,
    sessions,
    boards: createWhiteboardRepository(deps.database.db),
    bus,
    sandbox: deps.sandbox,
    now,
    background,
    model,
    judge,
    jobs,
    serialize: createSerializer(),
    inFlight: createInFlight(),
    recordFirstToken: (timing: FirstTokenTiming) => app.log.info(timing, "interviewer first token"),
    memory: createSessionMemory(),
  };

  // Ends interviews whose time is up even when nobody is talking; stopped when the app closes.
  const sweeper = setInterval(() => {
    background(endOverdueSessions(sessionDeps));
  }, deps.sweepEveryMs ?? 15_000);
  sweeper.unref();
  app.addHook("onClose", async () => clearInterval(sweeper));

  // Reports are written by a durable job; one that a crashed process left unwritten is queued
  // again at start (the job is idempotent, so a duplicate costs only work).
  await jobs.register<WriteReportJob>(
    writeReportJob,
    { expireInSeconds: Math.ceil(deps.env.JUDGE_TIMEOUT_MS / 1000) + 60, retryLimit: 5 },
    (job) => writeReport(job, sessionDeps),
  );
  // A deleted account's Clerk user and RevenueCat subscriber: retried with backoff until gone.
  const clerkApi = env.CLERK_SECRET_KEY
    ? createClerkBackendApi({ secretKey: env.CLERK_SECRET_KEY, baseUrl: env.CLERK_API_URL })
    : undefined;
  await jobs.register<DeleteExternalIdentitiesJob>(
    deleteExternalIdentitiesJob,
    { expireInSeconds: 120, retryLimit: 50, retryDelaySeconds: deps.retryDelaySeconds ?? 30 },
    (job) => deleteExternalIdentities(job, { clerk: clerkApi, revenueCat: revenueCatApi }),
  );
  // A subscriber RevenueCat could not be read for at once: read again with backoff.
  if (subscriptionSync)
    await jobs.register<ReconcileSubscriberJob>(
      reconcileSubscriberJob,
      { expireInSeconds: 60, retryLimit: 20, retryDelaySeconds: deps.retryDelaySeconds ?? 30 },
      async (job) => {
        if ((await billingRepository.existingUsers([job.userId])).length > 0)
          await subscriptionSync.reconcile(job.userId);
      },
    );
  const deletion = createAccountDeletion({
    users,
    jobs,
    configured: { clerk: clerkApi !== undefined, revenueCat: revenueCatApi !== undefined },
    onDeleted: (userId, clerkUserId) => tokens.forget(userId, clerkUserId),
  });
  // Push: "your report is ready" and review reminders, each device's send a job of its own.
  const notifications = createNotificationsRepository(deps.database.db);
  const push = await createPushSenders(deps.database.db, env, deps.extraCa);
  for (const missing of push.missing) app.log.info(`push notifications off for ${missing}`);
  await jobs.register<SendPushJob>(
    sendPushJob,
    { expireInSeconds: 60, retryLimit: 6, retryDelaySeconds: deps.retryDelaySeconds ?? 10 },
    (job) => sendPush(job, { notifications, senders: push.senders }),
  );
  await jobs.register<ReportReadyJob>(
    reportReadyJob,
    { expireInSeconds: 60, retryLimit: 5, retryDelaySeconds: deps.retryDelaySeconds ?? 10 },
    (job) => notifyReportReady(job, { users, notifications, jobs, now }),
  );
  // A pass that outlasts the interval is not joined by a second one.
  let reminding = false;
  const reminders = setInterval(
    () => {
      if (reminding) return;
      reminding = true;
      background(
        sendReviewReminders({ notifications, sessions, jobs, now }).finally(() => {
          reminding = false;
        }),
      );
    },
    deps.remindEveryMs ?? 10 * 60_000,
  );
  reminders.unref();
  app.addHook("onClose", async () => clearInterval(reminders));
  // Crash reports: the server's own 5xx join the clients' reports; all go after 30 days.
  const diagnostics = createDiagnosticsRepository(deps.database.db);
  internalErrors.current = recordServerError(diagnostics, now, apiPackage.version);
  const purgeDiagnostics = () => background(purgeOldDiagnostics(diagnostics, now()));
  purgeDiagnostics();
  const purger = setInterval(purgeDiagnostics, deps.purgeEveryMs ?? 86_400_000);
  purger.unref();
  app.addHook("onClose", async () => clearInterval(purger));
  for (const session of await sessions.endedWithoutReport())
    await jobs.send(writeReportJob, { sessionId: session.id, userId: session.userId });
  app.addHook("onClose", async () => jobs.stop());

  registerAuthentication(app, tokens);
  await app.register(
    async (api) => {
      await api.register(
        healthRoutes({
          database: deps.database,
          ai: model.name,
          judge: judge?.name ?? "offline",
          billing: subscriptionSync ? "revenuecat" : "off",
          push: {
            web: push.senders.web !== undefined,
            ios: push.senders.ios !== undefined,
            android: push.senders.android !== undefined,
          },
        }),
      );
      await api.register(authRoutes({ users, tokens, now }));
      await api.register(
        accountRoutes({
          env,
          users,
          accounts,
          deletion,
          now,
          webPushKey: push.vapidPublicKey,
          forgetDevices: (userId) => notifications.deleteAllTokens(userId),
        }),
      );
      await api.register(aiConsentRoutes({ users, now }));
      await api.register(credentialsRoutes({ users, tokens }));
      await api.register(
        pushTokenRoutes({ users, notifications, allowedWebPushHosts: env.WEB_PUSH_ALLOWED_HOSTS }),
      );
      await api.register(
        clerkWebhookRoutes({
          signingSecret: env.CLERK_WEBHOOK_SIGNING_SECRET,
          users,
          accounts,
          deletion,
        }),
      );
      await api.register(
        revenueCatWebhookRoutes({
          authorization: env.REVENUECAT_WEBHOOK_AUTH,
          sync: subscriptionSync,
        }),
      );
      await api.register(
        billingRoutes({
          allowance,
          repository: billingRepository,
          sync: subscriptionSync,
          entitlement: env.REVENUECAT_ENTITLEMENT,
          perMonth: env.FREE_INTERVIEWS_PER_MONTH,
          purchases: {
            entitlement: env.REVENUECAT_ENTITLEMENT,
            webApiKey: env.REVENUECAT_WEB_API_KEY ?? null,
            iosApiKey: env.REVENUECAT_IOS_API_KEY ?? null,
            androidApiKey: env.REVENUECAT_ANDROID_API_KEY ?? null,
            webProxyUrl: env.REVENUECAT_WEB_PROXY_URL?.replace(/\/+$/, "") ?? null,
          },
          now,
        }),
      );
      await api.register(catalogRoutes());
      await api.register(diagnosticsRoutes({ diagnostics, now }));
      await api.register(sessionRoutes({ ...sessionDeps, users }));
      await api.register(whiteboardRoutes(sessionDeps));
      await api.register(progressRoutes({ sessions, now }));
      await api.register(
        speechRoutes({
          ...speech,
          maxAudioBytes: Math.round(env.STT_MAX_AUDIO_MB * 1024 * 1024),
          hasAiConsent: (userId) => sessions.hasAiConsent(userId),
        }),
      );
      api.get("/docs", { schema: { hide: true } }, async () => app.swagger());
    },
    { prefix: "/api" },
  );
  await app.register(
    appLinksRoutes({
      appleTeamId: env.APPLE_TEAM_ID,
      androidCertSha256: env.ANDROID_CERT_SHA256,
    }),
  );
  await serveWebApp(app, deps.env.WEB_DIST, deps.env.CLOUDFLARE_ANALYTICS_TOKEN);

  return Object.assign(app, {
    /** Waits for replies still streaming, so shutdown loses no stored turn. */
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
  });
}
