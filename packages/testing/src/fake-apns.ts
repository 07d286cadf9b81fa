import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { createSecureServer, type Http2Session, type ServerHttp2Stream } from "node:http2";
import { decodeProtectedHeader, jwtVerify } from "jose";
import { testTls } from "./test-tls.ts";

export interface ReceivedApns {
  deviceToken: string;
  payload: Record<string, unknown>;
  headers: { topic: string; pushType: string; priority: string | undefined };
  /** The provider token (JWT) that authorized it. */
  jwt: string;
  at: number;
}

export interface FakeApns {
  /** `https://127.0.0.1:<port>`: the host to send to instead of api.push.apple.com. */
  url: string;
  /** The .p8 signing key (PKCS#8 PEM) the server under test is given as APNS_PRIVATE_KEY. */
  privateKey: string;
  keyId: string;
  teamId: string;
  topic: string;
  received: ReceivedApns[];
  /** Requests refused, with APNs' reason. */
  refused: string[];
  /** Device tokens APNs answers 400 BadDeviceToken for. */
  badTokens: Set<string>;
  /** Device tokens APNs answers 410 Unregistered for (the app was removed). */
  unregistered: Set<string>;
  /** The next `times` requests answer this status with its reason (429 TooManyRequests…). */
  failNext(status: number, reason: string, times?: number): void;
  close(): Promise<void>;
}

/**
 * A loopback APNs over HTTP/2 and TLS (signed by the test CA). It verifies the provider token
 * (ES256 JWT with `kid` = key id and `iss` = team id, at most an hour old) with the key's public
 * half, the `apns-topic` and `apns-push-type` headers, and answers 200, 400 BadDeviceToken or
 * 410 Unregistered as Apple documents.
 */
export async function startFakeApns(
  options: { keyId?: string; teamId?: string; topic?: string } = {},
): Promise<FakeApns> {
  const tls = await testTls();
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "prime256v1" });
  const keyId = options.keyId ?? "ABC123DEFG";
  const teamId = options.teamId ?? "DEF123GHIJ";
  const topic = options.topic ?? "ai.mentara.app";
  const received: ReceivedApns[] = [];
  const refused: string[] = [];
  const badTokens = new Set<string>();
  const unregistered = new Set<string>();
  let failure = { status: 500, reason: "InternalServerError", remaining: 0 };

  const answer = (stream: ServerHttp2Stream, status: number, reason?: string) => {
    if (reason && status !== 200) refused.push(reason);
    stream.respond({ ":status": status, "apns-id": crypto.randomUUID() });
    stream.end(
      reason
        ? JSON.stringify(status === 410 ? { reason, timestamp: Date.now() } : { reason })
        : undefined,
    );
  };

  async function verify(jwt: string, key: KeyObject) {
    const header = decodeProtectedHeader(jwt);
    if (header.alg !== "ES256" || header.kid !== keyId) return "InvalidProviderToken";
    try {
      const { payload } = await jwtVerify(jwt, key, { issuer: teamId });
      if (typeof payload.iat !== "number" || payload.iat < Date.now() / 1000 - 3600)
        return "ExpiredProviderToken";
      return undefined;
    } catch {
      return "InvalidProviderToken";
    }
  }

  const server = createSecureServer({ key: tls.key, cert: tls.cert });
  const sessions = new Set<Http2Session>();
  server.on("session", (session) => {
    sessions.add(session);
    session.on("close", () => sessions.delete(session));
  });
  server.on("stream", (stream, headers) => {
    const chunks: Buffer[] = [];
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("end", () => {
      void (async () => {
        const path = String(headers[":path"] ?? "");
        const deviceToken = /^\/3\/device\/([0-9a-fA-F]+)$/.exec(path)?.[1];
        if (headers[":method"] !== "POST" || !deviceToken) return answer(stream, 404, "BadPath");
        const jwt = /^bearer (.+)$/.exec(String(headers.authorization ?? ""))?.[1];
        if (!jwt) return answer(stream, 403, "MissingProviderToken");
        const problem = await verify(jwt, publicKey);
        if (problem) return answer(stream, 403, problem);
        if (headers["apns-topic"] !== topic) return answer(stream, 400, "BadTopic");
        const pushType = String(headers["apns-push-type"] ?? "");
        if (!["alert", "background"].includes(pushType))
          return answer(stream, 400, "InvalidPushType");
        if (failure.remaining > 0) {
          failure.remaining--;
          return answer(stream, failure.status, failure.reason);
        }
        if (badTokens.has(deviceToken)) return answer(stream, 400, "BadDeviceToken");
        if (unregistered.has(deviceToken)) return answer(stream, 410, "Unregistered");
        let payload: Record<string, unknown>;
        try {
          payload = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>;
        } catch {
          return answer(stream, 400, "PayloadEmpty");
        }
        received.push({
          deviceToken,
          payload,
          headers: {
            topic,
            pushType,
            priority: headers["apns-priority"] as string | undefined,
          },
          jwt,
          at: performance.now(),
        });
        answer(stream, 200);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string")
    throw new Error("The fake APNs did not get a TCP port.");

  return {
    url: `https://127.0.0.1:${address.port}`,
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    keyId,
    teamId,
    topic,
    received,
    refused,
    badTokens,
    unregistered,
    failNext(status, reason, times = 1) {
      failure = { status, reason, remaining: times };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Open HTTP/2 sessions would keep the server open.
        for (const session of sessions) session.destroy();
      }),
  };
}
