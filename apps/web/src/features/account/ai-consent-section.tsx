import type { Me } from "@mentara/contracts/account";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { meQuery } from "../../lib/account-api.ts";
import { privacyPath } from "../../lib/privacy-path.ts";
import { setAiConsent } from "./ai-consent-api.ts";

/** Where a refused interview sends the user (the server's `consentPath`). */
const anchor = "ai-processing";

/**
 * Profile → AI processing: whether consent is given, withdrawing it (after a confirmation that
 * says what stops) and giving it again.
 */
export function AiConsentSection({ me }: { me: Me }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const location = useLocation();
  const [confirming, setConfirming] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const change = useMutation({
    mutationFn: setAiConsent,
    onSuccess: (updated) => {
      queryClient.setQueryData(meQuery.queryKey, updated);
      setConfirming(false);
    },
  });
  // Arriving from a refused interview: bring this section into view and start reading here.
  useEffect(() => {
    if (location.hash !== `#${anchor}`) return;
    heading.current?.scrollIntoView({ block: "start" });
    heading.current?.focus();
  }, [location.hash]);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);
  const given = me.aiConsentAt !== null;
  const date = me.aiConsentAt
    ? new Intl.DateTimeFormat(i18n.language, { dateStyle: "long" }).format(new Date(me.aiConsentAt))
    : "";
  return (
    <section id={anchor} className="card" aria-labelledby="ai-consent-title">
      <h2 id="ai-consent-title" ref={heading} tabIndex={-1}>
        {t("aiConsent.title")}
      </h2>
      <p>{t("onboarding.consentBody")}</p>
      <p>
        <strong>{given ? t("aiConsent.given", { date }) : t("aiConsent.withdrawn")}</strong>
      </p>
      <p className="muted">{given ? t("aiConsent.ifWithdrawn") : t("aiConsent.whileWithdrawn")}</p>
      <p>
        <Link to={privacyPath(i18n.language)} target="_blank" rel="noopener">
          {t("onboarding.readPolicy")}
        </Link>
      </p>
      {change.isError ? <ErrorNotice error={change.error} /> : null}
      {change.isSuccess ? (
        <p className="notice success" role="status">
          {given ? t("aiConsent.givenNotice") : t("aiConsent.withdrawnNotice")}
        </p>
      ) : null}
      {!given ? (
        <button
          type="button"
          className="button"
          disabled={change.isPending}
          aria-busy={change.isPending}
          onClick={() => change.mutate(true)}
        >
          {change.isPending ? t("aiConsent.saving") : t("aiConsent.give")}
        </button>
      ) : confirming ? (
        <div className="actions-row">
          <button
            ref={confirmButton}
            type="button"
            className="button danger"
            disabled={change.isPending}
            aria-busy={change.isPending}
            onClick={() => change.mutate(false)}
          >
            {change.isPending ? t("aiConsent.saving") : t("aiConsent.confirmWithdraw")}
          </button>
          <button type="button" className="button secondary" onClick={() => setConfirming(false)}>
            {t("aiConsent.keep")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            change.reset();
            setConfirming(true);
          }}
        >
          {t("aiConsent.withdraw")}
        </button>
      )}
    </section>
  );
}
