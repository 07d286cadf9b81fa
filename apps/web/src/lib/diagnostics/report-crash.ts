import { type DiagnosticKind, routePattern, scrubDiagnostic } from "@mentara/domain/diagnostics";
import { apiUrl } from "../api-origin.ts";
import { isNativeApp } from "../native-platform.ts";
import { currentCandidateText } from "./candidate-text.ts";
import { describeDevice } from "./device-description.ts";

/** At most this many reports leave one page load; the same failure is sent once. */
const maxReports = 10;
const sent = new Set<string>();

const platform = (): "web" | "ios" | "android" => {
  if (!isNativeApp()) return "web";
  return window.Capacitor?.getPlatform?.() === "ios" ? "ios" : "android";
};

/**
 * Sends a scrubbed crash report: the page's pattern (never its ids), the message and stack with
 * emails, tokens, ids, long numbers and everything the candidate wrote removed, the app version
 * and the coarse OS and browser. Never throws, never retries, never waits for an answer.
 */
export function reportCrash(kind: Exclude<DiagnosticKind, "server">, failure: unknown): void {
  try {
    const error = failure instanceof Error ? failure : new Error(String(failure));
    const candidate = currentCandidateText();
    const message = scrubDiagnostic(`${error.name}: ${error.message}`, candidate).slice(0, 1_000);
    if (sent.size >= maxReports || sent.has(message)) return;
    sent.add(message);
    const stack = error.stack ? scrubDiagnostic(error.stack, candidate).slice(0, 8_000) : undefined;
    void fetch(apiUrl("/diagnostics"), {
      method: "POST",
      headers: { "content-type": "application/json" },
      keepalive: true,
      body: JSON.stringify({
        source: platform(),
        kind,
        route: routePattern(window.location.pathname),
        message,
        ...(stack ? { stack } : {}),
        appVersion: import.meta.env.VITE_APP_VERSION ?? "dev",
        ...describeDevice(navigator.userAgent),
      }),
    }).catch(() => {});
  } catch {
    // Reporting a crash must never cause another.
  }
}

let installed = false;
/** Uncaught errors and unhandled rejections anywhere in the page go to `reportCrash`. */
export function installCrashReporting(): void {
  if (installed || typeof window === "undefined") return;
  installed = true;
  window.addEventListener("error", (event) => reportCrash("error", event.error ?? event.message));
  window.addEventListener("unhandledrejection", (event) => reportCrash("rejection", event.reason));
}
