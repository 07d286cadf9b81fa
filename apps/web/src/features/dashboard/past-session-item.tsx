import type { SessionSummary } from "@mentara/contracts/sessions";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { deleteSession } from "./dashboard-api.ts";

/**
 * One past interview: opens its report (or the room), can be chosen for comparison, and can be
 * deleted after a confirmation.
 */
export function PastSessionItem({
  session: s,
  date,
  selected,
  onSelect,
}: {
  session: SessionSummary;
  date: Intl.DateTimeFormat;
  /** Chosen for a side-by-side comparison. */
  selected: boolean;
  /** Finished sessions only: choose or unchoose it for comparison. */
  onSelect: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  // Keyboard users land on the safe choice when the question appears.
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const remove = useMutation({
    mutationFn: () => deleteSession(s.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["sessions"] }),
  });
  return (
    <li className="past-session">
      {onSelect ? (
        <input
          type="checkbox"
          className="compare-check"
          checked={selected}
          onChange={onSelect}
          aria-label={t("history.selectLabel", { title: s.title })}
        />
      ) : null}
      <Link to={s.status === "ended" ? `/report/${s.id}` : `/interview/${s.id}`}>
        <strong>{s.title}</strong>
        <span className="muted">
          {date.format(new Date(s.startedAt))} · {t(`types.${s.type}`)} · {t(`levels.${s.level}`)}
        </span>
        <span className={`badge ${s.status}`}>
          {s.status === "ended"
            ? t("dashboard.score", { score: s.score ?? 0 })
            : t("dashboard.inProgress")}
        </span>
      </Link>
      {confirming ? (
        <div className="confirm">
          <span>{t("dashboard.deleteConfirm", { title: s.title })}</span>
          <button
            type="button"
            className="button danger"
            disabled={remove.isPending}
            aria-busy={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {t("dashboard.deleteYes")}
          </button>
          <button
            ref={keep}
            type="button"
            className="button secondary"
            onClick={() => setConfirming(false)}
          >
            {t("dashboard.deleteNo")}
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="link-button"
          aria-label={t("dashboard.deleteLabel", { title: s.title })}
          onClick={() => setConfirming(true)}
        >
          {t("dashboard.delete")}
        </button>
      )}
      {remove.isError ? <ErrorNotice error={remove.error} /> : null}
    </li>
  );
}
