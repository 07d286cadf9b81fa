import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { createServer } from "node:https";
import { decrypt } from "http_ece";
import { decodeProtectedHeader, importJWK, jwtVerify } from "jose";
import { listenOnLoopback, sendJson } from "./fake-service.ts";
import { testTls } from "./test-tls.ts";

/** A browser's push subscription, as `PushSubscription.toJSON()` gives it. */
export interface FakeSubscription {
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface ReceivedWebPush {
  subscriptionId: string;
  /** The decrypted payload, parsed as JSON. */
  payload: Record<string, unknown>;
  ttl: string | undefined;
  urgency: string | undefined;
  /** The VAPID JWT's claims, verified with the key in the Authorization header. */
  claims: Record<string, unknown>;
  at: number;
}

export interface FakeWebPush {
  url: string;
  /** A new subscription whose private key only this fake holds (as a browser's would). */
  subscribe(): FakeSubscription;
  /** Everything delivered, decrypted. */
  received: ReceivedWebPush[];
  /** Requests refused (bad VAPID, bad encryption), with the reason. */
  refused: string[];
  /** The subscription answers 410 Gone from now on (the user unsubscribed). */
  expire(endpoint: string): void;
  /** The next `times` deliveries answer this status (404, 429, 500…). */
  failNext(status: number, times?: number): void;
  /** Resolves at the next delivery. */
  nextDelivery(): Promise<ReceivedWebPush>;
  close(): Promise<void>;
}

/**
 * A loopback Web Push service over HTTPS (signed by the test CA): it checks the VAPID JWT (ES256,
 * `aud` = its origin, `exp` within 24 hours, `sub` a mailto: or https: contact) against the key in
 * `Authorization: vapid t=…, k=…`, decrypts the aes128gcm payload with the subscription's private
 * key and auth secret (RFC 8291), and answers 201, or 404/410/429 as told.
 */
export async function startFakeWebPush(): Promise<FakeWebPush> {
  const tls = await testTls();
  const keys = new Map<string, { ecdh: ReturnType<typeof createECDH>; auth: Buffer }>();
  const gone = new Set<string>();
  const received: ReceivedWebPush[] = [];
  const refused: string[] = [];
  const waiting: ((push: ReceivedWebPush) => void)[] = [];
  let failure = { status: 500, remaining: 0 };
  let origin = "";

  async function accept(id: string, body: Buffer, headers: Record<string, unknown>) {
    const authorization = String(headers.authorization ?? "");
    const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(authorization);
    if (!match?.[1] || !match[2]) throw new Error(`Authorization is not "vapid t=…, k=…"`);
    const [token, publicKey] = [match[1], match[2]];
    if (decodeProtectedHeader(token).alg !== "ES256") throw new Error("the VAPID JWT is not ES256");
    const point = Buffer.from(publicKey, "base64url");
    const key = await importJWK(
      {
        kty: "EC",
        crv: "P-256",
        x: point.subarray(1, 33).toString("base64url"),
        y: point.subarray(33, 65).toString("base64url"),
      },
      "ES256",
    );
    const { payload: claims } = await jwtVerify(token, key, { audience: origin });
    if (typeof claims.exp !== "number" || claims.exp > Date.now() / 1000 + 24 * 3600)
      throw new Error("the VAPID JWT must expire within 24 hours");
    if (typeof claims.sub !== "string" || !/^(mailto:|https:)/.test(claims.sub))
      throw new Error("the VAPID JWT's sub must be a mailto: or https: contact");
    if (headers["content-encoding"] !== "aes128gcm")
      throw new Error("the payload is not aes128gcm");
    const subscription = keys.get(id);
    if (!subscription) throw new Error("no such subscription");
    const plain = decrypt(body, {
      version: "aes128gcm",
      privateKey: subscription.ecdh,
      authSecret: subscription.auth.toString("base64url"),
    });
    return {
      subscriptionId: id,
      payload: JSON.parse(plain.toString("utf8")) as Record<string, unknown>,
      ttl: headers.ttl as string | undefined,
      urgency: headers.urgency as string | undefined,
      claims,
      at: performance.now(),
    };
  }

  const server = createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const id = /^\/push\/([\w-]+)$/.exec(request.url ?? "")?.[1];
      if (request.method !== "POST" || !id || !keys.has(id))
        return sendJson(response, 404, { reason: "no such subscription" });
      if (gone.has(id)) return sendJson(response, 410, { reason: "push subscription has expired" });
      if (failure.remaining > 0) {
        failure.remaining--;
        return sendJson(response, failure.status, { reason: "told to fail" });
      }
      accept(id, Buffer.concat(chunks), request.headers).then(
        (push) => {
          received.push(push);
          for (const resolve of waiting.splice(0)) resolve(push);
          response.writeHead(201, { location: `${origin}/message/${randomUUID()}` });
          response.end();
        },
        (error: unknown) => {
          const reason = error instanceof Error ? error.message : String(error);
          refused.push(reason);
          sendJson(response, 400, { reason });
        },
      );
    });
  });
  const listening = await listenOnLoopback(server);
  const url = listening.url.replace("http://", "https://");
  origin = url;

  return {
    url,
    received,
    refused,
    subscribe() {
      const id = randomUUID();
      const ecdh = createECDH("prime256v1");
      ecdh.generateKeys();
      const auth = randomBytes(16);
      keys.set(id, { ecdh, auth });
      return {
        endpoint: `${url}/push/${id}`,
        keys: {
          p256dh: ecdh.getPublicKey().toString("base64url"),
          auth: auth.toString("base64url"),
        },
      };
    },
    expire(endpoint) {
      const id = endpoint.split("/").at(-1);
      if (id) gone.add(id);
    },
    failNext(status, times = 1) {
      failure = { status, remaining: times };
    },
    nextDelivery: () => new Promise((resolve) => waiting.push(resolve)),
    close: listening.close,
  };
}
