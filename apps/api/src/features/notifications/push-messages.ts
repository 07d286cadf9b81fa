import { codingProblems, systemDesignPrompts } from "@mentara/content/load-content";
import { inLanguage } from "@mentara/content/schema/localized-text";
import type { PushMessage } from "../../integrations/push-delivery.ts";

type Locale = "en" | "ru";
const localeOf = (value: string): Locale => (value === "ru" ? "ru" : "en");

/** The question's title in the user's language, from the bank (none for behavioral). */
function questionTitle(type: string, problemId: string, locale: Locale): string | undefined {
  const title =
    type === "coding"
      ? codingProblems.find((p) => p.id === problemId)?.title
      : type === "system_design"
        ? systemDesignPrompts.find((p) => p.id === problemId)?.title
        : undefined;
  return title && inLanguage(title, locale);
}

/**
 * "Your report for <title> is ready": the question's title (a behavioral interview by its type),
 * never anything the candidate wrote and never a score.
 */
export function reportReadyMessage(input: {
  locale: string;
  sessionId: string;
  type: string;
  problemId: string;
}): PushMessage {
  const locale = localeOf(input.locale);
  const title = questionTitle(input.type, input.problemId, locale);
  const body =
    locale === "ru"
      ? title
        ? `Ваш отчёт по «${title}» готов`
        : "Ваш отчёт по поведенческому собеседованию готов"
      : title
        ? `Your report for ${title} is ready`
        : "Your report for the behavioral interview is ready";
  return { title: "Mentara", body, link: `/report/${input.sessionId}`, tag: "report-ready" };
}

/** A review is due: no problem named, just the way to the list. */
export function reviewReminderMessage(locale: string): PushMessage {
  const ru = localeOf(locale) === "ru";
  return {
    title: "Mentara",
    body: ru
      ? "Пора повторить: задача из вашей практики ждёт второй попытки."
      : "Time for a review: a problem from your practice is due for another try.",
    link: "/progress",
    tag: "review-reminder",
  };
}
