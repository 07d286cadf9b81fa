import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { publicConfigQuery } from "../../lib/account-api.ts";
import { privacyPath } from "../../lib/privacy-path.ts";

/**
 * `/account/delete`, open to everyone (the stores ask for a web link): how to delete an account,
 * what goes, and what to do about a store subscription. After a deletion it confirms it.
 */
export function AccountDeletionPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const config = useQuery(publicConfigQuery);
  const contact = config.data?.contactEmail ?? "privacy@mentara.ai";
  return (
    <section className="page narrow">
      <h1>{t("accountDeletion.title")}</h1>
      {params.get("done") ? (
        <p className="notice success" role="status">
          {t("accountDeletion.done")}
        </p>
      ) : null}
      <div className="card">
        <h2>{t("accountDeletion.howTitle")}</h2>
        <ol>
          <li>{t("accountDeletion.step1")}</li>
          <li>{t("accountDeletion.step2")}</li>
          <li>{t("accountDeletion.step3")}</li>
        </ol>
        <h2>{t("accountDeletion.whatTitle")}</h2>
        <p>{t("accountDeletion.what")}</p>
        <h2>{t("accountDeletion.storeTitle")}</h2>
        <p>{t("accountDeletion.store")}</p>
        <p>
          {t("accountDeletion.noAccess")} <a href={`mailto:${contact}`}>{contact}</a>
        </p>
        <p>
          <Link to="/sign-in">{t("accountDeletion.signIn")}</Link> ·{" "}
          <Link to={privacyPath(i18n.language)}>{t("layout.privacy")}</Link>
        </p>
      </div>
    </section>
  );
}
