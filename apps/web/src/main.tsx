import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { languageReady } from "./i18n/i18n.ts";
import "./styles.css";
import { App } from "./app/app.tsx";
import { navigateFromOutside } from "./app/outside-navigation.tsx";
import { installCrashReporting } from "./lib/diagnostics/report-crash.ts";
import { isNativeApp } from "./lib/native-platform.ts";

// Crashes are reported (scrubbed) from the very first line of the app on.
installCrashReporting();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

/**
 * In the iOS and Android apps the native shell (a chunk of its own, never loaded in a browser)
 * is wired first, so the sign-in token comes from the app's storage before anything renders.
 * A Russian interface waits for its strings so it never flashes English first.
 */
async function start(container: HTMLElement): Promise<void> {
  const shell = isNativeApp() ? await import("./app/native-shell.ts") : undefined;
  await Promise.all([languageReady, shell?.startNativeShell(navigateFromOutside)]).catch(() => {});
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  shell?.nativeShellReady();
}
void start(root);
