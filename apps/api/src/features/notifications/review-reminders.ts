import { loadProgress } from "../progress/load-progress.ts";
import type { SessionsRepository } from "../sessions/sessions-repository.ts";
import type { NotificationsRepository } from "./notifications-repository.ts";
import { reviewReminderMessage } from "./push-messages.ts";
import { type SendPushJob, sendPushJob } from "./send-push.ts";

/** Reminders come between 10:00 and 20:00 in the user's time zone, at most one in 20 hours. */
const daytime = { from: 10, to: 20 };
const minimumGapMs = 20 * 3600_000;

/** The hour of `at` in the time zone (UTC when it is unknown or not a zone). */
export function localHour(at: Date, timeZone: string | null): number {
  try {
    const hour = new Intl.DateTimeFormat("en-GB", {
      hour: "numeric",
      hourCycle: "h23",
      timeZone: timeZone ?? "UTC",
    }).format(at);
    return Number(hour);
  } catch {
    return at.getUTCHours();
  }
}

/**
 * One pass of the review reminders: for each user with reminders on and a device, in daytime
 * where they are, and not reminded in the last 20 hours, a push goes to each device when a
 * problem is due for review (the spaced-repetition list). Returns how many users were reminded.
 * The whole pass judges by one instant: a pass that read the clock twice could find a review due
 * by its later reading but record the reminder at its earlier one, which a later pass would take
 * for a reminder 20 hours old and send again.
 */
export async function sendReviewReminders(deps: {
  notifications: NotificationsRepository;
  sessions: SessionsRepository;
  jobs: { send(name: string, data: object): Promise<void> };
  now: () => Date;
}): Promise<number> {
  const now = deps.now();
  const since = new Date(now.getTime() - minimumGapMs);
  let reminded = 0;
  for (const user of await deps.notifications.reminderCandidates(since)) {
    const hour = localHour(now, user.timeZone);
    if (hour < daytime.from || hour >= daytime.to) continue;
    const progress = await loadProgress(user.id, { sessions: deps.sessions, now: () => now });
    const due = progress.recommendations.some((r) => r.kind === "review" && r.due);
    if (!due) continue;
    if (!(await deps.notifications.claimReminder(user.id, since, now))) continue;
    const message = reviewReminderMessage(user.locale);
    for (const device of await deps.notifications.listTokens(user.id))
      await deps.jobs.send(sendPushJob, { tokenId: device.id, message } satisfies SendPushJob);
    reminded++;
  }
  return reminded;
}
