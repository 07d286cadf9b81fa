import type { DimensionScore } from "@mentara/contracts/sessions";
import { useTranslation } from "react-i18next";

/** The rubric as it stands, updated after each turn and run (practice mode only). */
export function LiveScorePanel({
  scores,
  mode,
}: {
  scores: DimensionScore[];
  mode: "practice" | "assessment";
}) {
  const { t } = useTranslation();
  return (
    <section className="panel scores" aria-labelledby="scores-title">
      <h2 id="scores-title">{t("room.scoresTitle")}</h2>
      {mode === "assessment" ? <p className="muted">{t("room.scoresHidden")}</p> : null}
      {mode === "practice" && scores.length === 0 ? (
        <p className="empty">{t("room.scoresEmpty")}</p>
      ) : null}
      {mode === "practice" && scores.length > 0 ? (
        <ul className="score-list">
          {scores.map((s) => (
            <li key={s.dimension}>
              <span className="dimension">{t(`dimensions.${s.dimension}`)}</span>
              <meter
                min={1}
                max={4}
                low={2}
                high={3}
                optimum={4}
                value={s.score}
                aria-label={t("room.scoreOf", { score: s.score })}
              />
              <span className="value">{s.score}/4</span>
              {s.reasons[0] ? <small className="muted">{s.reasons[0]}</small> : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
