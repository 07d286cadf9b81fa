import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../lib/api-client.ts";

/** The free allowance behind a 402, as the server details it. */
function allowanceOf(error: ApiError) {
  const { used, allowance, renewsAt, upgradePath } = error.details ?? {};
  if (typeof used !== "number" || typeof allowance !== "number" || typeof renewsAt !== "string")
    return undefined;
  return { used, allowance, renewsAt, upgradePath: String(upgradePath ?? "/plans") };
}

/** Where Profile gives consent to AI processing again, as the server names it. */
function consentPathOf(error: ApiError) {
  const path = error.details?.consentPath;
  return typeof path === "string" && path.startsWith("/") ? path : "/profile#ai-processing";
}

/**
 * Shows why something failed: the server's own words, or a translated note when it is
 * unreachable. The free allowance running out is said in the user's language, with the way on;
 * so is the way to give consent to AI processing again when an interview needs it.
 */
export function ErrorNotice({
  error,
  onRetry,
  message,
}: {
  error: unknown;
  onRetry?: (() => void) | undefined;
  /** Words of the caller's own for a failure that is not from our API (a store SDK's, say). */
  message?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  let text = message ?? t("errors.unknown");
  let upgradePath: string | undefined;
  let consentPath: string | undefined;
  if (error instanceof ApiError) {
    const allowance = error.code === "PAYMENT_REQUIRED" ? allowanceOf(error) : undefined;
    if (error.code === "NETWORK") text = t("errors.network");
    else if (allowance) {
      const date = new Intl.DateTimeFormat(i18n.language, {
        dateStyle: "long",
        timeZone: "UTC",
      }).format(new Date(allowance.renewsAt));
      text = t("errors.allowanceUsed", { ...allowance, date, count: allowance.allowance });
      upgradePath = allowance.upgradePath;
    } else if (error.code !== "INTERNAL") text = error.message;
    if (error.code === "AI_CONSENT_REQUIRED") {
      text = t("errors.aiConsentRequired");
      consentPath = consentPathOf(error);
    }
  }
  return (
    <div className={consentPath ? "notice error wraps" : "notice error"} role="alert">
      <span>{text}</span>
      {upgradePath ? (
        <Link to={upgradePath} className="button small">
          {t("plans.seePlans")}
        </Link>
      ) : null}
      {consentPath ? (
        <Link to={consentPath} className="button small">
          {t("errors.giveConsentAgain")}
        </Link>
      ) : null}
      {onRetry ? (
        <button type="button" className="button small secondary" onClick={onRetry}>
          {t("errors.retry")}
        </button>
      ) : null}
    </div>
  );
}
