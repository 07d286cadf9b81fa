import type { InterviewType } from "@mentara/domain/interview";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { WhiteboardImage } from "../../components/whiteboard/whiteboard-image.tsx";
import { boardQuery } from "../../lib/whiteboard-api.ts";

/**
 * The board as it was when the interview ended. Shown for every system design interview (an
 * empty board says so) and for a coding interview whose candidate drew on it.
 */
export function ReportBoard(props: { sessionId: string; type: InterviewType }) {
  const { t } = useTranslation();
  const board = useQuery(boardQuery(props.sessionId));
  const elements = board.data?.elements ?? [];
  if (board.isPending || board.isError) return null;
  if (elements.length === 0 && props.type !== "system_design") return null;
  return (
    <section className="card report-board" aria-labelledby="board-title">
      <h2 id="board-title">{t("whiteboard.reportTitle")}</h2>
      <WhiteboardImage elements={elements} description={board.data?.description ?? ""} />
    </section>
  );
}
