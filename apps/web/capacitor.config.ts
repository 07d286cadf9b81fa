import type { CapacitorConfig } from "@capacitor/cli";
import { KeyboardResize } from "@capacitor/keyboard";

/**
 * The iOS and Android apps wrap the same web build (`dist`). The app talks to the API at the
 * origin set at build time (`VITE_API_ORIGIN`); `mentara://` links and the site's own links open
 * the matching page.
 */
const config: CapacitorConfig = {
  appId: "ai.mentara.app",
  appName: "Mentara",
  webDir: "dist",
  android: { allowMixedContent: false },
  ios: { contentInset: "never" },
  plugins: {
    SplashScreen: {
      launchShowDuration: 2000,
      launchAutoHide: false,
      backgroundColor: "#1f3a5f",
      showSpinner: false,
    },
    StatusBar: { style: "DARK", backgroundColor: "#1f3a5f", overlaysWebView: false },
    Keyboard: { resize: KeyboardResize.Body, resizeOnFullScreen: true },
    // In the foreground the app shows a notification itself, in the page, not as a system banner.
    PushNotifications: { presentationOptions: [] },
  },
};

export default config;
