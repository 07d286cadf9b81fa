import type { Report } from "@mentara/contracts/sessions";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { Loading } from "../../components/loading.tsx";
import { formatClock } from "../../lib/format.ts";
import { comparisonQuery } from "./report-api.ts";

/** Two finished interviews of one type side by side: the headline figures and each dimension's change. */
export function ComparePage() {
  const { t, i18n } = useTranslation();
  const { a = "", b = "" } = useParams();
  const query = useQuery(comparisonQuery(a, b));
  if (query.isPending) return <Loading label={t("compare.loading")} />;
  if (query.isError)
    return (
      <section className="page narrow">
        <h1>{t("compare.title")}</h1>
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        <Link to="/dashboard">{t("compare.back")}</Link>
      </section>
    );
  const { sessions, reports, dimensions, type } = query.data;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const rows: [string, (r: Report) => string][] = [
    [t("compare.score"), (r) => `${r.score} / 100`],
    [t("compare.band"), (r) => t(`bands.${r.band}`, { level: t(`levels.${r.level}`) })],
    [t("compare.duration"), (r) => formatClock(r.durationSec)],
    ...(type === "coding"
      ? ([
          [t("compare.tests"), (r) => `${r.testsPassed}/${r.testsTotal}`],
          [t("compare.hints"), (r) => String(r.hintsTaken)],
        ] as [string, (r: Report) => string][])
      : []),
  ];
  return (
    <section className="page report compare">
      <h1>{t("compare.title")}</h1>
      <p className="muted">{t("compare.body", { type: t(`types.${type}`) })}</p>
      <div className="card">
        <table className="compare-table">
          <caption className="visually-hidden">{t("compare.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{t("compare.measure")}</span>
              </th>
              {sessions.map((s) => (
                <th scope="col" key={s.id}>
                  <Link className="compare-title" to={`/report/${s.id}`}>
                    {s.title}
                  </Link>
                  <br />
                  <span className="muted">{date.format(new Date(s.startedAt))}</span>
                </th>
              ))}
              <th scope="col" className="change">
                {t("compare.change")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([label, show], i) => {
              const change = i === 0 ? reports[1].score - reports[0].score : null;
              return (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{show(reports[0])}</td>
                  <td>{show(reports[1])}</td>
                  <td className={`change ${trend(change)}`}>
                    {change === null
                      ? ""
                      : t(`compare.${trend(change)}`, { change: Math.abs(change) })}
                  </td>
                </tr>
              );
            })}
            {dimensions.map((d) => (
              <tr key={d.dimension}>
                <th scope="row">{t(`dimensions.${d.dimension}`)}</th>
                <td>{d.a === null ? "—" : `${d.a}/4`}</td>
                <td>{d.b === null ? "—" : `${d.b}/4`}</td>
                <td className={`change ${trend(d.change)}`}>
                  {d.change === null
                    ? "—"
                    : t(`compare.${trend(d.change)}`, { change: Math.abs(d.change) })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <Link to="/dashboard">{t("compare.back")}</Link>
      </p>
    </section>
  );
}

const trend = (change: number | null) =>
  change === null || change === 0 ? "same" : change > 0 ? "up" : "down";
