/**
 * The parts of an Excalidraw scene element the interviewer reads. Everything else the editor
 * keeps (styles, versions, coordinates) is irrelevant to what the drawing says.
 */
export interface BoardElement {
  id: string;
  type: string;
  isDeleted?: boolean | undefined;
  /** Text elements: what is written (`originalText` keeps the lines before wrapping). */
  text?: string | undefined;
  originalText?: string | undefined;
  /** A text element bound to a shape or an arrow: the label of that container. */
  containerId?: string | null | undefined;
  /** Arrows: the shapes their ends are attached to. */
  startBinding?: { elementId: string } | null | undefined;
  endBinding?: { elementId: string } | null | undefined;
  /** Innermost group last, as Excalidraw keeps them. */
  groupIds?: readonly string[] | undefined;
  frameId?: string | null | undefined;
  /** Frames: their title. */
  name?: string | null | undefined;
  /** Where the element is: its top-left corner and size; an arrow's points from that corner. */
  x?: number | undefined;
  y?: number | undefined;
  width?: number | undefined;
  height?: number | undefined;
  points?: readonly (readonly [number, number])[] | undefined;
}

/** An arrow between two labelled things on the board. */
export interface BoardArrow {
  from: string;
  to: string;
  label?: string | undefined;
}

/** What the board says, for the interviewer, the scorer and the report. */
export interface BoardSummary {
  /** The whole board as text, one line per kind of thing: boxes, arrows, frames, groups, notes. */
  text: string;
  /** Arrows with both ends attached: "A → B (label)". Connected components make a design. */
  flows: string[];
  /** Free text written on the board, not inside a shape. */
  notes: string[];
  arrows: BoardArrow[];
}
