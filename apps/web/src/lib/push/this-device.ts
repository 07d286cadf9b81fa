import { isNativeApp } from "../native-platform.ts";
import { deletePushToken, registerPushToken } from "./push-api.ts";
import type { PermissionAnswer, PushDevice } from "./push-device.ts";
import { webPushDevice } from "./web-push-device.ts";

/** The id the server gave this device's token, so turning notifications off removes it. */
const storageKey = "mentara.pushDevice";

async function device(): Promise<PushDevice> {
  if (!isNativeApp()) return webPushDevice;
  const { nativePushDevice } = await import("./native-push-device.ts");
  return nativePushDevice(window.Capacitor?.getPlatform?.() === "ios" ? "ios" : "android");
}

/** Whether this device could get notifications, has allowed them, or has refused them. */
export async function notificationPermissionHere(): Promise<PermissionAnswer | "prompt"> {
  return (await device()).permission().catch(() => "unsupported" as const);
}

/** The system's own prompt, when it has not been answered; call it from the user's tap. */
export async function askNotificationPermission(): Promise<PermissionAnswer> {
  return (await device()).askPermission().catch(() => "unsupported" as const);
}

/**
 * Registers this device with the server, once the user allowed notifications and turned one on
 * (the server refuses a device otherwise). Registering again keeps one row.
 */
export async function registerThisDevice(webPushKey: string): Promise<void> {
  const here = await device();
  const saved = await registerPushToken(here.platform, await here.token(webPushKey));
  localStorage.setItem(storageKey, saved.id);
}

/** Removes this device's token from the server and its push service; nothing to do if none. */
export async function forgetThisDevice(): Promise<void> {
  const id = localStorage.getItem(storageKey);
  localStorage.removeItem(storageKey);
  if (id) await deletePushToken(id).catch(() => {});
  await (await device()).unsubscribe().catch(() => {});
}

export const thisDeviceRegistered = (): boolean => localStorage.getItem(storageKey) !== null;
