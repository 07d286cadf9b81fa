import { eq } from "drizzle-orm";
import webpush from "web-push";
import type { Env } from "../../config/env.ts";
import type { Database } from "../../db/open-database.ts";
import { serverSecrets } from "../../db/schema.ts";
import { apnsHosts, createApnsSender } from "../../integrations/apns-sender.ts";
import { createFcmSender } from "../../integrations/fcm-sender.ts";
import { type PushSender, trustedCas } from "../../integrations/push-delivery.ts";
import { createWebPushSender, type VapidKeys } from "../../integrations/web-push-sender.ts";
import type { PushPlatform } from "./send-push.ts";

/**
 * The VAPID key pair: from WEB_PUSH_VAPID_* when set, otherwise made once and kept in the
 * database (like the sign-in token key), so subscriptions survive restarts.
 */
export async function loadVapidKeys(db: Database, env: Env): Promise<VapidKeys> {
  if (env.WEB_PUSH_VAPID_PUBLIC_KEY && env.WEB_PUSH_VAPID_PRIVATE_KEY)
    return { publicKey: env.WEB_PUSH_VAPID_PUBLIC_KEY, privateKey: env.WEB_PUSH_VAPID_PRIVATE_KEY };
  const made = webpush.generateVAPIDKeys();
  await db
    .insert(serverSecrets)
    .values({ name: "web-push-vapid", value: JSON.stringify(made) })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(serverSecrets)
    .where(eq(serverSecrets.name, "web-push-vapid"));
  if (!row) throw new Error("the Web Push keys could not be stored");
  return JSON.parse(row.value) as VapidKeys;
}

export interface PushSenders {
  senders: Partial<Record<PushPlatform, PushSender>>;
  vapidPublicKey: string;
  /** What is not configured, in words for the start-up log. */
  missing: string[];
}

/** Web Push always (its keys are made here); APNs and FCM when their settings are given. */
export async function createPushSenders(
  db: Database,
  env: Env,
  /** A CA to trust besides the system's (the tests' loopback fakes). */
  extraCa?: string,
): Promise<PushSenders> {
  const ca = trustedCas(extraCa);
  const vapid = await loadVapidKeys(db, env);
  const senders: Partial<Record<PushPlatform, PushSender>> = {
    web: createWebPushSender({
      vapid,
      subject: env.WEB_PUSH_SUBJECT ?? `mailto:${env.PRIVACY_CONTACT_EMAIL}`,
      allowedHosts: env.WEB_PUSH_ALLOWED_HOSTS,
      ca,
    }),
  };
  const missing: string[] = [];
  if (env.APNS_KEY_ID && env.APNS_TEAM_ID && env.APNS_PRIVATE_KEY && env.APNS_TOPIC)
    senders.ios = createApnsSender({
      keyId: env.APNS_KEY_ID,
      teamId: env.APNS_TEAM_ID,
      privateKey: env.APNS_PRIVATE_KEY,
      topic: env.APNS_TOPIC,
      url: env.APNS_URL ?? apnsHosts[env.APNS_ENVIRONMENT],
      ca,
    });
  else missing.push("iOS (APNs): set APNS_KEY_ID, APNS_TEAM_ID, APNS_PRIVATE_KEY and APNS_TOPIC");
  if (env.FCM_SERVICE_ACCOUNT_JSON)
    senders.android = createFcmSender({
      account: env.FCM_SERVICE_ACCOUNT_JSON,
      apiUrl: env.FCM_API_URL,
      ca,
    });
  else missing.push("Android (FCM): set FCM_SERVICE_ACCOUNT_JSON");
  return { senders, vapidPublicKey: vapid.publicKey, missing };
}
