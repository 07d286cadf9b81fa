import { locale, type Me, targetRole } from "@mentara/contracts/account";
import { interviewLevel } from "@mentara/contracts/sessions";
import type { UserRow } from "../auth/users-repository.ts";

/** A user row as the user sees it: never the password hash. */
export function toMe(user: UserRow): Me {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    birthYear: user.birthYear,
    locale: locale.catch("en").parse(user.locale),
    targetRole: targetRole.nullable().catch(null).parse(user.targetRole),
    level: interviewLevel.nullable().catch(null).parse(user.level),
    aiConsentAt: user.aiConsentAt?.toISOString() ?? null,
    // Consent withdrawn later leaves the user onboarded: Profile gives it again, not onboarding.
    onboarded: user.onboardedAt !== null,
    notifications: { reportReady: user.notifyReportReady, reminders: user.notifyReminders },
    pushOffered: user.pushOfferedAt !== null,
    signInMethod: user.clerkUserId ? "clerk" : "local",
    createdAt: user.createdAt.toISOString(),
  };
}
