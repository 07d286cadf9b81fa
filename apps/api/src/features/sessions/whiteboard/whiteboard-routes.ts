import { idParams } from "@mentara/contracts/sessions";
import { whiteboardBody, whiteboardSnapshot } from "@mentara/contracts/whiteboard";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { loadOwnedSession, type SessionDeps } from "../session-context.ts";
import { saveBoard } from "./save-board.ts";
import { toWhiteboardSnapshot } from "./to-whiteboard-snapshot.ts";

const security = [{ bearer: [] }];
const tags = ["sessions"];

/** The candidate's whiteboard: saved while drawing and with every turn, read back on reload. */
export function whiteboardRoutes(deps: SessionDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.put(
      "/sessions/:id/whiteboard",
      {
        // A large diagram is a few hundred kilobytes of elements.
        bodyLimit: 3 * 1024 * 1024,
        schema: {
          params: idParams,
          body: whiteboardBody,
          response: { 200: whiteboardSnapshot },
          security,
          tags,
          description:
            "Saves the board (Excalidraw elements). The interviewer and the scorer read its description; 409 once the interview has ended.",
        },
      },
      async (request) => saveBoard(request.userId, request.params.id, request.body, deps),
    );

    app.get(
      "/sessions/:id/whiteboard",
      {
        schema: {
          params: idParams,
          response: { 200: whiteboardSnapshot.nullable() },
          security,
          tags,
          description: "The board as last saved, or null when nothing was drawn.",
        },
      },
      async (request) => {
        const { session } = await loadOwnedSession(deps, request.userId, request.params.id);
        const row = await deps.boards.latest(session.id);
        return row ? toWhiteboardSnapshot(row) : null;
      },
    );
  };
}
