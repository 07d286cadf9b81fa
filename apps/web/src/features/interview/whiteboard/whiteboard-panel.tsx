import { useQuery } from "@tanstack/react-query";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNotice } from "../../../components/error-notice.tsx";
import { Loading } from "../../../components/loading.tsx";
import "../../../lib/excalidraw-assets.ts";
import { boardQuery } from "../../../lib/whiteboard-api.ts";
import type { BoardSaver, SaveState } from "./board-saver.ts";

const WhiteboardCanvas = lazy(() => import("./whiteboard-canvas.tsx"));

/**
 * The whiteboard pane: the board as last saved, drawn on and saved as the candidate goes, with
 * what the save is doing. The room renders it only while the board is shown, so the drawing
 * surface loads only then.
 */
export function WhiteboardPanel(props: {
  sessionId: string;
  id: string;
  className: string;
  ended: boolean;
  saver: BoardSaver;
  saveState: SaveState;
  /** The server's words when it refused the board. */
  refusal?: string | undefined;
}) {
  const { t } = useTranslation();
  const board = useQuery(boardQuery(props.sessionId));
  return (
    <section
      id={props.id}
      className={`panel board ${props.className}`}
      aria-labelledby="board-title"
    >
      <div className="board-bar">
        <h2 id="board-title">{t("whiteboard.title")}</h2>
        <span className={`board-save ${props.saveState}`} role="status" aria-live="polite">
          {props.saveState === "idle" || props.saveState === "refused"
            ? ""
            : t(`whiteboard.${props.saveState}`)}
        </span>
      </div>
      {props.saveState === "refused" ? (
        <p className="notice error" role="alert">
          {t("whiteboard.refused", { reason: (props.refusal ?? "").replace(/\.$/, "") })}
        </p>
      ) : null}
      <p className="muted hint">{props.ended ? t("whiteboard.ended") : t("whiteboard.hint")}</p>
      {board.isPending ? (
        <Loading label={t("whiteboard.loading")} />
      ) : board.isError ? (
        <ErrorNotice error={board.error} onRetry={() => void board.refetch()} />
      ) : (
        <div className="board-canvas">
          <Suspense fallback={<Loading label={t("whiteboard.loading")} />}>
            <WhiteboardCanvas
              initialElements={board.data?.elements ?? []}
              readOnly={props.ended}
              onChange={(elements) => props.saver.changed(elements)}
            />
          </Suspense>
        </div>
      )}
    </section>
  );
}
