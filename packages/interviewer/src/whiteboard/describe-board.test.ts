import { describe, expect, it } from "vitest";
import type { BoardElement } from "./board-scene.ts";
import { describeBoard } from "./describe-board.ts";

const box = (id: string, label?: string, extra: Partial<BoardElement> = {}): BoardElement[] => [
  { id, type: "rectangle", ...extra },
  ...(label ? [{ id: `${id}-label`, type: "text", text: label, containerId: id }] : []),
];
const arrow = (id: string, from?: string, to?: string, label?: string): BoardElement[] => [
  {
    id,
    type: "arrow",
    startBinding: from ? { elementId: from } : null,
    endBinding: to ? { elementId: to } : null,
  },
  ...(label ? [{ id: `${id}-label`, type: "text", text: label, containerId: id }] : []),
];

describe("describing the whiteboard", () => {
  it("reads a loose arrow by where its ends stop: at a box, inside one, or nowhere", () => {
    const at = (x: number, y: number) => ({ x, y, width: 100, height: 60 });
    const loose = (id: string, x: number, y: number, to: [number, number]): BoardElement => ({
      id,
      type: "arrow",
      x,
      y,
      points: [[0, 0], to],
    });
    const board = describeBoard([
      ...box("api", "API servers", at(0, 0)),
      ...box("db", "Database", at(300, 0)),
      // Starts 10 px right of the API box, ends inside the database box.
      loose("a1", 110, 30, [220, 0]),
      // Starts inside the database box and stops in empty space far below.
      loose("a2", 350, 30, [0, 400]),
    ]);
    expect(board.arrows).toEqual([{ from: "API servers", to: "Database" }]);
    expect(board.text).toContain("Arrows: API servers → Database; Database → (loose end).");
  });

  it("names labelled boxes and arrows between them, with the arrow's own label", () => {
    const board = describeBoard([
      ...box("api", "API servers"),
      ...box("cache", "Cache"),
      ...box("db", "Postgres\nprimary"),
      ...arrow("a1", "api", "cache", "reads"),
      ...arrow("a2", "cache", "db"),
    ]);
    expect(board.text).toBe(
      [
        'Boxes: "API servers", "Cache", "Postgres primary".',
        "Arrows: API servers → Cache (reads); Cache → Postgres primary.",
      ].join("\n"),
    );
    expect(board.flows).toEqual(["API servers → Cache (reads)", "Cache → Postgres primary"]);
    expect(board.arrows).toEqual([
      { from: "API servers", to: "Cache", label: "reads" },
      { from: "Cache", to: "Postgres primary" },
    ]);
  });

  it("says where an arrow has a loose end, and counts unlabelled shapes without inventing names", () => {
    const board = describeBoard([
      ...box("lb", "Load balancer"),
      ...box("blank"),
      ...arrow("a1", "lb", undefined, "to the web tier"),
      ...arrow("a2", "lb", "blank"),
    ]);
    expect(board.text).toContain('Boxes: "Load balancer"; 1 unlabelled.');
    expect(board.text).toContain(
      "Arrows: Load balancer → (loose end) (to the web tier); Load balancer → an unlabelled shape.",
    );
    // Only arrows attached at both ends make a flow.
    expect(board.flows).toEqual(["Load balancer → an unlabelled shape"]);
  });

  it("lists frames with what they hold, groups, and free text as notes", () => {
    const board = describeBoard([
      { id: "f1", type: "frame", name: "Read path" },
      ...box("redirect", "Redirect service", { frameId: "f1", groupIds: ["g1"] }),
      ...box("cache", "Cache", { frameId: "f1", groupIds: ["g1"] }),
      { id: "note", type: "text", text: "100M new links a day" },
    ]);
    expect(board.text).toContain('Frames: "Read path" holds Redirect service, Cache.');
    expect(board.text).toContain("Groups: Redirect service + Cache.");
    expect(board.text).toContain('Notes: "100M new links a day".');
    expect(board.notes).toEqual(["100M new links a day"]);
  });

  it("ignores deleted elements, their labels and arrows to them", () => {
    const board = describeBoard([
      ...box("a", "Queue"),
      { id: "b", type: "rectangle", isDeleted: true },
      { id: "b-label", type: "text", text: "Old DB", containerId: "b", isDeleted: true },
      ...arrow("x", "a", "b"),
      { id: "gone", type: "arrow", isDeleted: true, startBinding: { elementId: "a" } },
    ]);
    expect(board.text).not.toContain("Old DB");
    expect(board.text).toBe('Boxes: "Queue".\nArrows: Queue → (loose end).');
    expect(board.flows).toEqual([]);
  });

  it("describes an empty board as nothing", () => {
    expect(describeBoard([]).text).toBe("");
    expect(describeBoard([{ id: "s", type: "freedraw" }]).text).toBe("");
  });

  it("reads a 2 000-element board whole (its time is printed by npm run bench:whiteboard)", () => {
    const elements: BoardElement[] = [];
    for (let i = 0; i < 667; i++) {
      elements.push(...box(`s${i}`, `Service ${i}`));
      if (i > 0) elements.push(...arrow(`a${i}`, `s${i - 1}`, `s${i}`));
    }
    const board = describeBoard(elements);
    expect(elements.length).toBe(2000);
    expect(board.arrows).toHaveLength(666);
    expect(board.flows.at(-1)).toBe("Service 665 → Service 666");
  });
});
