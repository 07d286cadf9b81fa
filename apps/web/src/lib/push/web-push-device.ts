import type { PermissionAnswer, PushDevice } from "./push-device.ts";

const supported = (): boolean =>
  typeof window !== "undefined" &&
  window.isSecureContext &&
  "serviceWorker" in navigator &&
  "PushManager" in window &&
  "Notification" in window;

/** The VAPID public key (base64url) as the bytes PushManager.subscribe wants. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** The service worker: built to /sw.js; the dev server serves its source as a module. */
const registerWorker = () =>
  import.meta.env.DEV
    ? navigator.serviceWorker.register("/src/service-worker/sw.ts", { type: "module" })
    : navigator.serviceWorker.register("/sw.js");

const answerOf = (permission: NotificationPermission): PermissionAnswer | "prompt" =>
  permission === "granted" ? "granted" : permission === "denied" ? "denied" : "prompt";

/** Notifications in a browser: the Push API with our VAPID key, shown by our service worker. */
export const webPushDevice: PushDevice = {
  platform: "web",
  async permission() {
    return supported() ? answerOf(Notification.permission) : "unsupported";
  },
  async askPermission() {
    if (!supported()) return "unsupported";
    const answer = answerOf(await Notification.requestPermission());
    return answer === "granted" ? "granted" : "denied";
  },
  async token(webPushKey) {
    await registerWorker();
    const registration = await navigator.serviceWorker.ready;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(webPushKey),
      }));
    return JSON.stringify(subscription.toJSON());
  },
  async unsubscribe() {
    if (!supported()) return;
    const registration = await navigator.serviceWorker.getRegistration();
    const subscription = await registration?.pushManager.getSubscription();
    await subscription?.unsubscribe();
  },
};
