import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { billingQuery, formatDay } from "../lib/billing-api.ts";
import { subscriptionLine } from "../lib/subscription-line.ts";

/**
 * The plan in one card, for the Profile: Free with what is left this month, or Pro with its
 * store and date. Nothing at all when the server has no billing.
 */
export function PlanSummary() {
  const { t, i18n } = useTranslation();
  const billing = useQuery(billingQuery);
  if (billing.data?.billing !== "on") return null;
  const b = billing.data;
  return (
    <section className="card" aria-labelledby="plan-title">
      <h2 id="plan-title">{t("plans.yourPlanTitle")}</h2>
      <p>
        <strong>{b.plan === "pro" ? t("plans.proName") : t("plans.freeName")}</strong>
        {" · "}
        {b.plan === "pro"
          ? t("plans.unlimited")
          : t("plans.left", {
              count: b.remaining ?? 0,
              allowance: b.allowance,
              date: formatDay(b.renewsAt, i18n.language),
            })}
      </p>
      {b.subscription ? (
        <p className="muted">{subscriptionLine(b.subscription, t, i18n.language)}</p>
      ) : null}
      <Link to="/plans" className="button secondary">
        {b.plan === "pro" ? t("plans.manageTitle") : t("plans.upgrade")}
      </Link>
    </section>
  );
}

/** The allowance above "Start an interview": what is left, and the way to Pro when none is. */
export function AllowanceNotice() {
  const { t, i18n } = useTranslation();
  const billing = useQuery(billingQuery);
  if (billing.data?.billing !== "on") return null;
  const b = billing.data;
  if (b.plan === "pro") return <p className="muted allowance">{t("plans.proLine")}</p>;
  const date = formatDay(b.renewsAt, i18n.language);
  if ((b.remaining ?? 0) > 0)
    return (
      <p className="muted allowance">
        {t("plans.left", { count: b.remaining ?? 0, allowance: b.allowance, date })}{" "}
        <Link to="/plans">{t("plans.upgrade")}</Link>
      </p>
    );
  return (
    <div className="notice paywall" role="status">
      <p>{t("plans.usedUp", { count: b.allowance, date })}</p>
      <Link to="/plans" className="button small">
        {t("plans.seePlans")}
      </Link>
    </div>
  );
}
