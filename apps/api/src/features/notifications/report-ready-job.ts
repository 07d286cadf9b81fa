import type { UsersRepository } from "../auth/users-repository.ts";
import type { NotificationsRepository } from "./notifications-repository.ts";
import { reportReadyMessage } from "./push-messages.ts";
import { type SendPushJob, sendPushJob } from "./send-push.ts";

export const reportReadyJob = "report-ready-push";
/** A report was written: tell the user's devices, if they asked for it. */
export interface ReportReadyJob {
  userId: string;
  sessionId: string;
  type: string;
  /** The question's id in the bank; its title is said in the user's language. */
  problemId: string;
}

/**
 * Queues one push per registered device for a report just written, only for users who turned on
 * "report ready", and only once per report (a retried job finds it claimed).
 */
export async function notifyReportReady(
  job: ReportReadyJob,
  deps: {
    users: UsersRepository;
    notifications: NotificationsRepository;
    jobs: { send(name: string, data: object): Promise<void> };
    now: () => Date;
  },
): Promise<void> {
  const user = await deps.users.findById(job.userId);
  if (!user?.notifyReportReady) return;
  const devices = await deps.notifications.listTokens(user.id);
  if (devices.length === 0) return;
  if (!(await deps.notifications.claimReportNotice(job.sessionId, deps.now()))) return;
  const message = reportReadyMessage({ locale: user.locale, ...job });
  for (const device of devices)
    await deps.jobs.send(sendPushJob, { tokenId: device.id, message } satisfies SendPushJob);
}
