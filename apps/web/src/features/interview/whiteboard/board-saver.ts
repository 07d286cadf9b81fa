import { ApiError } from "../../../lib/api-client.ts";
import { saveBoard } from "../../../lib/whiteboard-api.ts";

/** "refused": the server said what is wrong with the board (too big, say); the next change tries again. */
export type SaveState = "idle" | "saving" | "saved" | "failed" | "refused";

/** The server refused this board itself: trying the same one again would not help. */
const refusedOutright = (error: unknown) =>
  error instanceof ApiError &&
  error.status >= 400 &&
  error.status < 500 &&
  ![408, 429].includes(error.status);

/** Drawing is saved this long after the last stroke. */
const quietMs = 1_500;
/** After a failed save, try again this long after. */
const retryMs = 5_000;

/**
 * Saves a session's board a moment after drawing stops, retries when a save fails, and saves at
 * once when asked (`flush`, before each turn, so the interviewer reads the board as it is now).
 */
export function createBoardSaver(
  sessionId: string,
  onState: (state: SaveState, message?: string) => void,
) {
  let pending: readonly object[] | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let saving: Promise<void> = Promise.resolve();

  const save = (): Promise<void> => {
    clearTimeout(timer);
    const elements = pending;
    if (!elements) return saving;
    pending = undefined;
    onState("saving");
    saving = saving
      .then(() => saveBoard(sessionId, elements))
      .then(
        () => onState(pending ? "saving" : "saved"),
        (error: unknown) => {
          if (refusedOutright(error)) {
            onState("refused", (error as ApiError).message);
            return;
          }
          // Keep the newest drawing to send; a newer change replaces it.
          pending ??= elements;
          onState("failed");
          timer = setTimeout(() => void save(), retryMs);
        },
      );
    return saving;
  };

  return {
    changed(elements: readonly object[]) {
      pending = elements;
      clearTimeout(timer);
      timer = setTimeout(() => void save(), quietMs);
    },
    /** Saves what is waiting now; resolves when saved, failed, or after `maxWaitMs`. */
    flush(maxWaitMs = 2_000): Promise<void> {
      return Promise.race([save(), new Promise<void>((r) => setTimeout(r, maxWaitMs))]);
    },
    dispose() {
      clearTimeout(timer);
    },
  };
}
export type BoardSaver = ReturnType<typeof createBoardSaver>;
