/**
 * What the app hears from notifications while it is open: a notification to show in the page
 * (the service worker or the native shell passes it on instead of showing it), and a tapped
 * notification's link to open. The layout listens; the sources below speak.
 */
export interface ForegroundPush {
  body: string;
  link: string;
}

type Listener = {
  show: (push: ForegroundPush) => void;
  open: (link: string) => void;
};

const listeners = new Set<Listener>();
let pending: string | null = null;

/** Listens until the returned function is called; a link tapped before anyone listened opens now. */
export function onPushEvents(listener: Listener): () => void {
  listeners.add(listener);
  if (pending) {
    listener.open(pending);
    pending = null;
  }
  return () => listeners.delete(listener);
}

export function showInApp(push: ForegroundPush): void {
  for (const listener of listeners) listener.show(push);
}

/** Only the app's own pages: a link is a path such as /report/<id> or /progress. */
export function openFromNotification(link: string): void {
  if (!/^\/[\w/-]*$/.test(link)) return;
  if (listeners.size === 0) pending = link;
  for (const listener of listeners) listener.open(link);
}

/** The session id at the end of a link such as /report/<id>, if any. */
const sessionOf = (link: string): string | undefined => /\/([0-9a-f-]{36})$/.exec(link)?.[1];

/** Whether the page open now is about the same session as `link` (its room or its report). */
const showingSessionOf = (link: string): boolean => {
  const session = sessionOf(link);
  return session !== undefined && window.location.pathname.endsWith(`/${session}`);
};

let listening = false;
/**
 * In a browser: the service worker's messages. For a push it asks whether this page shows that
 * session (then the page shows it and answers yes); for a tapped notification it asks to open.
 */
export function listenToServiceWorker(): void {
  if (listening || typeof navigator === "undefined" || !("serviceWorker" in navigator)) return;
  listening = true;
  navigator.serviceWorker.addEventListener("message", (event: MessageEvent) => {
    const data = event.data as { type?: unknown; body?: unknown; link?: unknown } | null;
    if (typeof data?.link !== "string") return;
    if (data.type === "mentara:push") {
      const here = typeof data.body === "string" && showingSessionOf(data.link);
      if (here) showInApp({ body: String(data.body), link: data.link });
      event.ports[0]?.postMessage(here);
    }
    if (data.type === "mentara:open") openFromNotification(data.link);
  });
}
