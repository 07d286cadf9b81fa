import { useTranslation } from "react-i18next";
import { ApiError } from "../lib/api-client.ts";

/** Shows why something failed: the server's own words, or a translated note when it is unreachable. */
export function ErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  let text = t("errors.unknown");
  if (error instanceof ApiError) {
    if (error.code === "NETWORK") text = t("errors.network");
    else if (error.code !== "INTERNAL") text = error.message;
  }
  return (
    <div className="notice error" role="alert">
      <span>{text}</span>
      {onRetry ? (
        <button type="button" className="button small secondary" onClick={onRetry}>
          {t("errors.retry")}
        </button>
      ) : null}
    </div>
  );
}
