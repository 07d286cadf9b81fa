import { pushToken } from "@mentara/contracts/account";
import { z } from "zod";
import { apiRequest } from "../api-client.ts";

export type PushPlatform = "ios" | "android" | "web";

/** The device's IANA time zone, so reminders come in the daytime where the user is. */
const timeZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

export const registerPushToken = (platform: PushPlatform, token: string) =>
  apiRequest("/me/push-tokens", pushToken, {
    method: "POST",
    body: { platform, token, timeZone: timeZone() },
  });

export const deletePushToken = (id: string) =>
  apiRequest(`/me/push-tokens/${encodeURIComponent(id)}`, z.unknown(), { method: "DELETE" });
