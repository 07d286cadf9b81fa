import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import {
  type ForegroundPush,
  listenToServiceWorker,
  onPushEvents,
} from "../lib/push/push-events.ts";

/**
 * A notification that arrived while the app was open on its page, shown in the page instead of
 * by the system; and a tapped notification, which opens its page.
 */
export function PushNotice() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [push, setPush] = useState<ForegroundPush | null>(null);
  useEffect(() => {
    listenToServiceWorker();
    return onPushEvents({ show: setPush, open: (link) => void navigate(link) });
  }, [navigate]);
  if (!push) return null;
  return (
    <div className="notice info push-notice" role="status">
      <span>{push.body}</span>
      <span className="actions">
        <Link className="button small" to={push.link} onClick={() => setPush(null)}>
          {t("push.open")}
        </Link>
        <button type="button" className="link-button dark" onClick={() => setPush(null)}>
          {t("push.dismiss")}
        </button>
      </span>
    </div>
  );
}
