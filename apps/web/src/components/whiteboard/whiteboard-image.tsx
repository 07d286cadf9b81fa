import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import "../../lib/excalidraw-assets.ts";
import { Loading } from "../loading.tsx";

const WhiteboardSvg = lazy(() => import("./whiteboard-svg.tsx"));

/**
 * A saved board as a picture, for the report and the replay. Excalidraw loads only when there is
 * something to draw; the picture's label is the board's text description, for screen readers.
 */
export function WhiteboardImage(props: {
  elements: readonly Record<string, unknown>[];
  description: string;
}) {
  const { t } = useTranslation();
  if (props.elements.length === 0) return <p className="empty">{t("whiteboard.empty")}</p>;
  return (
    <Suspense fallback={<Loading label={t("whiteboard.drawing")} />}>
      <WhiteboardSvg elements={props.elements} label={props.description} />
    </Suspense>
  );
}
