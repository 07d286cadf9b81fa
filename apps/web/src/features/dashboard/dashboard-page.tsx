import {
  type CodingLanguage,
  codingLanguages,
  difficulties,
  type InterviewMode,
  type InterviewType,
  interviewModes,
  interviewTypes,
  type Level,
  levels,
  oneOf,
} from "@mentara/domain/interview";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { Loading } from "../../components/loading.tsx";
import { AllowanceNotice } from "../../components/plan-summary.tsx";
import { meQuery } from "../../lib/account-api.ts";
import { billingQuery } from "../../lib/billing-api.ts";
import { startSession } from "../../lib/start-session.ts";
import { catalogQuery } from "./dashboard-api.ts";
import { SessionHistory } from "./session-history.tsx";

export function DashboardPage() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <h1>{t("dashboard.title")}</h1>
      <div className="dashboard-grid">
        <StartInterview />
        <SessionHistory />
      </div>
    </section>
  );
}

function StartInterview() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const catalog = useQuery(catalogQuery);
  const [type, setType] = useState<InterviewType>("coding");
  const [mode, setMode] = useState<InterviewMode>("practice");
  // The level chosen in onboarding or Profile is the starting point; this form can change it.
  const me = useQuery(meQuery);
  const [level, setLevel] = useState<Level>(me.data?.level ?? "mid");
  const [language, setLanguage] = useState<CodingLanguage>("javascript");
  const [topic, setTopic] = useState("");
  const [difficulty, setDifficulty] = useState("");
  const [problemId, setProblemId] = useState("");
  const [promptId, setPromptId] = useState("");
  const [competency, setCompetency] = useState("");
  const matching = (catalog.data?.problems ?? []).filter(
    (p) => (!topic || p.topics.includes(topic)) && (!difficulty || p.difficulty === difficulty),
  );
  const chosen = matching.some((p) => p.id === problemId) ? problemId : "";
  const start = useMutation({
    mutationFn: () =>
      startSession({
        type,
        mode,
        level,
        ...(type === "coding"
          ? {
              language,
              ...(chosen ? { problemId: chosen } : {}),
              ...(!chosen && topic ? { topic } : {}),
              ...(!chosen && difficulty
                ? { difficulty: oneOf(difficulties, difficulty, "easy") }
                : {}),
            }
          : {}),
        ...(type === "system_design" && promptId ? { promptId } : {}),
        ...(type === "behavioral" && competency ? { competency } : {}),
      }),
    onSuccess: (session) => {
      // The new interview belongs in the history when the user comes back.
      void queryClient.invalidateQueries({ queryKey: ["sessions"] });
      void navigate(`/interview/${session.id}`);
    },
  });
  const billing = useQuery(billingQuery);
  // The server decides; this only spares a refusal the page can already foresee.
  const usedUp =
    billing.data?.billing === "on" && billing.data.plan === "free" && billing.data.remaining === 0;
  const blocked = (type === "coding" && matching.length === 0) || usedUp;
  return (
    <div className="card">
      <h2>{t("dashboard.startTitle")}</h2>
      <p className="muted">{t(`dashboard.startBody.${type}`)}</p>
      <AllowanceNotice />
      {catalog.isPending ? <Loading /> : null}
      {catalog.isError ? (
        <ErrorNotice error={catalog.error} onRetry={() => void catalog.refetch()} />
      ) : null}
      {catalog.data ? (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            start.mutate();
          }}
        >
          <fieldset className="segmented">
            <legend>{t("dashboard.type")}</legend>
            {interviewTypes.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name="type"
                  value={value}
                  checked={type === value}
                  onChange={() => setType(value)}
                />
                {t(`types.${value}`)}
              </label>
            ))}
          </fieldset>
          {/* Full width: the modes' labels say what each gives, and a half-width select cut them. */}
          <label>
            {t("dashboard.mode")}
            <select
              value={mode}
              onChange={(e) => setMode(oneOf(interviewModes, e.target.value, "practice"))}
            >
              {interviewModes.map((m) => (
                <option key={m} value={m}>
                  {t(`modes.${m}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t("dashboard.level")}
            <select value={level} onChange={(e) => setLevel(oneOf(levels, e.target.value, "mid"))}>
              {levels.map((l) => (
                <option key={l} value={l}>
                  {t(`levels.${l}`)}
                </option>
              ))}
            </select>
          </label>
          {type === "coding" ? (
            <>
              <div className="filters">
                <label>
                  {t("dashboard.topic")}
                  <select value={topic} onChange={(e) => setTopic(e.target.value)}>
                    <option value="">{t("dashboard.anyTopic")}</option>
                    {catalog.data.topics.map((name) => (
                      <option key={name} value={name}>
                        {t(`topics.${name}`)}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  {t("dashboard.difficulty")}
                  <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)}>
                    <option value="">{t("dashboard.anyDifficulty")}</option>
                    {difficulties.map((d) => (
                      <option key={d} value={d}>
                        {t(`difficulty.${d}`)}
                      </option>
                    ))}
                  </select>
                </label>
              </div>
              <label>
                {t("dashboard.problem")}
                <select
                  value={chosen}
                  onChange={(e) => setProblemId(e.target.value)}
                  disabled={matching.length === 0}
                >
                  <option value="">{t("dashboard.anyProblem", { count: matching.length })}</option>
                  {matching.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.title} · {t(`difficulty.${p.difficulty}`)}
                    </option>
                  ))}
                </select>
              </label>
              {matching.length === 0 ? <p className="empty">{t("dashboard.noMatch")}</p> : null}
              <label>
                {t("dashboard.language")}
                <select
                  value={language}
                  onChange={(e) =>
                    setLanguage(oneOf(codingLanguages, e.target.value, "javascript"))
                  }
                >
                  {codingLanguages.map((l) => (
                    <option key={l} value={l}>
                      {t(`languages.${l}`)}
                    </option>
                  ))}
                </select>
              </label>
            </>
          ) : null}
          {type === "system_design" ? (
            <label>
              {t("dashboard.prompt")}
              <select value={promptId} onChange={(e) => setPromptId(e.target.value)}>
                <option value="">{t("dashboard.anyPrompt")}</option>
                {catalog.data.designPrompts.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {type === "behavioral" ? (
            <label>
              {t("dashboard.competency")}
              <select value={competency} onChange={(e) => setCompetency(e.target.value)}>
                <option value="">{t("dashboard.anyCompetency")}</option>
                {catalog.data.competencies.map((c) => (
                  <option key={c} value={c}>
                    {t(`competencies.${c}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {start.isError ? <ErrorNotice error={start.error} /> : null}
          <button
            type="submit"
            className="button"
            disabled={start.isPending || blocked}
            aria-busy={start.isPending}
          >
            {start.isPending ? t("dashboard.starting") : t("dashboard.start")}
          </button>
        </form>
      ) : null}
    </div>
  );
}
