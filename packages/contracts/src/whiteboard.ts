import { z } from "zod";

const id = z.string().min(1).max(100);
const binding = z.looseObject({ elementId: id }).nullable().optional();

/**
 * One Excalidraw element. The fields the interviewer reads are checked; the rest of what the
 * editor keeps (position, style, version) passes through for drawing it again.
 */
export const boardElement = z.looseObject({
  id,
  type: z.string().min(1).max(40),
  isDeleted: z.boolean().optional(),
  text: z.string().max(5_000, "keep each text on the board under 5,000 characters").optional(),
  originalText: z.string().max(5_000).optional(),
  containerId: id.nullable().optional(),
  startBinding: binding,
  endBinding: binding,
  groupIds: z.array(id).max(50).optional(),
  frameId: id.nullable().optional(),
  name: z.string().max(200).nullable().optional(),
});

export const maxBoardElements = 5_000;

export const whiteboardBody = z.object({
  elements: z
    .array(boardElement)
    .max(maxBoardElements, `a board holds at most ${maxBoardElements} shapes; remove some`),
});
export type WhiteboardBody = z.input<typeof whiteboardBody>;

/** The board as saved: the scene to draw again and what the interviewer reads of it. */
export const whiteboardSnapshot = z.object({
  id: z.uuid(),
  elements: z.array(z.record(z.string(), z.unknown())),
  description: z.string(),
  savedAt: z.iso.datetime(),
});
export type WhiteboardSnapshot = z.infer<typeof whiteboardSnapshot>;
