import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "../../components/loading.tsx";
import { PageError } from "../../components/page-error.tsx";
import { formatClock } from "../../lib/format.ts";
import { DeliverySection } from "./delivery-section.tsx";
import { LevelExpectations } from "./level-expectations.tsx";
import { reportQuery } from "./report-api.ts";
import { ReportBoard } from "./report-board.tsx";
import { EvidenceQuotes, ReportDetails } from "./report-details.tsx";
import { ReportReadyOffer } from "./report-ready-offer.tsx";

export function ReportPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useQuery(reportQuery(id));
  if (query.isPending) return <Loading label={t("report.loading")} />;
  if (query.isError) {
    return <PageError query={query} />;
  }
  if ("status" in query.data) {
    const steps = ["queued", "scoring", "judging", "saving"] as const;
    const current = query.data.step;
    return (
      <section className="page narrow report">
        <h1>{t("report.title")}</h1>
        <div className="card" role="status" aria-live="polite">
          <Loading label={t("report.writing")} />
          <ol className="report-steps">
            {steps.map((step) => (
              <li key={step} aria-current={step === current ? "step" : undefined}>
                {t(`report.steps.${step}`)}
              </li>
            ))}
          </ol>
        </div>
      </section>
    );
  }
  const r = query.data;
  return (
    <section className="page narrow report">
      <h1>{t("report.title")}</h1>
      <div className="card score-card">
        <p className="score">
          <span className="visually-hidden">{t("report.scoreLabel", { score: r.score })}</span>
          <span className="score-value" aria-hidden="true">
            {r.score}
          </span>
          <span className="muted" aria-hidden="true">
            {" "}
            / 100
          </span>
        </p>
        <p className={`badge band ${r.band}`}>
          {t(`bands.${r.band}`, { level: t(`levels.${r.level}`) })}
        </p>
        <LevelExpectations report={r} />
        <p>{r.summary}</p>
        <p className="muted scored-by">
          {r.scoredBy === "offline"
            ? t("report.scoredOffline")
            : t("report.scoredByJudge", { judge: r.scoredBy })}{" "}
          <Link to="/how-we-score">{t("report.howWeScore")}</Link>
        </p>
      </div>
      <ReportReadyOffer />
      {r.judgeError ? (
        <div className="notice warning" role="status">
          <strong>{t("report.judgeFailed")}</strong>
          <br />
          {r.judgeError}
        </div>
      ) : null}
      <section className="card" aria-labelledby="dimensions-title">
        <h2 id="dimensions-title">{t("report.dimensionsTitle")}</h2>
        <ul className="score-list">
          {r.dimensions.map((d) => (
            <li key={d.dimension}>
              <span className="dimension">{t(`dimensions.${d.dimension}`)}</span>
              <meter min={1} max={4} low={2} high={3} optimum={4} value={d.score} />
              <span className="value">{d.score}/4</span>
              {d.reasons.map((reason) => (
                <small key={reason} className="muted">
                  {reason}
                </small>
              ))}
              <EvidenceQuotes report={r} evidence={d.evidence} />
            </li>
          ))}
        </ul>
      </section>
      <ReportDetails report={r} />
      <DeliverySection report={r} />
      <ReportBoard sessionId={r.sessionId} type={r.type} />
      {r.next ? (
        <section className="card next" aria-labelledby="next-title">
          <h2 id="next-title">{t("report.nextTitle")}</h2>
          <p>
            {t(`types.${r.next.type}`)}
            {r.next.topic
              ? ` · ${t(`topics.${r.next.topic}`, { defaultValue: r.next.topic })}`
              : ""}
            {r.next.difficulty ? ` · ${t(`difficulty.${r.next.difficulty}`)}` : ""}
          </p>
          <p className="muted">{r.next.reason}</p>
        </section>
      ) : null}
      <dl className="card facts">
        {r.type === "coding" ? (
          <div>
            <dt>{t("report.tests")}</dt>
            <dd>{t("report.testsValue", { passed: r.testsPassed, total: r.testsTotal })}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t("report.duration")}</dt>
          <dd>{formatClock(r.durationSec)}</dd>
        </div>
        <div>
          <dt>{t("report.runs")}</dt>
          <dd>{r.runs}</dd>
        </div>
        <div>
          <dt>{t("report.messages")}</dt>
          <dd>{r.candidateTurns}</dd>
        </div>
      </dl>
      <div className="actions">
        <Link className="button" to="/dashboard">
          {t("report.another")}
        </Link>
        <Link className="button secondary" to={`/interview/${r.sessionId}`}>
          {t("report.transcript")}
        </Link>
        <Link className="button secondary" to={`/replay/${r.sessionId}`}>
          {t("report.replay")}
        </Link>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          {t("report.print")}
        </button>
      </div>
    </section>
  );
}
