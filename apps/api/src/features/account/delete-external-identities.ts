import type { createClerkBackendApi } from "../../integrations/clerk-backend-api.ts";
import type { createRevenueCatApi } from "../../integrations/revenuecat-api.ts";

export const deleteExternalIdentitiesJob = "delete-external-identities";

/** What is left of a deleted account outside our database; the job keeps only these ids. */
export interface DeleteExternalIdentitiesJob {
  clerkUserId?: string;
  revenueCatAppUserId?: string;
}

/**
 * Deletes the Clerk user and the RevenueCat subscriber of a deleted account. Both calls treat
 * "already gone" as done, so a retried job is harmless; any other failure throws and the queue
 * tries again later.
 */
export async function deleteExternalIdentities(
  job: DeleteExternalIdentitiesJob,
  deps: {
    clerk: ReturnType<typeof createClerkBackendApi> | undefined;
    revenueCat: ReturnType<typeof createRevenueCatApi> | undefined;
  },
): Promise<void> {
  const { clerkUserId, revenueCatAppUserId } = job;
  const calls = [
    clerkUserId && deps.clerk ? deps.clerk.deleteUser(clerkUserId) : undefined,
    revenueCatAppUserId && deps.revenueCat
      ? deps.revenueCat.deleteSubscriber(revenueCatAppUserId)
      : undefined,
  ];
  const failures = (await Promise.allSettled(calls)).flatMap((result) =>
    result.status === "rejected" ? [result.reason] : [],
  );
  if (failures.length > 0)
    throw new AggregateError(failures, "external identities not yet deleted");
}
