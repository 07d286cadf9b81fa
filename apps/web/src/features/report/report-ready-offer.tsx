import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { meQuery, publicConfigQuery, updateProfile } from "../../lib/account-api.ts";
import {
  askNotificationPermission,
  notificationPermissionHere,
  registerThisDevice,
} from "../../lib/push/this-device.ts";

/**
 * Offered once, on a ready report, and never again once answered: "Tell me when a report is
 * ready". Yes asks the system, turns the notification on and registers this device; no is
 * remembered (Profile keeps the switch).
 */
export function ReportReadyOffer() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const me = useQuery(meQuery);
  const config = useQuery(publicConfigQuery);
  const permission = useQuery({
    queryKey: ["notification-permission"],
    queryFn: notificationPermissionHere,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const answer = useMutation({
    mutationFn: async (yes: boolean) => {
      const allowed = yes && (await askNotificationPermission()) === "granted";
      const updated = await updateProfile({
        pushOffered: true,
        ...(allowed
          ? { notifications: { reportReady: true, reminders: me.data?.notifications.reminders } }
          : {}),
      });
      queryClient.setQueryData(meQuery.queryKey, updated);
      if (allowed && config.data) await registerThisDevice(config.data.webPushKey);
      return yes ? (allowed ? "on" : "blocked") : "declined";
    },
  });
  if (answer.isSuccess) {
    if (answer.data === "declined") return null;
    return (
      <p className={`notice ${answer.data === "on" ? "success" : "warning"}`} role="status">
        {answer.data === "on" ? t("push.offerOn") : t("push.offerBlocked")}{" "}
        <Link to="/profile">{t("push.settings")}</Link>
      </p>
    );
  }
  // Not offered twice, nor where the device cannot show notifications or the user blocked them.
  if (!me.data || me.data.pushOffered || !config.data) return null;
  if (permission.data !== "prompt" && permission.data !== "granted") return null;
  return (
    <section className="card push-offer" aria-labelledby="push-offer-title">
      <h2 id="push-offer-title">{t("push.offerTitle")}</h2>
      <p className="muted">{t("push.offerBody")}</p>
      {answer.isError ? <ErrorNotice error={answer.error} /> : null}
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={answer.isPending}
          aria-busy={answer.isPending && answer.variables}
          onClick={() => answer.mutate(true)}
        >
          {t("push.offerYes")}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={answer.isPending}
          onClick={() => answer.mutate(false)}
        >
          {t("push.offerNo")}
        </button>
      </div>
    </section>
  );
}
