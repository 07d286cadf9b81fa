import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { chooseLanguage } from "../../i18n/i18n.ts";
import { publicConfigQuery } from "../../lib/account-api.ts";
import { parsePolicy } from "./parse-policy.ts";
import english from "./privacy-policy.en.txt?raw";
import russian from "./privacy-policy.ru.txt?raw";

const policies = { en: parsePolicy(english), ru: parsePolicy(russian) };
const defaultContact = "privacy@mentara.ai";

/**
 * `/privacy` (English) and `/ru/privacy` (Russian): the client's policy, its "updated" date from
 * the server's configuration, and the note that the English version prevails.
 */
export function PrivacyPage({ language }: { language: "en" | "ru" }) {
  const { t, i18n } = useTranslation();
  const config = useQuery(publicConfigQuery);
  // The address chooses the language: a Russian link opens a Russian page.
  useEffect(() => {
    if (i18n.language !== language) chooseLanguage(language);
  }, [language, i18n.language]);
  const contact = config.data?.contactEmail ?? defaultContact;
  const updated = config.data
    ? new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "UTC" }).format(
        new Date(`${config.data.privacyPolicyUpdated}T00:00:00Z`),
      )
    : "…";
  return (
    <article className="page narrow policy" lang={language}>
      <h1>{t("privacy.title")}</h1>
      <p className="notice">{t("privacy.draft")}</p>
      <p>
        <Link
          to={language === "ru" ? "/privacy" : "/ru/privacy"}
          lang={language === "ru" ? "en" : "ru"}
        >
          {language === "ru" ? "English version" : "Русская версия"}
        </Link>
      </p>
      {policies[language].map((section) => (
        <section key={section.title}>
          <h2>{section.title}</h2>
          {section.paragraphs.map((p) => (
            <p key={p.text}>
              {p.label ? <strong>{p.label}: </strong> : null}
              <WithEmail text={p.text} email={contact} />
            </p>
          ))}
        </section>
      ))}
      <section aria-labelledby="cookies-title">
        <h2 id="cookies-title">{t("privacy.cookiesTitle")}</h2>
        <p>{t("privacy.noCookies")}</p>
        {config.data?.clerkPublishableKey ? <p>{t("privacy.clerkCookies")}</p> : null}
      </section>
      <p className="muted">{t("privacy.updated", { date: updated })}</p>
    </article>
  );
}

/** The policy's contact address as a mail link, using the configured address. */
function WithEmail({ text, email }: { text: string; email: string }) {
  const at = text.indexOf(defaultContact);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <a href={`mailto:${email}`}>{email}</a>
      {text.slice(at + defaultContact.length)}
    </>
  );
}
