import type { Recommendation } from "@mentara/contracts/progress";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { startSession } from "../../lib/start-session.ts";

/** What to practise next, most urgent first, each with a button that starts that practice interview. */
export function RecommendationList({ items }: { items: Recommendation[] }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium" });
  if (items.length === 0) return <p className="empty">{t("progress.nothingToReview")}</p>;
  return (
    <ul className="recommendations">
      {items.map((item) => (
        <RecommendationItem
          key={`${item.kind}-${item.problemId ?? item.topic ?? item.dimension}`}
          item={item}
          when={item.dueAt && !item.due ? date.format(new Date(item.dueAt)) : undefined}
        />
      ))}
    </ul>
  );
}

function RecommendationItem({ item, when }: { item: Recommendation; when: string | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useMutation({
    mutationFn: () =>
      startSession({
        type: item.type,
        mode: "practice",
        level: item.level,
        ...(item.type === "coding"
          ? {
              language: item.language ?? "javascript",
              ...(item.problemId ? { problemId: item.problemId } : {}),
              ...(!item.problemId && item.topic ? { topic: item.topic } : {}),
            }
          : {}),
        ...(item.type === "system_design" && item.problemId ? { promptId: item.problemId } : {}),
      }),
    onSuccess: (session) => void navigate(`/interview/${session.id}`),
  });
  const topic = item.topic ? t(`topics.${item.topic}`, { defaultValue: item.topic }) : "";
  const text =
    item.kind === "review"
      ? when
        ? t("progress.reviewLater", { title: item.title, date: when })
        : t("progress.reviewNow", { title: item.title, score: item.score })
      : item.kind === "next_problem"
        ? t("progress.nextProblem", { title: item.title, topic })
        : item.kind === "weak_topic"
          ? item.score === undefined
            ? t("progress.newTopic", { topic })
            : t("progress.weakTopic", { topic, score: item.score })
          : t("progress.weakDimension", {
              dimension: t(`dimensions.${item.dimension}`),
              type: t(`types.${item.type}`),
              score: item.score?.toFixed(1),
            });
  return (
    <li>
      <span>{text}</span>
      {when ? null : (
        <button
          type="button"
          className="button secondary"
          disabled={start.isPending}
          aria-busy={start.isPending}
          aria-label={`${t("progress.practise")}: ${text}`}
          onClick={() => start.mutate()}
        >
          {start.isPending ? t("dashboard.starting") : t("progress.practise")}
        </button>
      )}
      {start.isError ? <ErrorNotice error={start.error} /> : null}
    </li>
  );
}
