import { interviewType } from "@mentara/contracts/sessions";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Loading } from "../../components/loading.tsx";
import { PageError } from "../../components/page-error.tsx";
import { progressQuery } from "./progress-api.ts";
import { RecommendationList } from "./recommendation-list.tsx";
import { ScoreTrendChart } from "./score-trend-chart.tsx";

export function ProgressPage() {
  const { t } = useTranslation();
  const query = useQuery(progressQuery);
  if (query.isPending) return <Loading label={t("progress.loading")} />;
  if (query.isError) return <PageError query={query} />;
  const p = query.data;
  if (p.sessions.length === 0)
    return (
      <section className="page narrow">
        <h1>{t("progress.title")}</h1>
        <div className="card">
          <p className="empty">{t("progress.empty")}</p>
          <Link className="button" to="/dashboard">
            {t("progress.start")}
          </Link>
        </div>
      </section>
    );
  // The trend is told per interview type: a coding score and a behavioral score are not one scale.
  const trends = interviewType.options.flatMap((type) => {
    const own = p.sessions.filter((s) => s.type === type);
    const first = own[0]?.score ?? 0;
    const last = own.at(-1)?.score ?? 0;
    return own.length === 0 ? [] : [{ type, count: own.length, first, last, change: last - first }];
  });
  return (
    <section className="page progress">
      <h1>{t("progress.title")}</h1>
      <div className="card">
        <h2>{t("progress.trendTitle")}</h2>
        <ul className="muted trend">
          {trends.map((trend) => (
            <li key={trend.type}>
              {t("progress.trendLine", {
                count: trend.count,
                first: trend.first,
                last: trend.last,
                type: t(`types.${trend.type}`),
                direction:
                  trend.change === 0
                    ? t("progress.trendSame")
                    : t(trend.change > 0 ? "progress.trendUp" : "progress.trendDown", {
                        count: Math.abs(trend.change),
                      }),
              })}
            </li>
          ))}
        </ul>
        <ScoreTrendChart sessions={p.sessions} />
      </div>
      <section className="card" aria-labelledby="next-title">
        <h2 id="next-title">{t("progress.nextTitle")}</h2>
        <p className="muted">{t("progress.nextBody")}</p>
        <RecommendationList items={p.recommendations} />
      </section>
      <div className="dashboard-grid">
        <section className="card" aria-labelledby="profile-title">
          <h2 id="profile-title">{t("progress.profileTitle")}</h2>
          <p className="muted">{t("progress.profileBody")}</p>
          <ul className="score-list">
            {p.profile.map((d) => (
              <li key={`${d.type}-${d.dimension}`}>
                <span className="dimension">
                  {t(`dimensions.${d.dimension}`)} · {t(`types.${d.type}`)}
                </span>
                <meter min={1} max={4} low={2} high={3} optimum={4} value={d.score} />
                <span className="value">{d.score.toFixed(1)}/4</span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="topics-title">
          <h2 id="topics-title">{t("progress.topicsTitle")}</h2>
          {p.topics.length === 0 ? <p className="empty">{t("progress.noTopics")}</p> : null}
          <ul className="topic-list">
            {p.topics.map((topic) => (
              <li key={topic.topic}>
                <span>{t(`topics.${topic.topic}`, { defaultValue: topic.topic })}</span>
                <span className="muted">
                  {t("progress.topicStats", { count: topic.sessions, score: topic.averageScore })}
                </span>
              </li>
            ))}
          </ul>
          <h2>{t("progress.streakTitle")}</h2>
          <p>{t("progress.streak", { current: p.streak.current, longest: p.streak.longest })}</p>
        </section>
      </div>
    </section>
  );
}
