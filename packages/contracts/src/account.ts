import { locales, targetRoles } from "@mentara/domain/interview";
import { z } from "zod";
import { birthMonth } from "./age-gate.ts";
import { interviewLevel } from "./sessions.ts";

export const locale = z.enum(locales, { error: "choose English (en) or Russian (ru)" });
export const targetRole = z.enum(targetRoles, { error: "choose one of the listed roles" });
export const notificationChoices = z.object({
  /** A push notification when a report is ready. */
  reportReady: z.boolean(),
  /** Reminders when a problem is due for review. */
  reminders: z.boolean(),
});

/** The signed-in user's own record: what the Profile page shows and edits. */
export const meResponse = z.object({
  id: z.string(),
  email: z.string().nullable(),
  name: z.string().nullable(),
  birthYear: z.number().nullable(),
  locale,
  targetRole: targetRole.nullable(),
  level: interviewLevel.nullable(),
  aiConsentAt: z.string().nullable(),
  /** False until onboarding is finished; interviews need it. */
  onboarded: z.boolean(),
  notifications: notificationChoices,
  /** Whether the one-time offer of notifications (after the first report) was answered. */
  pushOffered: z.boolean(),
  signInMethod: z.enum(["local", "clerk"]),
  createdAt: z.string(),
});
export type Me = z.infer<typeof meResponse>;

const birthYear = z
  .number({ error: "enter your year of birth, such as 1994" })
  .int("enter your year of birth, such as 1994")
  .min(1900, "enter your year of birth, such as 1994")
  .max(2100, "enter your year of birth, such as 1994");

/** A month of birth means nothing without the year it belongs to. */
const monthHasItsYear = (body: { birthYear?: number; birthMonth?: number }) =>
  body.birthMonth === undefined || body.birthYear !== undefined;
const monthWithoutYear = {
  message: "send birthMonth together with birthYear",
  path: ["birthMonth"],
};

/**
 * Onboarding: the age gate (year of birth, when sign-up did not ask), consent to AI processing
 * (policy §4), target role and level, and the interface language.
 */
export const onboardingBody = z
  .object({
    birthYear: birthYear.optional(),
    /** Only when the year leaves the age gate open; never stored. */
    birthMonth: birthMonth.optional(),
    aiConsent: z.literal(true, {
      error: "agree to AI processing to practise with the AI interviewer",
    }),
    targetRole,
    level: interviewLevel,
    locale,
  })
  .refine(monthHasItsYear, monthWithoutYear);
export type OnboardingBody = z.input<typeof onboardingBody>;

/** Profile edits: any of these; at least one. A corrected year of birth passes the age gate. */
export const profileBody = z
  .object({
    birthYear,
    birthMonth,
    name: z.string().trim().max(100, "keep the name under 100 characters").nullable(),
    targetRole,
    level: interviewLevel,
    locale,
    notifications: notificationChoices.partial(),
    /** The one-time offer of notifications was answered (yes or no): do not offer it again. */
    pushOffered: z.literal(true, { error: "pushOffered can only be set to true" }),
  })
  .partial()
  .refine((body) => Object.keys(body).length > 0, "send at least one field to change")
  .refine(monthHasItsYear, monthWithoutYear);
export type ProfileBody = z.input<typeof profileBody>;

export const pushTokenBody = z.object({
  platform: z.enum(["ios", "android", "web"], { error: "platform is ios, android or web" }),
  /** APNs device token (hex), FCM registration token, or the Web Push subscription as JSON. */
  token: z.string().min(1, "the device token is empty").max(4096, "the device token is too long"),
  /** The device's IANA time zone, so review reminders come in daytime (such as Europe/Berlin). */
  timeZone: z.string().max(64, "the time zone is too long").optional(),
});
export const pushToken = z.object({
  id: z.string(),
  platform: z.string(),
  createdAt: z.string(),
});
export const pushTokenList = z.object({ tokens: z.array(pushToken) });

/** What the web app needs to know before sign-in. */
export const publicConfig = z.object({
  /** Set when Clerk signs users in; otherwise local accounts. */
  clerkPublishableKey: z.string().nullable(),
  /** The privacy policy's "updated" date (YYYY-MM-DD). */
  privacyPolicyUpdated: z.string(),
  contactEmail: z.string(),
  /** The server's VAPID public key, for Web Push subscriptions. */
  webPushKey: z.string(),
});
export type PublicConfig = z.infer<typeof publicConfig>;

/** What deleting an account did: our data is gone at once; external identities follow by job. */
export const accountDeletionResult = z.object({
  deleted: z.boolean(),
  clerk: z.enum(["queued", "not_needed", "not_configured"]),
  revenueCat: z.enum(["queued", "not_configured"]),
});
export type AccountDeletionResult = z.infer<typeof accountDeletionResult>;
