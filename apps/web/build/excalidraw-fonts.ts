import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import type { Plugin } from "vite";

/**
 * Xiaolai (the Chinese, Japanese and Korean handwriting face) is 13 MB of the 14 MB of fonts; it
 * is left out, so such text on a board falls back to the device's own font. Decision 019.
 */
const leftOut = new Set(["Xiaolai"]);

/** Where the page asks for the fonts (lib/excalidraw-assets.ts sets EXCALIDRAW_ASSET_PATH). */
const base = "excalidraw";

function fontsFolder(): string {
  const entry = createRequire(import.meta.url).resolve("@excalidraw/excalidraw");
  return join(dirname(entry), "fonts");
}

function fontFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (leftOut.has(entry.name)) return [];
    const path = join(folder, entry.name);
    return entry.isDirectory() ? fontFiles(path) : entry.name.endsWith(".woff2") ? [path] : [];
  });
}

/**
 * Serves Excalidraw's fonts from our own origin: copied into the build under /excalidraw/fonts/
 * (so the apps carry them and the CSP names no font CDN), and served from node_modules in dev.
 */
export function excalidrawFonts(): Plugin {
  const folder = fontsFolder();
  return {
    name: "mentara-excalidraw-fonts",
    generateBundle() {
      for (const file of fontFiles(folder)) {
        const fileName = [base, "fonts", ...relative(folder, file).split(sep)].join("/");
        this.emitFile({ type: "asset", fileName, source: readFileSync(file) });
      }
    },
    configureServer(server) {
      server.middlewares.use(`/${base}/fonts`, (request, response, next) => {
        const path = join(folder, decodeURIComponent((request.url ?? "").split("?")[0] ?? ""));
        if (!path.startsWith(folder) || !path.endsWith(".woff2") || !existsSync(path)) {
          next();
          return;
        }
        response.setHeader("content-type", "font/woff2");
        response.end(readFileSync(path));
      });
    },
  };
}
