/** Resolves after the current event-loop turn, once work already started has gone out. */
export const nextLoopTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
