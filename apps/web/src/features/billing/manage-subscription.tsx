import type { BillingStatus } from "@mentara/contracts/billing";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { billingQuery, refreshBilling } from "../../lib/billing-api.ts";
import { subscriptionLine } from "../../lib/subscription-line.ts";
import { PurchaseErrorNotice } from "./purchase-error-notice.tsx";
import { openPurchaseStore } from "./store/open-purchase-store.ts";

type BillingOn = Extract<BillingStatus, { billing: "on" }>;

/** The subscription's state, "Manage subscription" (the store's page) and "Restore purchases". */
export function ManageSubscription({ billing, userId }: { billing: BillingOn; userId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const sub = billing.subscription;
  const restore = useMutation({
    mutationFn: async () => {
      const access = await openPurchaseStore(billing.purchases, userId);
      if ("store" in access) await access.store.restore();
      const next = await refreshBilling();
      queryClient.setQueryData(billingQuery.queryKey, next);
      return next.billing === "on" && next.plan === "pro";
    },
  });
  return (
    <section className="card" aria-labelledby="subscription-title">
      <h2 id="subscription-title">{t("plans.subscriptionTitle")}</h2>
      <p>{sub ? subscriptionLine(sub, t, i18n.language) : t("plans.noSubscription")}</p>
      <div className="actions">
        {sub?.managementUrl ? (
          <a
            className="button secondary"
            href={sub.managementUrl}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t("plans.manage")}
          </a>
        ) : null}
        <button
          type="button"
          className="button secondary"
          disabled={restore.isPending}
          aria-busy={restore.isPending}
          onClick={() => restore.mutate()}
        >
          {restore.isPending ? t("plans.restoring") : t("plans.restore")}
        </button>
      </div>
      {sub && !sub.managementUrl ? <p className="muted">{t("plans.manageInStore")}</p> : null}
      {restore.data === true ? (
        <p className="notice success" role="status">
          {t("plans.restoredPro")}
        </p>
      ) : null}
      {restore.data === false ? (
        <p className="notice" role="status">
          {t("plans.restoredNothing")}
        </p>
      ) : null}
      {restore.isError ? <PurchaseErrorNotice error={restore.error} /> : null}
    </section>
  );
}
