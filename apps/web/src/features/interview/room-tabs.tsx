import { type KeyboardEvent, useRef } from "react";
import { useTranslation } from "react-i18next";

export type Pane = "problem" | "code" | "results" | "board" | "chat";

/**
 * On a phone the room is one pane at a time, a tap apart: the problem, the code, the test
 * results, the whiteboard and the chat, with a marker on the chat when the interviewer has spoken meanwhile.
 * Wider screens show every pane at once and hide these tabs. Arrow keys move between tabs.
 */
export function RoomTabs(props: {
  coding: boolean;
  board: boolean;
  active: Pane;
  unread: boolean;
  onSelect: (pane: Pane) => void;
}) {
  const { t } = useTranslation();
  const panes: Pane[] = [
    "problem",
    ...(props.coding ? (["code", "results"] as const) : []),
    ...(props.board ? (["board"] as const) : []),
    "chat",
  ];
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const label = (pane: Pane) =>
    pane === "problem" && !props.coding
      ? t("room.tabBrief")
      : t(`room.tab${pane[0]?.toUpperCase()}${pane.slice(1)}`);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + panes.length) % panes.length;
    const pane = panes[next];
    if (pane) props.onSelect(pane);
    buttons.current[next]?.focus();
  };
  return (
    <div className="room-tabs" role="tablist" aria-label={t("room.tabsLabel")}>
      {panes.map((pane, index) => (
        <button
          key={pane}
          ref={(element) => {
            buttons.current[index] = element;
          }}
          type="button"
          role="tab"
          id={`tab-${pane}`}
          aria-selected={props.active === pane}
          aria-controls={`pane-${pane}`}
          tabIndex={props.active === pane ? 0 : -1}
          className={props.active === pane ? "active" : ""}
          onClick={() => props.onSelect(pane)}
          onKeyDown={(event) => onKeyDown(event, index)}
        >
          {label(pane)}
          {pane === "chat" && props.unread ? (
            <span className="unread-dot" role="img" aria-label={t("room.unread")} />
          ) : null}
        </button>
      ))}
    </div>
  );
}
