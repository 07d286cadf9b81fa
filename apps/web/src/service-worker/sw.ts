/**
 * Mentara's service worker: it shows push notifications and opens their link on a tap. It does
 * nothing else (no caching, no fetch handler), so the app always loads from the server.
 *
 * A push carries { title, body, link, tag } and never interview content or a score. When a
 * visible window already shows the session the notification is about, that window shows it in
 * the page instead.
 */
declare const self: ServiceWorkerGlobalScope;

export {};

interface PushPayload {
  title: string;
  body: string;
  link: string;
  tag: string;
}

function readPayload(data: PushMessageData | null): PushPayload | null {
  try {
    const value = data?.json() as Partial<PushPayload> | undefined;
    if (typeof value?.title !== "string" || typeof value.body !== "string") return null;
    const link = typeof value.link === "string" && value.link.startsWith("/") ? value.link : "/";
    return { title: value.title, body: value.body, link, tag: String(value.tag ?? "") };
  } catch {
    return null;
  }
}

const windows = () => self.clients.matchAll({ type: "window", includeUncontrolled: true });

/**
 * Keeps the worker alive until `work` settles. An event dispatched by hand (not by the browser)
 * cannot be extended; its work still runs.
 */
function keepAlive(event: ExtendableEvent, work: Promise<unknown>): void {
  try {
    event.waitUntil(work);
  } catch {
    // A synthetic event: nothing to extend.
  }
}

/**
 * Asks a window whether it is showing the page the push is about (a window's URL as the worker
 * sees it does not follow the app's own navigation); a window that is says yes and shows it.
 */
function shownBy(client: WindowClient, payload: PushPayload): Promise<boolean> {
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = (event) => resolve(event.data === true);
    setTimeout(() => resolve(false), 1000);
    client.postMessage({ type: "mentara:push", ...payload }, [channel.port2]);
  });
}

async function showPush(payload: PushPayload): Promise<void> {
  const visible = (await windows()).filter((client) => client.visibilityState === "visible");
  const answers = await Promise.all(visible.map((client) => shownBy(client, payload)));
  if (answers.includes(true)) return;
  await self.registration.showNotification(payload.title, {
    body: payload.body,
    tag: payload.tag || undefined,
    data: { link: payload.link },
  });
}

async function openLink(link: string): Promise<void> {
  const target = new URL(link, self.location.origin);
  const existing = (await windows()).find(
    (client) => new URL(client.url).origin === self.location.origin,
  );
  if (existing) {
    // The page moves itself (its router keeps what is in memory); then it comes to the front.
    existing.postMessage({ type: "mentara:open", link: target.pathname });
    await existing.focus().catch(() => undefined);
    return;
  }
  await self.clients.openWindow(target.href);
}

self.addEventListener("install", () => {
  void self.skipWaiting();
});
self.addEventListener("activate", (event) => {
  keepAlive(event, self.clients.claim());
});
self.addEventListener("push", (event) => {
  const payload = readPayload(event.data);
  if (payload) keepAlive(event, showPush(payload));
});
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const link = (event.notification.data as { link?: unknown } | null)?.link;
  keepAlive(event, openLink(typeof link === "string" && link.startsWith("/") ? link : "/"));
});
