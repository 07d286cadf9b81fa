import type { PushPlatform } from "./push-api.ts";

export type PermissionAnswer = "granted" | "denied" | "unsupported";

/** One kind of device's notifications: the browser's Push API, or the iOS and Android shells. */
export interface PushDevice {
  platform: PushPlatform;
  /** Whether notifications could be shown here without asking ("granted"), or never ("denied"). */
  permission(): Promise<PermissionAnswer | "prompt">;
  /** Shows the system prompt when the user has not answered it yet; call it from a tap. */
  askPermission(): Promise<PermissionAnswer>;
  /** The token a push service reaches this device by (after permission). */
  token(webPushKey: string): Promise<string>;
  /** Stops this device's subscription with its push service. */
  unsubscribe(): Promise<void>;
}
