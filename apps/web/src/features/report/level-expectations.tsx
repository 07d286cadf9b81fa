import type { Report } from "@mentara/contracts/sessions";
import { useTranslation } from "react-i18next";

/** The level the report measured against, and what that level expects, each met or not. */
export function LevelExpectations({ report }: { report: Report }) {
  const { t } = useTranslation();
  if (report.expectations.length === 0) return null;
  return (
    <section className="level-expectations" aria-labelledby="level-title">
      <h2 id="level-title">{t("report.levelTitle", { level: t(`levels.${report.level}`) })}</h2>
      <p className="muted">{t("report.levelIntro")}</p>
      <ul>
        {report.expectations.map((item) => (
          <li key={item.id} className={item.met ? "met" : "missed"}>
            <span aria-hidden="true">{item.met ? "✓" : "✗"}</span>{" "}
            {t(`expectations.${item.id}`, { defaultValue: item.text })}{" "}
            <span className="visually-hidden">
              ({item.met ? t("report.expectationMet") : t("report.expectationMissed")})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
