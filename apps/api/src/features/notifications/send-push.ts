import type { PushMessage, PushSender } from "../../integrations/push-delivery.ts";
import type { NotificationsRepository } from "./notifications-repository.ts";

export const sendPushJob = "send-push";
/** One notification to one device; retried on its own, so one slow device delays no other. */
export interface SendPushJob {
  tokenId: string;
  message: PushMessage;
}

export type PushPlatform = "web" | "ios" | "android";

/**
 * Sends one notification to one device. A token the service says is gone is deleted; "retry
 * later" (429, 5xx, no answer) throws so the queue tries again with backoff. A device whose
 * platform has no sender configured is skipped (start-up and the health check say so).
 */
export async function sendPush(
  job: SendPushJob,
  deps: {
    notifications: NotificationsRepository;
    senders: Partial<Record<PushPlatform, PushSender>>;
    onSent?: (job: SendPushJob, platform: string) => void;
  },
): Promise<void> {
  const device = await deps.notifications.findToken(job.tokenId);
  if (!device) return; // unregistered since
  const sender = deps.senders[device.platform as PushPlatform];
  if (!sender) return;
  const delivery = await sender.send(device.token, job.message);
  if (delivery === "gone") await deps.notifications.pruneToken(device.id);
  else deps.onSent?.(job, device.platform);
}
