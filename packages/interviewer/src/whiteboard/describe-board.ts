import type { BoardArrow, BoardElement, BoardSummary } from "./board-scene.ts";

const shapeTypes = new Set(["rectangle", "ellipse", "diamond"]);
const arrowTypes = new Set(["arrow"]);
const frameTypes = new Set(["frame", "magicframe"]);
const maxLabel = 80;
/** How far outside a shape a loose arrow end may stop and still point at it, in board pixels. */
const reach = 24;

const clean = (text: string | null | undefined) => {
  const flat = (text ?? "").replace(/\s+/g, " ").trim();
  return flat.length > maxLabel ? `${flat.slice(0, maxLabel - 1)}…` : flat;
};

const box = (e: BoardElement) =>
  e.x === undefined || e.y === undefined || e.width === undefined || e.height === undefined
    ? undefined
    : { left: e.x, top: e.y, right: e.x + e.width, bottom: e.y + e.height };

/**
 * What an arrow's end touches when the editor did not attach it: the smallest shape or note
 * within reach of the end point. People draw arrows that stop short of a box or cross into it.
 */
function touchedBy(
  arrow: BoardElement,
  end: "start" | "end",
  targets: readonly BoardElement[],
): string | undefined {
  const point = end === "start" ? arrow.points?.[0] : arrow.points?.at(-1);
  if (!point || arrow.x === undefined || arrow.y === undefined) return undefined;
  const [px, py] = [arrow.x + point[0], arrow.y + point[1]];
  let best: { id: string; area: number } | undefined;
  for (const target of targets) {
    const b = box(target);
    if (!b) continue;
    const inside =
      px >= Math.min(b.left, b.right) - reach &&
      px <= Math.max(b.left, b.right) + reach &&
      py >= Math.min(b.top, b.bottom) - reach &&
      py <= Math.max(b.top, b.bottom) + reach;
    const area = Math.abs((b.right - b.left) * (b.bottom - b.top));
    if (inside && (!best || area < best.area)) best = { id: target.id, area };
  }
  return best?.id;
}

/**
 * The board as text the interviewer and the scorer read: labelled shapes, arrows as
 * "A → B (label)", frames with what they hold, groups and free text. Deleted elements are
 * ignored; a label is the text bound inside a shape or on an arrow. An arrow's end is the shape
 * it is attached to or, when it is loose, the shape it stops at.
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

  const ends = [...shapes, ...live.filter((e) => e.type === "text" && !e.containerId)];
  const arrows: BoardArrow[] = [];
  const arrowLines: string[] = [];
  const flows: string[] = [];
  for (const element of live) {
    if (!arrowTypes.has(element.type)) continue;
    const from = nameOf(element.startBinding?.elementId ?? touchedBy(element, "start", ends));
    const to = nameOf(element.endBinding?.elementId ?? touchedBy(element, "end", ends));
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
