import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { reportCrash } from "../lib/diagnostics/report-crash.ts";

/** A page that failed to render: reported (scrubbed), then a way back instead of a blank screen. */
export function RouteError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  useEffect(() => reportCrash("render", error), [error]);
  return (
    <section className="page narrow" role="alert">
      <h1>{t("crash.title")}</h1>
      <p>{t("crash.body")}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("crash.reload")}
        </button>
        <Link className="button secondary" to="/dashboard" reloadDocument>
          {t("crash.home")}
        </Link>
      </p>
    </section>
  );
}
