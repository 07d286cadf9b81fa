import { importPKCS8, SignJWT } from "jose";
import { httpsPost } from "./https-post.ts";
import { isRetryable, PushRetryLater, type PushSender } from "./push-delivery.ts";

export interface ServiceAccount {
  project_id: string;
  client_email: string;
  private_key: string;
  private_key_id?: string | undefined;
  token_uri: string;
}

const scope = "https://www.googleapis.com/auth/firebase.messaging";

/**
 * FCM HTTP v1 for Android: an OAuth access token from the service account (a signed JWT grant),
 * kept until a minute before it expires, then `messages:send`.
 */
export function createFcmSender(options: {
  account: ServiceAccount;
  apiUrl: string;
  ca?: string[] | undefined;
  timeoutMs?: number;
}): PushSender {
  const { account } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const key = importPKCS8(account.private_key, "RS256");
  let access: { token: string; expiresAt: number } | undefined;
  const root = options.apiUrl.replace(/\/+$/, "");

  async function accessToken(): Promise<string> {
    if (access && Date.now() < access.expiresAt) return access.token;
    const assertion = await new SignJWT({ scope })
      .setProtectedHeader({
        alg: "RS256",
        typ: "JWT",
        ...(account.private_key_id ? { kid: account.private_key_id } : {}),
      })
      .setIssuer(account.client_email)
      .setAudience(account.token_uri)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(await key);
    const answer = await httpsPost(account.token_uri, {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "urn:ietf:params:oauth:grant-type:jwt-bearer",
        assertion,
      }).toString(),
      ca: options.ca,
      timeoutMs,
    }).catch((error: unknown) => {
      throw new PushRetryLater(`Google's token endpoint could not be reached: ${String(error)}`);
    });
    if (answer.status !== 200) {
      const failure = `Google's token endpoint answered ${answer.status}: ${answer.body.slice(0, 200)}`;
      throw isRetryable(answer.status) ? new PushRetryLater(failure) : new Error(failure);
    }
    const granted = JSON.parse(answer.body) as { access_token: string; expires_in: number };
    access = {
      token: granted.access_token,
      expiresAt: Date.now() + (granted.expires_in - 60) * 1000,
    };
    return access.token;
  }

  return {
    async send(token, message) {
      const answer = await httpsPost(`${root}/v1/projects/${account.project_id}/messages:send`, {
        headers: {
          authorization: `Bearer ${await accessToken()}`,
          "content-type": "application/json",
        },
        body: JSON.stringify({
          message: {
            token,
            notification: { title: message.title, body: message.body },
            data: { link: message.link, tag: message.tag },
            android: { priority: "HIGH", notification: { tag: message.tag } },
          },
        }),
        ca: options.ca,
        timeoutMs,
      }).catch((error: unknown) => {
        throw new PushRetryLater(`FCM could not be reached: ${String(error)}`);
      });
      if (answer.status === 200) return "sent";
      const errorCode = (() => {
        try {
          const details = (
            JSON.parse(answer.body) as { error?: { details?: { errorCode?: string }[] } }
          ).error?.details;
          return details?.find((d) => d.errorCode)?.errorCode ?? "";
        } catch {
          return "";
        }
      })();
      if (errorCode === "UNREGISTERED" || answer.status === 404) return "gone";
      if (answer.status === 401) {
        access = undefined;
        throw new PushRetryLater("FCM refused the access token; a new one is asked for");
      }
      if (isRetryable(answer.status))
        throw new PushRetryLater(`FCM answered ${answer.status} ${errorCode}`);
      throw new Error(`FCM answered ${answer.status} ${errorCode}`);
    },
  };
}
