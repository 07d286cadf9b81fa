/**
 * Excalidraw loads its fonts from EXCALIDRAW_ASSET_PATH, or else from a public CDN. Ours are
 * copied into the build at /excalidraw/ (vite.config.ts), so the board works offline in the apps
 * and the Content-Security-Policy admits no other host. Set by the entry (main.tsx): Excalidraw's
 * chunks read it while they load, before any code beside them would run.
 */
declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

if (typeof window !== "undefined") window.EXCALIDRAW_ASSET_PATH = "/excalidraw/";

export {};
