import type { BillingStatus } from "@mentara/contracts/billing";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Loading } from "../../components/loading.tsx";
import { PageError } from "../../components/page-error.tsx";
import { meQuery } from "../../lib/account-api.ts";
import { billingQuery, formatDay } from "../../lib/billing-api.ts";
import { BuyPro } from "./buy-pro.tsx";
import { ManageSubscription } from "./manage-subscription.tsx";

type BillingOn = Extract<BillingStatus, { billing: "on" }>;

/** The paywall: what Free and Pro include, the store's prices, buying, restoring and managing. */
export function PlansPage() {
  const { t } = useTranslation();
  const billing = useQuery(billingQuery);
  const me = useQuery(meQuery);
  if (billing.isPending || me.isPending) return <Loading />;
  if (billing.isError) return <PageError query={billing} />;
  if (me.isError) return <PageError query={me} />;
  return (
    <section className="page narrow plans">
      <h1>{t("plans.title")}</h1>
      {billing.data.billing === "off" ? (
        <div className="card">
          <p>{t("plans.allIncluded")}</p>
          <Link to="/dashboard" className="button">
            {t("plans.startInterview")}
          </Link>
        </div>
      ) : (
        <Plans billing={billing.data} userId={me.data.id} />
      )}
    </section>
  );
}

function Plans({ billing, userId }: { billing: BillingOn; userId: string }) {
  const { t, i18n } = useTranslation();
  const [welcome, setWelcome] = useState(false);
  const renews = formatDay(billing.renewsAt, i18n.language);
  const pro = billing.plan === "pro";
  return (
    <>
      {welcome ? (
        <p className="notice success" role="status">
          {t("plans.welcome")} <Link to="/dashboard">{t("plans.startInterview")}</Link>
        </p>
      ) : (
        <p className="lead">{t("plans.intro")}</p>
      )}
      <div className="plan-grid">
        <article className={`card plan${pro ? "" : " current"}`} aria-labelledby="plan-free">
          <h2 id="plan-free">{t("plans.freeName")}</h2>
          <p className="plan-price">{t("plans.freePrice")}</p>
          <ul>
            <li>{t("plans.freeAllowance", { count: billing.allowance })}</li>
            <li>{t("plans.everyType")}</li>
            <li>{t("plans.reports")}</li>
          </ul>
          {pro ? null : (
            <>
              <p className="plan-badge">{t("plans.yourPlan")}</p>
              <p className="plan-usage">
                {t("plans.usage", { used: billing.used, count: billing.allowance, date: renews })}
              </p>
            </>
          )}
        </article>
        <article className={`card plan${pro ? " current" : ""}`} aria-labelledby="plan-pro">
          <h2 id="plan-pro">{t("plans.proName")}</h2>
          <p className="plan-price">{t("plans.proPrice")}</p>
          <ul>
            <li>{t("plans.unlimited")}</li>
            <li>{t("plans.everyType")}</li>
            <li>{t("plans.reports")}</li>
          </ul>
          {pro ? <p className="plan-badge">{t("plans.yourPlan")}</p> : null}
        </article>
      </div>
      {pro ? null : (
        <BuyPro purchases={billing.purchases} userId={userId} onPro={() => setWelcome(true)} />
      )}
      <ManageSubscription billing={billing} userId={userId} />
      <p className="muted small">{t("plans.noCardDetails")}</p>
    </>
  );
}
