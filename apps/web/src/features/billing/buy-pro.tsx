import type { PurchaseSettings } from "@mentara/contracts/billing";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Loading } from "../../components/loading.tsx";
import { billingQuery, refreshBilling } from "../../lib/billing-api.ts";
import { PurchaseErrorNotice } from "./purchase-error-notice.tsx";
import { openPurchaseStore } from "./store/open-purchase-store.ts";

/** The store for this device, opened once per user (the SDKs are loaded on first use). */
export const purchaseStoreQuery = (purchases: PurchaseSettings, userId: string) => ({
  queryKey: ["purchase-store", userId],
  queryFn: () => openPurchaseStore(purchases, userId),
  staleTime: Number.POSITIVE_INFINITY,
  retry: false,
});

/**
 * The store's offers for Pro, each with its price, and buying one. `onPro` is called once the
 * server confirms Pro (this section then gives way to the subscription).
 */
export function BuyPro({
  purchases,
  userId,
  onPro,
}: {
  purchases: PurchaseSettings;
  userId: string;
  onPro: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const access = useQuery(purchaseStoreQuery(purchases, userId));
  const store = access.data && "store" in access.data ? access.data.store : undefined;
  const offers = useQuery({
    queryKey: ["purchase-offers", userId],
    queryFn: () => (store ? store.offers() : []),
    enabled: store !== undefined,
    retry: false,
  });
  const buy = useMutation({
    mutationFn: async (offerId: string) => {
      if (!store) throw new Error("the store is not open");
      if ((await store.buy(offerId)) === "cancelled") return "cancelled" as const;
      const billing = await refreshBilling();
      const pro = billing.billing === "on" && billing.plan === "pro";
      if (pro) onPro();
      queryClient.setQueryData(billingQuery.queryKey, billing);
      return pro ? ("pro" as const) : ("confirming" as const);
    },
  });

  if (access.isPending) return <Loading />;
  if (access.isError)
    return <PurchaseErrorNotice error={access.error} onRetry={() => void access.refetch()} />;
  if ("missing" in access.data)
    return (
      <p className="notice" role="status">
        {t("plans.notSetUp", { setting: access.data.missing })}
      </p>
    );
  return (
    <section className="card" aria-labelledby="upgrade-title">
      <h2 id="upgrade-title">{t("plans.upgradeTitle")}</h2>
      {offers.isPending ? <p className="muted">{t("plans.loadingPrices")}</p> : null}
      {offers.isError ? (
        <PurchaseErrorNotice error={offers.error} onRetry={() => void offers.refetch()} />
      ) : null}
      {offers.data?.length === 0 ? <p className="empty">{t("plans.noOffers")}</p> : null}
      <div className="offer-list">
        {offers.data?.map((offer) => (
          <button
            key={offer.id}
            type="button"
            className="button offer"
            disabled={buy.isPending}
            aria-busy={buy.isPending && buy.variables === offer.id}
            onClick={() => buy.mutate(offer.id)}
          >
            <span>{offer.title}</span>
            <strong>
              {offer.period
                ? t(`plans.pricePer.${offer.period}`, { price: offer.price })
                : offer.price}
            </strong>
          </button>
        ))}
      </div>
      {buy.isPending ? <p className="muted">{t("plans.buying")}</p> : null}
      {buy.data === "cancelled" ? (
        <p className="notice" role="status">
          {t("plans.cancelled")}
        </p>
      ) : null}
      {buy.data === "confirming" ? (
        <p className="notice" role="status">
          {t("plans.confirming")}
        </p>
      ) : null}
      {buy.isError ? <PurchaseErrorNotice error={buy.error} /> : null}
    </section>
  );
}
