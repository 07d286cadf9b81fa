import type { Report } from "@mentara/contracts/sessions";
import { useTranslation } from "react-i18next";

/** Quotes of the turns a dimension's score rests on, each linking to that moment of the interview. */
export function EvidenceQuotes({ report, evidence }: { report: Report; evidence: string[] }) {
  const { t } = useTranslation();
  const quoted = evidence.filter((id) => report.quotes[id]);
  if (quoted.length === 0) return null;
  return (
    <ul className="quotes">
      {quoted.slice(0, 2).map((id) => (
        <li key={id}>
          <a href={`/interview/${report.sessionId}#turn-${id}`} title={t("report.seeMoment")}>
            “{report.quotes[id]}”
          </a>
        </li>
      ))}
    </ul>
  );
}

/** What to do differently, the per-type details, and the reference solution (revealed now). */
export function ReportDetails({ report: r }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <>
      {r.improvements.length > 0 ? (
        <section className="card" aria-labelledby="improve-title">
          <h2 id="improve-title">{t("report.improveTitle")}</h2>
          <ol>
            {r.improvements.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        </section>
      ) : null}
      {r.coding ? (
        <section className="card" aria-labelledby="coding-title">
          <h2 id="coding-title">{t("report.codingTitle")}</h2>
          <dl className="facts">
            <div>
              <dt>{t("report.claimed")}</dt>
              <dd>{r.coding.claimedComplexity ?? t("report.notStated")}</dd>
            </div>
            <div>
              <dt>{t("report.measured")}</dt>
              <dd>{r.coding.measuredComplexity ?? t("report.notMeasured")}</dd>
            </div>
            <div>
              <dt>{t("report.optimal")}</dt>
              <dd>{r.coding.optimalComplexity}</dd>
            </div>
            <div>
              <dt>{t("report.hints")}</dt>
              <dd>
                {r.coding.hintTiers.length
                  ? r.coding.hintTiers.map((tier) => t("report.hintTier", { tier })).join(", ")
                  : t("report.noHints")}
              </dd>
            </div>
          </dl>
          <details className="reference">
            <summary>{t("report.reference")}</summary>
            <pre>
              <code>{r.coding.referenceSolution}</code>
            </pre>
          </details>
        </section>
      ) : null}
      {r.design ? (
        <section className="card" aria-labelledby="design-title">
          <h2 id="design-title">{t("report.designTitle")}</h2>
          <h3>{t("report.met", { count: r.design.met.length })}</h3>
          <ul className="checks met">
            {r.design.met.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <h3>{t("report.missed", { count: r.design.missed.length })}</h3>
          <ul className="checks missed">
            {r.design.missed.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {r.answers && r.answers.length > 0 ? (
        <section className="card" aria-labelledby="answers-title">
          <h2 id="answers-title">{t("report.answersTitle")}</h2>
          <ol>
            {r.answers.map((answer) => (
              <li key={answer.question}>
                <p>{answer.question}</p>
                <p className="muted">
                  {t("report.starFound", {
                    parts: answer.found.map((p) => t(`report.star.${p}`)).join(", ") || "—",
                  })}
                  {answer.missing.length
                    ? ` · ${t("report.starMissing", { parts: answer.missing.map((p) => t(`report.star.${p}`)).join(", ") })}`
                    : ""}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
