/**
 * The app going to the background and coming back, and the network going and coming: one place
 * the room listens to. On the web these are `visibilitychange` and `online`/`offline`; the native
 * shell reports the same through `setNativeLifecycle` (Capacitor's `appStateChange`).
 */
export type LifecycleEvent = "pause" | "resume" | "online" | "offline";

const listeners = new Set<(event: LifecycleEvent) => void>();
let installed = false;

function emit(event: LifecycleEvent): void {
  for (const listener of listeners) listener(event);
}

function install(): void {
  if (installed || typeof window === "undefined") return;
  installed = true;
  document.addEventListener("visibilitychange", () =>
    emit(document.visibilityState === "hidden" ? "pause" : "resume"),
  );
  window.addEventListener("online", () => emit("online"));
  window.addEventListener("offline", () => emit("offline"));
}

/** Calls `listener` on every lifecycle event until the returned function is called. */
export function onLifecycle(listener: (event: LifecycleEvent) => void): () => void {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** For the native shell: its own pause/resume events join the web's. */
export function emitLifecycle(event: LifecycleEvent): void {
  emit(event);
}

export const isOnline = (): boolean =>
  typeof navigator === "undefined" ? true : navigator.onLine !== false;

export const isHidden = (): boolean =>
  typeof document !== "undefined" && document.visibilityState === "hidden";
