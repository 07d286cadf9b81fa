import type { BoardArrow, BoardElement, BoardSummary } from "./board-scene.ts";

const shapeTypes = new Set(["rectangle", "ellipse", "diamond"]);
const arrowTypes = new Set(["arrow"]);
const frameTypes = new Set(["frame", "magicframe"]);
const maxLabel = 80;

const clean = (text: string | null | undefined) => {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > maxLabel ? `${flat.slice(0, maxLabel - 1)}…` : flat;
};

/**
 * The board as text the interviewer and the scorer read: labelled shapes, arrows as
 * "A → B (label)", frames with what they hold, groups and free text. Deleted elements are
 * ignored; a label is the text bound inside a shape or on an arrow.
 */
export function describeBoard(elements: readonly BoardElement[]): BoardSummary {
  const live = elements.filter((e) => !e.isDeleted);
  const byId = new Map(live.map((e) => [e.id, e]));
  const labels = new Map<string, string>();
  const notes: string[] = [];
  for (const element of live) {
    if (element.type !== "text") continue;
    const text = clean(element.originalText ?? element.text);
    if (!text) continue;
    const container = element.containerId ? byId.get(element.containerId) : undefined;
    if (container) labels.set(container.id, text);
    else notes.push(text);
  }

  const nameOf = (id: string | undefined): string | undefined => {
    const element = id ? byId.get(id) : undefined;
    if (!element) return undefined;
    if (element.type === "text") return clean(element.originalText ?? element.text) || undefined;
    return labels.get(element.id) ?? "an unlabelled shape";
  };

  const shapes = live.filter((e) => shapeTypes.has(e.type));
  const boxes = shapes.flatMap((s) => (labels.has(s.id) ? [labels.get(s.id) as string] : []));
  const unlabelled = shapes.length - boxes.length;

  const arrows: BoardArrow[] = [];
  const arrowLines: string[] = [];
  const flows: string[] = [];
  for (const element of live) {
    if (!arrowTypes.has(element.type)) continue;
    const from = nameOf(element.startBinding?.elementId);
    const to = nameOf(element.endBinding?.elementId);
    const label = labels.get(element.id);
    if (!from && !to && !label) continue;
    const line = `${from ?? "(loose end)"} → ${to ?? "(loose end)"}${label ? ` (${label})` : ""}`;
    arrowLines.push(line);
    if (from && to) {
      arrows.push({ from, to, ...(label ? { label } : {}) });
      if (from !== "an unlabelled shape" || to !== "an unlabelled shape") flows.push(line);
    }
  }

  const frameLines = live
    .filter((e) => frameTypes.has(e.type))
    .map((frame) => {
      const held = shapes.filter((s) => s.frameId === frame.id && labels.has(s.id));
      const title = clean(frame.name) || "Frame";
      return held.length
        ? `"${title}" holds ${held.map((s) => labels.get(s.id)).join(", ")}`
        : `"${title}" (empty)`;
    });

  const groups = new Map<string, string[]>();
  for (const shape of shapes) {
    const group = shape.groupIds?.[0];
    const label = labels.get(shape.id);
    if (group && label) groups.set(group, [...(groups.get(group) ?? []), label]);
  }
  const groupLines = [...groups.values()].filter((g) => g.length > 1).map((g) => g.join(" + "));

  const lines = [
    boxes.length || unlabelled
      ? `Boxes: ${[
          boxes.map((b) => `"${b}"`).join(", "),
          unlabelled ? `${unlabelled} unlabelled` : "",
        ]
          .filter(Boolean)
          .join("; ")}.`
      : "",
    arrowLines.length ? `Arrows: ${arrowLines.join("; ")}.` : "",
    frameLines.length ? `Frames: ${frameLines.join("; ")}.` : "",
    groupLines.length ? `Groups: ${groupLines.join("; ")}.` : "",
    notes.length ? `Notes: ${notes.map((n) => `"${n}"`).join("; ")}.` : "",
  ];
  return { text: lines.filter(Boolean).join("\n"), flows, notes, arrows };
}
