/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The API's origin for the native apps; unset on the web, which calls its own origin. */
  readonly VITE_API_ORIGIN?: string;
  /** The version crash reports carry (the web package's version unless set at build time). */
  readonly VITE_APP_VERSION?: string;
}

interface Window {
  /** Set by the iOS and Android shells (Capacitor); absent in a browser. */
  Capacitor?: { isNativePlatform?: () => boolean; getPlatform?: () => string };
}
