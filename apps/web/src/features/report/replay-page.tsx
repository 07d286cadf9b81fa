import { type Replay, replay } from "@mentara/contracts/sessions";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { Loading } from "../../components/loading.tsx";
import { PageError } from "../../components/page-error.tsx";
import { WhiteboardImage } from "../../components/whiteboard/whiteboard-image.tsx";
import { apiRequest } from "../../lib/api-client.ts";

const replayQuery = (id: string) =>
  queryOptions({
    queryKey: ["replay", id],
    queryFn: () => apiRequest(`/sessions/${id}/replay`, replay),
  });

type Moment =
  | { kind: "turn"; at: string; turn: Replay["turns"][number] }
  | { kind: "code"; at: string; code: string }
  | { kind: "run"; at: string; run: Replay["runs"][number] }
  | { kind: "board"; at: string; board: Replay["boards"][number] };

/** Every turn, code save, run and saved board, in the order they happened. */
function timeline(r: Replay): Moment[] {
  return [
    ...r.turns.map((turn) => ({ kind: "turn" as const, at: turn.createdAt, turn })),
    ...r.snapshots.map((s) => ({ kind: "code" as const, at: s.createdAt, code: s.code })),
    ...r.runs.map((run) => ({ kind: "run" as const, at: run.createdAt, run })),
    ...r.boards.map((board) => ({ kind: "board" as const, at: board.savedAt, board })),
  ].sort((a, b) => a.at.localeCompare(b.at));
}

/** The interview replayed: a scrubber over its moments, the code as it was, and what was said. */
export function ReplayPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useQuery(replayQuery(id));
  const [position, setPosition] = useState<number | undefined>(undefined);
  if (query.isPending) return <Loading label={t("replay.loading")} />;
  if (query.isError) return <PageError query={query} />;
  const moments = timeline(query.data);
  const at = Math.min(position ?? moments.length - 1, moments.length - 1);
  const past = moments.slice(0, at + 1);
  const code = past.filter((m) => m.kind === "code").at(-1);
  const lastRun = past.filter((m) => m.kind === "run").at(-1);
  const board = past.filter((m) => m.kind === "board").at(-1);
  const drew = query.data.boards.length > 0;
  // A design interview's replay shows its board instead of an empty code pane.
  const wrote = query.data.snapshots.length > 0 || query.data.runs.length > 0;
  return (
    <section className="page replay">
      <h1>{t("replay.title")}</h1>
      <div className="card">
        <label htmlFor="scrubber">
          {t("replay.position", { at: at + 1, total: moments.length })}
        </label>
        <input
          id="scrubber"
          type="range"
          min={0}
          max={Math.max(0, moments.length - 1)}
          value={at}
          onChange={(event) => setPosition(Number(event.target.value))}
        />
      </div>
      <div className="replay-grid">
        {wrote || !drew ? (
          <section className="panel" aria-labelledby="replay-code">
            <h2 id="replay-code">{t("replay.code")}</h2>
            {code?.kind === "code" ? (
              <pre className="replay-code">
                <code>{code.code}</code>
              </pre>
            ) : (
              <p className="empty">{t("replay.noCode")}</p>
            )}
            {lastRun?.kind === "run" ? (
              <p className="muted">
                {t("replay.run", { passed: lastRun.run.passed, total: lastRun.run.total })}
              </p>
            ) : null}
          </section>
        ) : null}
        {drew ? (
          <section className="panel replay-board" aria-labelledby="replay-board">
            <h2 id="replay-board">{t("whiteboard.replayTitle")}</h2>
            <WhiteboardImage
              elements={board?.kind === "board" ? board.board.elements : []}
              description={board?.kind === "board" ? board.board.description : ""}
            />
          </section>
        ) : null}
        <section className="panel" aria-labelledby="replay-chat">
          <h2 id="replay-chat">{t("replay.transcript")}</h2>
          <ol className="messages">
            {past.flatMap((m) =>
              m.kind === "turn"
                ? [
                    <li key={m.turn.id} className={`message ${m.turn.role}`}>
                      <span className="who">{t(`room.${m.turn.role}`)}</span>
                      {m.turn.speech ? (
                        <small className="spoken-mark">{t("voice.spokenMark")}</small>
                      ) : null}
                      <p>{m.turn.text}</p>
                    </li>,
                  ]
                : m.kind === "run"
                  ? [
                      <li key={m.run.id} className="message run">
                        {t("replay.run", { passed: m.run.passed, total: m.run.total })}
                      </li>,
                    ]
                  : [],
            )}
          </ol>
        </section>
      </div>
      <div className="actions">
        <Link className="button secondary" to={`/report/${id}`}>
          {t("replay.back")}
        </Link>
      </div>
    </section>
  );
}
