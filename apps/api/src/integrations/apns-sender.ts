import { type ClientHttp2Session, connect } from "node:http2";
import { importPKCS8, SignJWT } from "jose";
import { isRetryable, PushRetryLater, type PushSender } from "./push-delivery.ts";

export const apnsHosts = {
  production: "https://api.push.apple.com",
  sandbox: "https://api.sandbox.push.apple.com",
} as const;

/** Apple asks for a new provider token at most every 20 minutes and at least every 60. */
const tokenLifetimeMs = 40 * 60_000;

/** Reasons that mean the device token will never work again. */
const goneReasons = new Set(["BadDeviceToken", "Unregistered", "DeviceTokenNotForTopic"]);

/**
 * APNs over HTTP/2 with a token-based key (an ES256 JWT signed with the .p8 key, reused for 40
 * minutes). One HTTP/2 connection is kept and reopened when it closes.
 */
export function createApnsSender(options: {
  keyId: string;
  teamId: string;
  privateKey: string;
  topic: string;
  url: string;
  ca?: string[] | undefined;
  timeoutMs?: number;
}): PushSender {
  const timeoutMs = options.timeoutMs ?? 10_000;
  let provider: { jwt: string; madeAt: number } | undefined;
  let session: ClientHttp2Session | undefined;
  const key = importPKCS8(options.privateKey, "ES256");

  async function providerToken(): Promise<string> {
    if (provider && Date.now() - provider.madeAt < tokenLifetimeMs) return provider.jwt;
    const jwt = await new SignJWT({})
      .setProtectedHeader({ alg: "ES256", kid: options.keyId })
      .setIssuer(options.teamId)
      .setIssuedAt()
      .sign(await key);
    provider = { jwt, madeAt: Date.now() };
    return jwt;
  }

  function connection(): ClientHttp2Session {
    if (session && !session.closed && !session.destroyed) return session;
    const opened = connect(options.url, options.ca ? { ca: options.ca } : {});
    opened.on("error", () => opened.destroy());
    opened.on("goaway", () => opened.close());
    // An idle connection does not keep the process alive.
    opened.unref();
    session = opened;
    return opened;
  }

  function post(path: string, headers: Record<string, string>, body: string) {
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const stream = connection().request({ ":method": "POST", ":path": path, ...headers });
      stream.setTimeout(timeoutMs, () => stream.close());
      let status = 0;
      const chunks: Buffer[] = [];
      stream.on("response", (h) => {
        status = Number(h[":status"] ?? 0);
      });
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => resolve({ status, body: Buffer.concat(chunks).toString("utf8") }));
      stream.on("close", () => {
        if (status === 0) reject(new PushRetryLater("APNs did not answer"));
      });
      stream.on("error", (error) => reject(new PushRetryLater(error.message)));
      stream.end(body);
    });
  }

  return {
    async send(token, message) {
      const answer = await post(
        `/3/device/${token}`,
        {
          authorization: `bearer ${await providerToken()}`,
          "apns-topic": options.topic,
          "apns-push-type": "alert",
          "apns-priority": "10",
          "apns-expiration": String(Math.floor(Date.now() / 1000) + 24 * 3600),
          "apns-collapse-id": message.tag,
          "content-type": "application/json",
        },
        JSON.stringify({
          aps: { alert: { title: message.title, body: message.body }, sound: "default" },
          link: message.link,
        }),
      );
      if (answer.status === 200) return "sent";
      const reason = (() => {
        try {
          return String((JSON.parse(answer.body) as { reason?: unknown }).reason ?? "");
        } catch {
          return "";
        }
      })();
      if (answer.status === 410 || goneReasons.has(reason)) return "gone";
      if (reason === "ExpiredProviderToken") {
        provider = undefined;
        throw new PushRetryLater("APNs found the provider token expired; a new one is made");
      }
      if (isRetryable(answer.status))
        throw new PushRetryLater(`APNs answered ${answer.status} ${reason}`);
      throw new Error(`APNs answered ${answer.status} ${reason}`);
    },
  };
}
