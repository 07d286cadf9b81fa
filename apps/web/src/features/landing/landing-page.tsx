import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useToken } from "../../lib/auth-token.ts";

export function LandingPage() {
  const { t } = useTranslation();
  const token = useToken();
  const features = ["code", "score", "report"] as const;
  return (
    <section className="page">
      <div className="hero">
        <h1>{t("landing.title")}</h1>
        <p className="lead">{t("landing.lead")}</p>
        <Link className="button large" to={token ? "/dashboard" : "/sign-up"}>
          {t("landing.cta")}
        </Link>
      </div>
      <ul className="feature-grid">
        {features.map((feature) => (
          <li key={feature} className="card">
            <h2>{t(`landing.features.${feature}.title`)}</h2>
            <p>{t(`landing.features.${feature}.body`)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
