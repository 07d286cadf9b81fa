import type { SessionDetail } from "@mentara/contracts/sessions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import Markdown from "react-markdown";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { Loading } from "../../components/loading.tsx";
import { ChatPanel } from "./chat-panel.tsx";
import { endSession, postTurn, requestHint, runCode, sessionQuery } from "./interview-api.ts";
import { LiveScorePanel } from "./live-score-panel.tsx";
import { RunResults } from "./run-results.tsx";
import { SessionTimer } from "./session-timer.tsx";
import { useSessionEvents } from "./use-session-events.ts";

const CodeEditor = lazy(() => import("./code-editor.tsx"));

export function InterviewRoomPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useQuery(sessionQuery(id));
  if (query.isPending) return <Loading label={t("room.loading")} />;
  if (query.isError) {
    return (
      <section className="page narrow">
        <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />
        <Link to="/dashboard">{t("room.backToDashboard")}</Link>
      </section>
    );
  }
  return <Room session={query.data} />;
}

function Room({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const live = useSessionEvents(session.id, {
    turns: session.turns,
    runs: session.runs,
    ended: session.status === "ended",
    scores: session.scores,
    phase: session.phase,
    error: session.aiError,
  });
  const [code, setCode] = useState(session.code);
  const codeRef = useRef(code);
  codeRef.current = code;
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const coding = session.type === "coding" && session.problem !== null;

  const run = useMutation({
    mutationFn: () => runCode(session.id, { language: session.language, code: codeRef.current }),
  });
  const send = useMutation({
    mutationFn: (text: string) =>
      postTurn(session.id, coding ? { text, code: codeRef.current } : { text }),
  });
  const hint = useMutation({ mutationFn: () => requestHint(session.id) });
  const end = useMutation({
    mutationFn: () => endSession(session.id),
    onSuccess: (report) => {
      void queryClient.invalidateQueries({ queryKey: ["sessions"] });
      queryClient.setQueryData(["report", session.id], report);
      void navigate(`/report/${session.id}`);
    },
  });

  const ended = live.ended;
  const runTests = useCallback(() => {
    if (coding && !ended && !run.isPending) run.mutate();
  }, [coding, ended, run]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        runTests();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [runTests]);

  const latestRun = run.data ?? live.runs.at(-1);
  const offline = session.aiEngine === "offline";

  return (
    <div className="room">
      <div className="room-bar">
        <h1>{session.problem?.title ?? session.prompt?.title ?? t(`types.${session.type}`)}</h1>
        <span className="badge">{t(`phases.${live.phase}`, { defaultValue: live.phase })}</span>
        <span
          className={`badge ${offline ? "offline" : ""}`}
          title={offline ? t("room.offlineHint") : session.aiEngine}
        >
          {offline ? t("room.offline") : t("room.aiEngine", { engine: session.aiEngine })}
        </span>
        {live.status === "reconnecting" ? (
          <span className="badge warn">{t("room.reconnecting")}</span>
        ) : null}
        <SessionTimer
          startedAt={session.startedAt}
          limitSec={session.timeLimitSec}
          stopped={ended}
        />
        {ended ? (
          <Link className="button" to={`/report/${session.id}`}>
            {t("room.viewReport")}
          </Link>
        ) : confirmingEnd ? (
          <fieldset className="confirm">
            <legend>{t("room.confirmEnd")}</legend>
            <button
              type="button"
              className="button danger"
              onClick={() => end.mutate()}
              disabled={end.isPending}
            >
              {end.isPending ? t("room.ending") : t("room.yesEnd")}
            </button>
            <button
              type="button"
              className="button secondary"
              onClick={() => setConfirmingEnd(false)}
            >
              {t("room.keepGoing")}
            </button>
          </fieldset>
        ) : (
          <button type="button" className="button secondary" onClick={() => setConfirmingEnd(true)}>
            {t("room.end")}
          </button>
        )}
      </div>
      {end.isError ? <ErrorNotice error={end.error} /> : null}
      {live.error ? (
        <div className="notice error" role="alert">
          {live.error}
        </div>
      ) : null}
      <div className={`room-grid ${coding ? "" : "talk"}`}>
        <section className="panel problem" aria-labelledby="problem-title">
          <h2 id="problem-title">{t(`room.briefTitle.${session.type}`)}</h2>
          <div className="statement">
            {session.problem ? <Markdown>{session.problem.statement}</Markdown> : null}
            {session.prompt ? (
              <>
                <p>{session.prompt.prompt}</p>
                <p className="muted">{session.prompt.scope}</p>
              </>
            ) : null}
            {session.type === "behavioral" ? <p>{t("room.behavioralBrief")}</p> : null}
          </div>
          {coding && session.mode === "practice" && !ended ? (
            <div className="hint-bar">
              <button
                type="button"
                className="button secondary"
                onClick={() => hint.mutate()}
                disabled={hint.isPending}
              >
                {t("room.hint")}
              </button>
              <small className="muted">
                {t("room.hintCost", { count: hint.data?.hintsTaken ?? session.hintsTaken })}
              </small>
            </div>
          ) : null}
          <LiveScorePanel scores={live.scores} mode={session.mode} />
        </section>
        {coding ? (
          <section className="panel editor" aria-labelledby="editor-title">
            <div className="editor-bar">
              <h2 id="editor-title">{t(`languages.${session.language}`)}</h2>
              <button
                type="button"
                className="button"
                onClick={runTests}
                disabled={ended || run.isPending}
                aria-keyshortcuts="Control+Enter Meta+Enter"
              >
                {run.isPending ? t("room.running") : t("room.run")}
              </button>
            </div>
            <Suspense fallback={<Loading label={t("room.loadingEditor")} />}>
              <CodeEditor
                value={session.code}
                language={session.language}
                readOnly={ended}
                label={t("room.editorLabel")}
                onChange={setCode}
                onRun={runTests}
              />
            </Suspense>
            <p className="muted hint">{t("room.shortcut")}</p>
            {run.isError ? <ErrorNotice error={run.error} onRetry={runTests} /> : null}
            <RunResults run={latestRun} running={run.isPending} />
          </section>
        ) : null}
        <ChatPanel
          turns={live.turns}
          streaming={live.streaming?.text ?? null}
          disabled={ended}
          sending={send.isPending}
          error={send.error}
          onSend={(text) => send.mutateAsync(text)}
        />
      </div>
    </div>
  );
}
