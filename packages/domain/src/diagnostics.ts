/**
 * A crash report as the web, the apps and the server send it: where it happened and what broke,
 * scrubbed of anything that could name a person or repeat what a candidate wrote.
 */
export const diagnosticSources = ["web", "ios", "android", "server"] as const;
export type DiagnosticSource = (typeof diagnosticSources)[number];
export const diagnosticKinds = ["error", "rejection", "render", "server"] as const;
export type DiagnosticKind = (typeof diagnosticKinds)[number];

export const diagnosticLimits = { message: 1_000, stack: 8_000, route: 200 } as const;

/** Lines shorter than this from the candidate's code or messages are too common to remove. */
const shortestCandidateLine = 4;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Removes from `text`: every line (and whole text) of `candidateTexts` (code, messages, drafts),
 * emails, bearer and JWT tokens, long opaque strings, UUIDs, numbers longer than 6 digits and
 * URL query strings. What is left says where the code broke, not who was using it.
 */
export function scrubDiagnostic(text: string, candidateTexts: readonly string[] = []): string {
  let scrubbed = text;
  const pieces = candidateTexts
    .flatMap((t) => [t.trim(), ...t.split("\n").map((line) => line.trim())])
    .filter((piece) => piece.length >= shortestCandidateLine)
    .sort((a, b) => b.length - a.length);
  for (const piece of new Set(pieces))
    scrubbed = scrubbed.replace(new RegExp(escapeRegExp(piece), "g"), "[candidate text]");
  return scrubbed
    .replace(/(https?:\/\/[^\s?#"')]+)\?[^\s#"')]*?(:\d+:\d+)?(?=[\s#"')]|$)/gm, "$1$2")
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, "[email]")
    .replace(/\b(bearer|token|key|secret|password)([\s:=]+)\S+/gi, "$1$2[secret]")
    .replace(/\beyJ[\w-]*\.[\w-]*\.[\w-]*/g, "[token]")
    .replace(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi, "[id]")
    .replace(/\b(?=[\w-]*\d)(?=[\w-]*[a-zA-Z])[\w-]{24,}\b/g, "[token]")
    .replace(/\d{7,}/g, "[number]");
}

/** `/interview/3f2a…` → `/interview/:id`: the page's pattern, never the id in it. */
export function routePattern(path: string): string {
  return (
    path
      .split("?")[0]
      ?.split("/")
      .map((segment) =>
        /^[0-9a-f]{8}-[0-9a-f-]{27}$/i.test(segment) || /^\d+$/.test(segment) ? ":id" : segment,
      )
      .join("/")
      .slice(0, diagnosticLimits.route) ?? "/"
  );
}
