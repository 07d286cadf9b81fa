import type { PermissionAnswer, PushDevice } from "./push-device.ts";

/** The plugin is loaded only inside the apps, never in a browser's bundle. */
const plugin = async () => (await import("@capacitor/push-notifications")).PushNotifications;

const answerOf = (receive: string): PermissionAnswer | "prompt" =>
  receive === "granted" ? "granted" : receive === "denied" ? "denied" : "prompt";

/** Notifications in the iOS and Android apps: an APNs device token or an FCM registration token. */
export function nativePushDevice(platform: "ios" | "android"): PushDevice {
  return {
    platform,
    async permission() {
      return answerOf((await (await plugin()).checkPermissions()).receive);
    },
    async askPermission() {
      const push = await plugin();
      const current = answerOf((await push.checkPermissions()).receive);
      if (current !== "prompt") return current;
      return answerOf((await push.requestPermissions()).receive) === "granted"
        ? "granted"
        : "denied";
    },
    async token() {
      const push = await plugin();
      const handles: { remove: () => Promise<void> }[] = [];
      try {
        return await new Promise<string>((resolve, reject) => {
          void push
            .addListener("registration", (t) => resolve(t.value))
            .then((h) => handles.push(h));
          void push
            .addListener("registrationError", (e) => reject(new Error(e.error)))
            .then((h) => handles.push(h));
          setTimeout(() => reject(new Error("the system gave no notification token")), 20_000);
          void push.register().catch(reject);
        });
      } finally {
        for (const handle of handles) void handle.remove();
      }
    },
    async unsubscribe() {
      await (await plugin()).unregister();
    },
  };
}
