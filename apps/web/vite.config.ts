import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { excalidrawFonts } from "./build/excalidraw-fonts.ts";
import webPackage from "./package.json" with { type: "json" };

/**
 * The native apps load the web build from the device, without the API's headers: their page
 * carries its own Content-Security-Policy, admitting the API's origin (VITE_API_ORIGIN) and
 * nothing else. The web build, served by the API, gets the API's policy instead.
 */
function nativeContentSecurityPolicy(apiOrigin: string | undefined): Plugin {
  return {
    name: "mentara-native-csp",
    transformIndexHtml(html) {
      if (!apiOrigin) return html;
      const policy = [
        "default-src 'self'",
        `connect-src 'self' ${apiOrigin}`,
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
      ].join("; ");
      return html.replace(
        "<head>",
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`,
      );
    },
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), "VITE_");
  const apiOrigin = (process.env.VITE_API_ORIGIN ?? env.VITE_API_ORIGIN)?.replace(/\/$/, "");
  const version = process.env.VITE_APP_VERSION ?? env.VITE_APP_VERSION ?? webPackage.version;
  return {
    plugins: [react(), nativeContentSecurityPolicy(apiOrigin), excalidrawFonts()],
    define: { "import.meta.env.VITE_APP_VERSION": JSON.stringify(version) },
    // One React for every package, the web app's own, even when a dependency hoists another.
    resolve: { dedupe: ["react", "react-dom"] },
    server: {
      port: 5173,
      proxy: { "/api": { target: "http://localhost:3000", changeOrigin: false } },
    },
    build: {
      outDir: "dist",
      sourcemap: true,
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        // The service worker is its own entry at a fixed address (/sw.js), sharing no chunk.
        input: { index: "index.html", sw: "src/service-worker/sw.ts" },
        output: {
          entryFileNames: (chunk) => (chunk.name === "sw" ? "sw.js" : "assets/[name]-[hash].js"),
        },
      },
    },
  };
});
