/**
 * Where the API lives. The web app is served by the API, so it calls its own origin; the iOS and
 * Android apps are built with `VITE_API_ORIGIN` (for example `https://app.mentara.ai`).
 */
const origin = (import.meta.env.VITE_API_ORIGIN ?? "").replace(/\/$/, "");

export const apiUrl = (path: string): string => `${origin}/api${path}`;
