import type { WhiteboardSnapshot } from "@mentara/contracts/whiteboard";
import type { WhiteboardRow } from "./whiteboard-repository.ts";

const elementsOf = (scene: unknown): Record<string, unknown>[] => {
  const elements = (scene as { elements?: unknown } | null)?.elements;
  return Array.isArray(elements) ? elements : [];
};

export function toWhiteboardSnapshot(row: WhiteboardRow): WhiteboardSnapshot {
  return {
    id: row.id,
    elements: elementsOf(row.scene),
    description: row.description,
    savedAt: row.createdAt.toISOString(),
  };
}
