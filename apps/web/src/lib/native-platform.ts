/** Whether the app runs inside the iOS or Android shell rather than a browser. */
export const isNativeApp = (): boolean =>
  typeof window !== "undefined" && window.Capacitor?.isNativePlatform?.() === true;

/**
 * What leaving the current page would lose, if anything: the interview room sets it while an
 * interview runs, so the Android back button asks before leaving.
 */
let leaveWarning: string | null = null;
export function setLeaveWarning(message: string | null): void {
  leaveWarning = message;
}
export const currentLeaveWarning = (): string | null => leaveWarning;
