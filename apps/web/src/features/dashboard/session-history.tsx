import { interviewType, type SessionSummary } from "@mentara/contracts/sessions";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { Loading } from "../../components/loading.tsx";
import { sessionsQuery } from "./dashboard-api.ts";
import { PastSessionItem } from "./past-session-item.tsx";

const minScores = ["", "50", "70", "85"] as const;

/**
 * Past sessions with filters kept in the address (type, start dates, lowest score), so a
 * filtered history can be reloaded or shared; two finished sessions of one type can be compared.
 */
export function SessionHistory() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const type = interviewType.safeParse(params.get("type")).data;
  const from = params.get("from") ?? "";
  const to = params.get("to") ?? "";
  const minScore = minScores.find((m) => m === params.get("minScore")) ?? "";
  const sessions = useQuery(
    sessionsQuery({
      ...(type ? { type } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      ...(minScore ? { minScore: Number(minScore) } : {}),
    }),
  );
  const [selected, setSelected] = useState<SessionSummary[]>([]);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeStyle: "short" });
  const filtered = Boolean(type || from || to || minScore);
  // The filters as last set here: two quick changes (clear, then pick a type) build on each
  // other even before the address has caught up with the first.
  const latest = useRef(params);
  useEffect(() => {
    latest.current = params;
  }, [params]);
  const applyFilters = (next: URLSearchParams) => {
    latest.current = next;
    setParams(next, { replace: true });
  };
  const setFilter = (key: string, value: string) => {
    const next = new URLSearchParams(latest.current);
    if (value) next.set(key, value);
    else next.delete(key);
    applyFilters(next);
  };
  const toggle = (session: SessionSummary) =>
    setSelected((current) =>
      current.some((s) => s.id === session.id)
        ? current.filter((s) => s.id !== session.id)
        : [...current, session].slice(-2),
    );
  // The earlier interview goes on the left, whichever was chosen first.
  const [first, second] = [...selected].sort((x, y) => x.startedAt.localeCompare(y.startedAt));
  const mixedTypes = first && second && first.type !== second.type;
  return (
    <div className="card">
      <h2>{t("dashboard.pastTitle")}</h2>
      <fieldset className="filters history-filters">
        <legend className="visually-hidden">{t("history.filters")}</legend>
        <label>
          {t("dashboard.type")}
          <select value={type ?? ""} onChange={(e) => setFilter("type", e.target.value)}>
            <option value="">{t("history.anyType")}</option>
            {interviewType.options.map((value) => (
              <option key={value} value={value}>
                {t(`types.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("history.from")}
          <input
            type="date"
            value={from}
            max={to || undefined}
            onChange={(e) => setFilter("from", e.target.value)}
          />
        </label>
        <label>
          {t("history.to")}
          <input
            type="date"
            value={to}
            min={from || undefined}
            onChange={(e) => setFilter("to", e.target.value)}
          />
        </label>
        <label>
          {t("history.minScore")}
          <select value={minScore} onChange={(e) => setFilter("minScore", e.target.value)}>
            {minScores.map((m) => (
              <option key={m} value={m}>
                {m ? t("history.atLeast", { score: m }) : t("history.anyScore")}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {filtered ? (
        <button
          type="button"
          className="link-button"
          onClick={() => applyFilters(new URLSearchParams())}
        >
          {t("history.clear")}
        </button>
      ) : null}
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? (
        <ErrorNotice error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : null}
      {sessions.data?.sessions.length === 0 ? (
        <p className="empty">{filtered ? t("history.noMatch") : t("dashboard.empty")}</p>
      ) : null}
      {sessions.data && sessions.data.sessions.length > 0 ? (
        <ul className="session-list">
          {sessions.data.sessions.map((s) => (
            <PastSessionItem
              key={s.id}
              session={s}
              date={date}
              selected={selected.some((c) => c.id === s.id)}
              onSelect={s.status === "ended" ? () => toggle(s) : undefined}
            />
          ))}
        </ul>
      ) : null}
      {selected.length > 0 ? (
        <div className="compare-bar" aria-live="polite">
          <span>
            {mixedTypes ? t("history.sameType") : t("history.selected", { count: selected.length })}
          </span>
          <button
            type="button"
            className="button"
            disabled={!second || Boolean(mixedTypes)}
            onClick={() => first && second && void navigate(`/compare/${first.id}/${second.id}`)}
          >
            {t("history.compare")}
          </button>
        </div>
      ) : null}
    </div>
  );
}
