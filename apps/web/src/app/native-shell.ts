import { App } from "@capacitor/app";
import { Keyboard } from "@capacitor/keyboard";
import { Preferences } from "@capacitor/preferences";
import { PushNotifications } from "@capacitor/push-notifications";
import { SplashScreen } from "@capacitor/splash-screen";
import { StatusBar, Style } from "@capacitor/status-bar";
import { emitLifecycle } from "../lib/app-lifecycle.ts";
import { pathOfLink } from "../lib/app-links.ts";
import { switchTokenStore } from "../lib/auth-token.ts";
import { currentLeaveWarning } from "../lib/native-platform.ts";
import { openFromNotification, showInApp } from "../lib/push/push-events.ts";

const linkOf = (data: unknown): string =>
  typeof (data as { link?: unknown } | null)?.link === "string"
    ? String((data as { link: string }).link)
    : "/dashboard";

/**
 * Wires the iOS and Android shells, before the first render: the sign-in token in the app's own
 * storage, back button and links, background and foreground, the status bar and the keyboard.
 * `navigate` moves the app to a page.
 */
export async function startNativeShell(navigate: (path: string) => void): Promise<void> {
  await switchTokenStore({
    load: async () => (await Preferences.get({ key: "token" })).value,
    save: async (token) => {
      if (token) await Preferences.set({ key: "token", value: token });
      else await Preferences.remove({ key: "token" });
    },
  });

  // Android's back button: back through the app's pages; leaving a running interview asks first.
  void App.addListener("backButton", ({ canGoBack }) => {
    const warning = currentLeaveWarning();
    if (warning && !window.confirm(warning)) return;
    if (canGoBack) window.history.back();
    else void App.minimizeApp();
  });
  void App.addListener("appUrlOpen", ({ url }) => {
    const path = pathOfLink(url);
    if (path) navigate(path);
  });
  void App.addListener("appStateChange", ({ isActive }) =>
    emitLifecycle(isActive ? "resume" : "pause"),
  );
  // Notifications: shown in the app while it is open; a tapped one opens its page.
  void PushNotifications.addListener("pushNotificationReceived", (notification) =>
    showInApp({ body: notification.body ?? "", link: linkOf(notification.data) }),
  );
  void PushNotifications.addListener("pushNotificationActionPerformed", ({ notification }) =>
    openFromNotification(linkOf(notification.data)),
  );
  // The field being typed in stays visible above the keyboard.
  void Keyboard.addListener("keyboardDidShow", () => {
    const focused = document.activeElement;
    if (focused instanceof HTMLElement) focused.scrollIntoView({ block: "center" });
  });
  await StatusBar.setStyle({ style: Style.Dark }).catch(() => {});
}

/** Hides the splash screen once the first page has rendered. */
export function nativeShellReady(): void {
  void SplashScreen.hide();
}
