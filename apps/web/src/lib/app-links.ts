/** Pages a link from outside the app may open. */
const openable =
  /^\/(report|interview|replay)\/[0-9a-f-]{36}$|^\/(progress|dashboard|how-we-score)$/;

/**
 * The page a `mentara://` link or one of the site's own links points at, or null for anything
 * else: `mentara://report/<id>` and `https://<host>/report/<id>` both give `/report/<id>`.
 */
export function pathOfLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    const path =
      parsed.protocol === "mentara:"
        ? `/${parsed.host}${parsed.pathname}`.replace(/\/$/, "")
        : parsed.pathname.replace(/\/$/, "");
    return openable.test(path) ? path : null;
  } catch {
    return null;
  }
}
