import { Agent } from "node:https";
import webpush, { WebPushError } from "web-push";
import { z } from "zod";
import { isRetryable, PushRetryLater, type PushSender } from "./push-delivery.ts";

/** A browser's push subscription as the web app registers it (`PushSubscription.toJSON()`). */
export const webPushSubscription = z.object({
  endpoint: z.url().startsWith("https://", "the push endpoint must be https"),
  keys: z.object({
    p256dh: z.string().regex(/^[A-Za-z0-9_-]{80,100}$/, "keys.p256dh is not a P-256 public key"),
    auth: z.string().regex(/^[A-Za-z0-9_-]{16,32}$/, "keys.auth is not a 16-byte secret"),
  }),
});

/** Whether the endpoint's host is one of the push services we deliver to (`*.` allows subdomains). */
export function isAllowedPushHost(endpoint: string, allowed: string[]): boolean {
  const { host, hostname } = new URL(endpoint);
  return allowed.some((entry) => {
    // An entry with a port must match it; one without matches the host on any port.
    const name = entry.includes(":") ? host : hostname;
    return entry.startsWith("*.") ? name.endsWith(entry.slice(1)) : name === entry;
  });
}

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
}

/**
 * Web Push (RFC 8030) with VAPID (RFC 8292) through `web-push`: the payload is encrypted for the
 * subscription (aes128gcm, RFC 8291). Only endpoints on the allowed push services are called, so
 * a subscription cannot make the server post to an address of someone's choosing.
 */
export function createWebPushSender(options: {
  vapid: VapidKeys;
  subject: string;
  allowedHosts: string[];
  ca?: string[] | undefined;
  timeoutMs?: number;
}): PushSender {
  const agent = options.ca ? new Agent({ ca: options.ca, keepAlive: true }) : undefined;
  return {
    async send(token, message) {
      const parsed = webPushSubscription.safeParse(JSON.parse(token));
      if (!parsed.success || !isAllowedPushHost(parsed.data.endpoint, options.allowedHosts))
        return "gone";
      try {
        await webpush.sendNotification(parsed.data, JSON.stringify(message), {
          vapidDetails: { subject: options.subject, ...options.vapid },
          TTL: 24 * 3600,
          urgency: "normal",
          topic: message.tag,
          contentEncoding: "aes128gcm",
          timeout: options.timeoutMs ?? 10_000,
          ...(agent ? { agent } : {}),
        });
        return "sent";
      } catch (error: unknown) {
        if (error instanceof WebPushError) {
          if (error.statusCode === 404 || error.statusCode === 410) return "gone";
          if (isRetryable(error.statusCode))
            throw new PushRetryLater(`the push service answered ${error.statusCode}`);
          throw new Error(
            `the push service answered ${error.statusCode}: ${error.body.slice(0, 200)}`,
          );
        }
        // No answer at all (network, timeout): worth another try.
        throw new PushRetryLater(error instanceof Error ? error.message : String(error));
      }
    },
  };
}
