import type { AccountDeletionResult } from "@mentara/contracts/account";
import type { UsersRepository } from "../auth/users-repository.ts";
import {
  type DeleteExternalIdentitiesJob,
  deleteExternalIdentitiesJob,
} from "./delete-external-identities.ts";

export interface AccountDeletion {
  /**
   * Removes the user and every row that holds their data (one delete; every user table cascades
   * from `users`), then queues the removal of their identity at Clerk and RevenueCat as a durable
   * job that is retried until it succeeds, and forgets every other job that names them.
   * `keepClerkUser`: Clerk already deleted it (its webhook).
   */
  deleteAccount(
    userId: string,
    options?: { keepClerkUser?: boolean },
  ): Promise<AccountDeletionResult>;
}

export function createAccountDeletion(deps: {
  users: UsersRepository;
  jobs: {
    send(name: string, data: object): Promise<void>;
    forget(values: string[]): Promise<void>;
  };
  /** Which external services this server can delete from (their secret keys are set). */
  configured: { clerk: boolean; revenueCat: boolean };
  /** Called once the user is gone, so no cached sign-in outlives the account. */
  onDeleted: (userId: string, clerkUserId: string | null) => void;
}): AccountDeletion {
  return {
    async deleteAccount(userId, options = {}) {
      const user = await deps.users.delete(userId);
      deps.onDeleted(userId, user?.clerkUserId ?? null);
      // Queued or failed jobs that name the user go too; the job below holds only the ids it
      // needs, and is deleted once it succeeds.
      await deps.jobs.forget(
        [userId, user?.email, user?.clerkUserId].filter((v): v is string => Boolean(v)),
      );
      const clerkUserId = options.keepClerkUser ? undefined : (user?.clerkUserId ?? undefined);
      const job: DeleteExternalIdentitiesJob = {
        ...(clerkUserId && deps.configured.clerk ? { clerkUserId } : {}),
        ...(deps.configured.revenueCat ? { revenueCatAppUserId: userId } : {}),
      };
      if (job.clerkUserId || job.revenueCatAppUserId)
        await deps.jobs.send(deleteExternalIdentitiesJob, job);
      return {
        deleted: user !== undefined,
        clerk: !clerkUserId ? "not_needed" : deps.configured.clerk ? "queued" : "not_configured",
        revenueCat: deps.configured.revenueCat ? "queued" : "not_configured",
      };
    },
  };
}
