import type { SessionDetail } from "@mentara/contracts/sessions";
import { run as runSchema } from "@mentara/contracts/sessions";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import Markdown from "react-markdown";
import { Link, useNavigate, useParams } from "react-router";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { Loading } from "../../components/loading.tsx";
import { isOnline, onLifecycle } from "../../lib/app-lifecycle.ts";
import { registerCandidateText } from "../../lib/diagnostics/candidate-text.ts";
import { setLeaveWarning } from "../../lib/native-platform.ts";
import { newRequestKey, sendReliably } from "../../lib/reliable-request.ts";
import { ChatPanel } from "./chat-panel.tsx";
import { endSession, requestHint, sessionQuery } from "./interview-api.ts";
import { LiveScorePanel } from "./live-score-panel.tsx";
import { useOutbox } from "./outbox.ts";
import { type Pane, RoomTabs } from "./room-tabs.tsx";
import { RunResults } from "./run-results.tsx";
import { SessionTimer } from "./session-timer.tsx";
import { useSessionEvents } from "./use-session-events.ts";
import { createBoardSaver, type SaveState } from "./whiteboard/board-saver.ts";
import { WhiteboardPanel } from "./whiteboard/whiteboard-panel.tsx";

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

/** Whether the browser says the network is there, kept current. */
function useOnline(): boolean {
  const [online, setOnline] = useState(isOnline);
  useEffect(
    () =>
      onLifecycle((event) => {
        if (event === "online" || event === "offline") setOnline(event === "online");
      }),
    [],
  );
  return online;
}

function Room({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const live = useSessionEvents(
    session.id,
    {
      turns: session.turns,
      runs: session.runs,
      ended: session.status === "ended",
      scores: session.scores,
      phase: session.phase,
      error: session.aiError,
    },
    // Back from the background: the server's clock and state may have moved on.
    () => void queryClient.invalidateQueries({ queryKey: ["session", session.id] }),
  );
  const [code, setCode] = useState(session.code);
  const codeRef = useRef(code);
  codeRef.current = code;
  // A crash report never carries the candidate's code.
  useEffect(() => registerCandidateText(() => [codeRef.current]), []);
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const coding = session.type === "coding" && session.problem !== null;
  const [pane, setPane] = useState<Pane>(coding ? "code" : "chat");
  // The board sits beside the chat in system design; in coding it opens when asked for.
  const design = session.type === "system_design";
  const boardable = design || coding;
  const [boardOpen, setBoardOpen] = useState(design);
  const showBoard = boardable && (boardOpen || pane === "board");
  const [boardSave, setBoardSave] = useState<{ state: SaveState; message?: string }>({
    state: "idle",
  });
  const boardSaver = useMemo(
    () => createBoardSaver(session.id, (state, message) => setBoardSave({ state, message })),
    [session.id],
  );
  useEffect(() => {
    // Going to the background saves what was drawn since the last save.
    const stop = onLifecycle((event) => {
      if (event === "pause") void boardSaver.flush();
    });
    return () => {
      stop();
      void boardSaver.flush().finally(() => boardSaver.dispose());
    };
  }, [boardSaver]);
  const online = useOnline();
  const [refused, setRefused] = useState<{ text: string; error: unknown } | null>(null);
  const outbox = useOutbox(session.id, (text, error) => setRefused({ text, error }), live.addTurn);

  const [runWaiting, setRunWaiting] = useState(false);
  const run = useMutation({
    mutationFn: () =>
      sendReliably(
        `/sessions/${session.id}/runs`,
        runSchema,
        { language: session.language, code: codeRef.current },
        newRequestKey(),
        setRunWaiting,
      ),
    onSuccess: () => setPane((current) => (current === "code" ? "results" : current)),
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

  // The Android back button asks before leaving an interview that is still running.
  useEffect(() => {
    setLeaveWarning(ended ? null : t("room.leaveWarning"));
    return () => setLeaveWarning(null);
  }, [ended, t]);

  // A new interviewer message while another pane is open marks the chat unread (phone layout).
  const interviewerTurns = live.turns.filter((turn) => turn.role === "interviewer").length;
  const [seenTurns, setSeenTurns] = useState(interviewerTurns);
  useEffect(() => {
    if (pane === "chat") setSeenTurns(interviewerTurns);
  }, [pane, interviewerTurns]);
  const unread = pane !== "chat" && interviewerTurns > seenTurns;

  const latestRun = run.data ?? live.runs.at(-1);
  const offline = session.aiEngine === "offline";
  const showOffline = !online || outbox.waiting || runWaiting;
  const paneClass = (name: Pane) => (pane === name ? "pane active" : "pane");

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
          serverTime={session.serverTime}
          stopped={ended}
        />
        {coding ? (
          <button
            type="button"
            className="button secondary board-toggle"
            aria-pressed={boardOpen}
            onClick={() => setBoardOpen((open) => !open)}
          >
            {t("whiteboard.toggle")}
          </button>
        ) : null}
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
      {showOffline ? (
        <div className="notice warning offline-notice" role="status">
          {t("room.offlineNotice")}
        </div>
      ) : null}
      {end.isError ? <ErrorNotice error={end.error} /> : null}
      {live.error ? (
        <div className="notice error" role="alert">
          {live.error}
        </div>
      ) : null}
      <RoomTabs
        coding={coding}
        board={boardable}
        active={pane}
        unread={unread}
        onSelect={setPane}
      />
      <div className={`room-grid ${coding ? "coding" : "talk"} ${showBoard ? "with-board" : ""}`}>
        <section
          id="pane-problem"
          className={`panel problem ${paneClass("problem")}`}
          aria-labelledby="problem-title"
        >
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
          <section
            id="pane-code"
            className={`panel editor ${paneClass("code")}`}
            aria-labelledby="editor-title"
          >
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
            {runWaiting ? (
              <p className="muted" role="status">
                {t("room.runWaiting")}
              </p>
            ) : null}
            {run.isError ? <ErrorNotice error={run.error} onRetry={runTests} /> : null}
          </section>
        ) : null}
        {coding ? (
          <RunResults
            id="pane-results"
            className={paneClass("results")}
            run={latestRun}
            running={run.isPending}
          />
        ) : null}
        {showBoard ? (
          <WhiteboardPanel
            sessionId={session.id}
            id="pane-board"
            className={paneClass("board")}
            ended={ended}
            saver={boardSaver}
            saveState={boardSave.state}
            refusal={boardSave.message}
          />
        ) : null}
        <ChatPanel
          id="pane-chat"
          className={paneClass("chat")}
          turns={live.turns}
          pending={outbox.pending}
          streaming={live.streaming?.text ?? null}
          disabled={ended}
          refused={refused}
          onSend={(text, speech) => {
            setRefused(null);
            // The interviewer reads the board with the turn: what was just drawn is saved first.
            void boardSaver
              .flush()
              .then(() => outbox.send(text, coding ? codeRef.current : undefined, speech));
          }}
        />
      </div>
    </div>
  );
}
