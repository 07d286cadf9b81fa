import { exportToSvg } from "@excalidraw/excalidraw";
import type { NonDeletedExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

/** A board drawn as an SVG picture (its own chunk, with Excalidraw). */
export default function WhiteboardSvg(props: {
  elements: readonly Record<string, unknown>[];
  label: string;
}) {
  const { t } = useTranslation();
  const holder = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let current = true;
    exportToSvg({
      elements: props.elements as unknown as NonDeletedExcalidrawElement[],
      appState: { exportBackground: true, viewBackgroundColor: "#ffffff" },
      files: null,
      exportPadding: 16,
    }).then(
      (svg: SVGSVGElement) => {
        if (!current || !holder.current) return;
        svg.removeAttribute("width");
        svg.removeAttribute("height");
        svg.setAttribute("aria-hidden", "true");
        holder.current.replaceChildren(svg);
      },
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [props.elements]);
  if (failed) return <p className="notice error">{t("whiteboard.drawFailed")}</p>;
  return <div ref={holder} className="board-image" role="img" aria-label={props.label} />;
}
