import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { ApiError } from "../../lib/api-client.ts";

/** A failure from our API as usual; one from the store SDK with the store's own words. */
export function PurchaseErrorNotice({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const fromStore = error instanceof Error && !(error instanceof ApiError);
  return (
    <ErrorNotice
      error={error}
      onRetry={onRetry}
      message={fromStore ? t("plans.storeFailed", { reason: error.message }) : undefined}
    />
  );
}
