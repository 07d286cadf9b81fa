import { interviewTypes, levels } from "@mentara/domain/interview";
import { levelExpectationCatalog } from "@mentara/domain/level-expectations";
import { rubricDimensions } from "@mentara/domain/rubric";
import { useTranslation } from "react-i18next";

/**
 * `/how-we-score`, open to everyone and linked from every report: what each rubric dimension
 * rewards, what each level expects, what a hint costs, and that words aimed at the scorer are
 * ignored.
 */
export function HowWeScorePage() {
  const { t } = useTranslation();
  return (
    <section className="page narrow how-we-score">
      <h1>{t("howWeScore.title")}</h1>
      <p className="lead">{t("howWeScore.intro")}</p>
      <div className="card">
        <h2>{t("howWeScore.scaleTitle")}</h2>
        <p>{t("howWeScore.scale")}</p>
        <p>{t("howWeScore.overall")}</p>
      </div>
      {interviewTypes.map((type) => (
        <section key={type} className="card" aria-labelledby={`rubric-${type}`}>
          <h2 id={`rubric-${type}`}>{t(`types.${type}`)}</h2>
          <dl className="rubric">
            {rubricDimensions[type].map((dimension) => (
              <div key={dimension}>
                <dt>{t(`dimensions.${dimension}`)}</dt>
                <dd>{t(`howWeScore.rewards.${type}.${dimension}`)}</dd>
              </div>
            ))}
          </dl>
          {type === "system_design" ? <p className="muted">{t("howWeScore.checkpoints")}</p> : null}
          <h3>{t("howWeScore.levelsTitle")}</h3>
          <ul>
            {levelExpectationCatalog[type].map((item) => (
              <li key={item.id}>
                <strong>{t("howWeScore.fromLevel", { level: t(`levels.${item.from}`) })}</strong>{" "}
                {t(`expectations.${item.id}`)}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <div className="card">
        <h2>{t("howWeScore.hintsTitle")}</h2>
        <p>{t("howWeScore.hints")}</p>
        <h2>{t("howWeScore.workTitle")}</h2>
        <p>{t("howWeScore.work")}</p>
        <h2>{t("howWeScore.injectionTitle")}</h2>
        <p>{t("howWeScore.injection")}</p>
        <h2>{t("howWeScore.judgeTitle")}</h2>
        <p>{t("howWeScore.judge")}</p>
      </div>
      <p className="muted">
        {t("howWeScore.levelsNote", { levels: levels.map((l) => t(`levels.${l}`)).join(", ") })}
      </p>
    </section>
  );
}
