import "@excalidraw/excalidraw/index.css";
import { Excalidraw } from "@excalidraw/excalidraw";
import type { ExcalidrawElement } from "@excalidraw/excalidraw/element/types";
import { useRef } from "react";
import { useTranslation } from "react-i18next";

/** Excalidraw's languages for ours. */
const langCodes: Record<string, string> = { en: "en", ru: "ru-RU" };

/**
 * The drawing surface (its own chunk, loaded only in the interview room). Hands every change of
 * the elements to `onChange`; selection and scrolling alone are not changes.
 */
export default function WhiteboardCanvas(props: {
  initialElements: readonly Record<string, unknown>[];
  readOnly: boolean;
  onChange: (elements: readonly ExcalidrawElement[]) => void;
}) {
  const { i18n } = useTranslation();
  const lastVersion = useRef(-1);
  return (
    <Excalidraw
      initialData={{
        elements: props.initialElements as unknown as ExcalidrawElement[],
        appState: { viewBackgroundColor: "#ffffff" },
        scrollToContent: true,
      }}
      langCode={langCodes[i18n.language] ?? "en"}
      viewModeEnabled={props.readOnly}
      UIOptions={{
        canvasActions: {
          loadScene: false,
          saveToActiveFile: false,
          export: false,
          saveAsImage: false,
          toggleTheme: false,
        },
        tools: { image: false },
      }}
      onChange={(elements) => {
        // The sum of element versions moves only when something was drawn, moved or deleted.
        const version = elements.reduce((sum, e) => sum + e.version, elements.length);
        if (version === lastVersion.current) return;
        const first = lastVersion.current === -1;
        lastVersion.current = version;
        // Deleted shapes stay in Excalidraw's list (for undo) but are not part of the board.
        if (!first) props.onChange(elements.filter((element) => !element.isDeleted));
      }}
    />
  );
}
