/**
 * Excalidraw loads its fonts from EXCALIDRAW_ASSET_PATH, or else from a public CDN. Ours are
 * copied into the build at /excalidraw/ (vite.config.ts), so the board works offline in the apps
 * and the Content-Security-Policy admits no other host. Imported by the modules that lazy-load
 * Excalidraw (never beside it in its chunk: its own modules read the path while they load,
 * before code placed next to them would run).
 */
declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

if (typeof window !== "undefined") window.EXCALIDRAW_ASSET_PATH = "/excalidraw/";

export {};
