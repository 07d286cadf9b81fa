import { DomainError } from "@mentara/domain/errors";
import type { SessionDeps } from "../session-context.ts";

/** Whether session content leaves the server: an interviewer or a judge behind a provider. */
export function sendsContentToProviders(deps: Pick<SessionDeps, "model" | "judge">): boolean {
  return deps.model.name !== "offline" || deps.judge !== undefined;
}

/**
 * Refuses what would send the candidate's words or code to an AI provider once they have
 * withdrawn consent (policy §4). With the offline interviewer and no judge nothing leaves the
 * server, so interviews go on without consent.
 */
export async function assertAiConsent(
  userId: string,
  deps: Pick<SessionDeps, "model" | "judge" | "sessions">,
): Promise<void> {
  if (!sendsContentToProviders(deps)) return;
  if (await deps.sessions.hasAiConsent(userId)) return;
  throw new DomainError(
    "AI_CONSENT_REQUIRED",
    "You have withdrawn your consent to AI processing, and this interview would send what you write and your code to the AI provider. Give consent again in Profile to continue.",
    { consentPath: "/profile#ai-processing" },
  );
}
