import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:https";
import { decodeProtectedHeader, jwtVerify } from "jose";
import { listenOnLoopback, sendJson } from "./fake-service.ts";
import { testTls } from "./test-tls.ts";

export interface ReceivedFcm {
  token: string;
  message: Record<string, unknown>;
  at: number;
}

export interface FakeFcm {
  /** `https://127.0.0.1:<port>`: FCM's API root for the server under test (FCM_API_URL). */
  url: string;
  /** A service account key file, as Google issues it, whose token_uri points at this fake. */
  serviceAccountJson: string;
  projectId: string;
  received: ReceivedFcm[];
  /** Access tokens issued by the token endpoint (a cached one is not asked for again). */
  tokensIssued: number;
  /** Requests refused, with the reason. */
  refused: string[];
  /** Registration tokens FCM answers 404 UNREGISTERED for. */
  unregistered: Set<string>;
  /** The next `times` sends answer 429 RESOURCE_EXHAUSTED with Retry-After. */
  throttleNext(times?: number): void;
  close(): Promise<void>;
}

const fcmError = (code: number, status: string, message: string, errorCode: string) => ({
  error: {
    code,
    message,
    status,
    details: [{ "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", errorCode }],
  },
});

/**
 * A loopback Google OAuth token endpoint and FCM HTTP v1 API over HTTPS (signed by the test CA).
 * The token endpoint verifies the RS256 assertion of the service account (iss, aud = token_uri,
 * the firebase.messaging scope) and issues an hour's access token; `messages:send` checks that
 * bearer token and answers 200, 404 UNREGISTERED or 429 as told.
 */
export async function startFakeFcm(): Promise<FakeFcm> {
  const tls = await testTls();
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const projectId = "mentara-test";
  const clientEmail = `push@${projectId}.iam.gserviceaccount.com`;
  const received: ReceivedFcm[] = [];
  const refused: string[] = [];
  const unregistered = new Set<string>();
  const accessTokens = new Set<string>();
  let throttled = 0;
  let tokenUri = "";

  async function issue(form: URLSearchParams) {
    if (form.get("grant_type") !== "urn:ietf:params:oauth:grant-type:jwt-bearer")
      throw new Error("unsupported_grant_type");
    const assertion = form.get("assertion") ?? "";
    if (decodeProtectedHeader(assertion).alg !== "RS256") throw new Error("invalid_grant: alg");
    const { payload } = await jwtVerify(assertion, publicKey, {
      issuer: clientEmail,
      audience: tokenUri,
    });
    if (!String(payload.scope ?? "").includes("https://www.googleapis.com/auth/firebase.messaging"))
      throw new Error("invalid_scope");
    const token = `ya29.${randomBytes(24).toString("base64url")}`;
    accessTokens.add(token);
    fake.tokensIssued++;
    return { access_token: token, expires_in: 3599, token_type: "Bearer" };
  }

  const server = createServer({ key: tls.key, cert: tls.cert }, (request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (request.method === "POST" && request.url === "/token") {
        issue(new URLSearchParams(body)).then(
          (answer) => sendJson(response, 200, answer),
          (error: unknown) => {
            const reason = error instanceof Error ? error.message : String(error);
            refused.push(reason);
            sendJson(response, 400, { error: "invalid_grant", error_description: reason });
          },
        );
        return;
      }
      if (request.method !== "POST" || request.url !== `/v1/projects/${projectId}/messages:send`)
        return sendJson(
          response,
          404,
          fcmError(404, "NOT_FOUND", "No such method.", "UNSPECIFIED_ERROR"),
        );
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? "")?.[1];
      if (!bearer || !accessTokens.has(bearer)) {
        refused.push("UNAUTHENTICATED");
        return sendJson(
          response,
          401,
          fcmError(
            401,
            "UNAUTHENTICATED",
            "Request had invalid authentication credentials.",
            "THIRD_PARTY_AUTH_ERROR",
          ),
        );
      }
      let message: Record<string, unknown> & { token?: unknown };
      try {
        message = (JSON.parse(body) as { message: typeof message }).message;
      } catch {
        return sendJson(
          response,
          400,
          fcmError(400, "INVALID_ARGUMENT", "Invalid JSON payload.", "INVALID_ARGUMENT"),
        );
      }
      const token = typeof message?.token === "string" ? message.token : "";
      if (throttled > 0) {
        throttled--;
        response.setHeader("retry-after", "1");
        return sendJson(
          response,
          429,
          fcmError(429, "RESOURCE_EXHAUSTED", "Quota exceeded.", "QUOTA_EXCEEDED"),
        );
      }
      if (unregistered.has(token))
        return sendJson(
          response,
          404,
          fcmError(404, "NOT_FOUND", "Requested entity was not found.", "UNREGISTERED"),
        );
      received.push({ token, message, at: performance.now() });
      sendJson(response, 200, {
        name: `projects/${projectId}/messages/${randomBytes(8).toString("hex")}`,
      });
    });
  });
  const listening = await listenOnLoopback(server);
  const url = listening.url.replace("http://", "https://");
  tokenUri = `${url}/token`;

  const fake: FakeFcm = {
    url,
    serviceAccountJson: JSON.stringify({
      type: "service_account",
      project_id: projectId,
      private_key_id: randomBytes(20).toString("hex"),
      private_key: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      client_email: clientEmail,
      client_id: "100000000000000000001",
      token_uri: tokenUri,
    }),
    projectId,
    received,
    tokensIssued: 0,
    refused,
    unregistered,
    throttleNext(times = 1) {
      throttled = times;
    },
    close: listening.close,
  };
  return fake;
}
