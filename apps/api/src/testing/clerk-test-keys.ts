import { randomBytes } from "node:crypto";
import { exportSPKI, generateKeyPair, SignJWT } from "jose";
import { Webhook } from "svix";

export interface SessionClaims {
  sub: string;
  azp?: string;
  sid?: string;
  /** Seconds from now until `exp`; negative mints an expired token. Clerk allows 5 s of skew. */
  expiresInSec?: number;
  issuer?: string;
}

export interface ClerkTestKeys {
  /** What Clerk's dashboard calls the "PEM Public Key"; the verifier takes it as `jwtKey`. */
  publicKeyPem: string;
  mintSessionToken(claims: SessionClaims): Promise<string>;
}

/**
 * A key pair that plays Clerk's instance key, so tests can sign in as anyone without the network.
 * Tokens carry the header and claims of a Clerk session token, so they exercise the real verifier.
 */
export async function createClerkTestKeys(): Promise<ClerkTestKeys> {
  const { publicKey, privateKey } = await generateKeyPair("RS256", { extractable: true });
  const publicKeyPem = await exportSPKI(publicKey);
  return {
    publicKeyPem,
    async mintSessionToken({
      sub,
      azp = "http://localhost:3000",
      sid = "sess_test",
      expiresInSec = 60,
      issuer = "https://clerk.test.example",
    }) {
      const iat = Math.floor(Date.now() / 1000);
      return new SignJWT({ sid, azp })
        .setProtectedHeader({ alg: "RS256", kid: "ins_test", typ: "JWT" })
        .setSubject(sub)
        .setIssuer(issuer)
        .setIssuedAt(iat)
        .setNotBefore(iat - 5)
        .setExpirationTime(iat + expiresInSec)
        .sign(privateKey);
    },
  };
}

/** A secret in the form Svix issues (`whsec_` + base64 key), for signing test webhooks. */
export function createWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString("base64")}`;
}

/**
 * A webhook body and the Svix headers Clerk would send with it, signed with `secret` by Svix's
 * own library, so the endpoint's verification is exercised for real.
 */
export function signClerkWebhook(
  secret: string,
  payload: object,
  id = `msg_${randomBytes(8).toString("hex")}`,
  at = new Date(),
): { body: string; headers: Record<string, string> } {
  const body = JSON.stringify(payload);
  return {
    body,
    headers: {
      "content-type": "application/json",
      "svix-id": id,
      "svix-timestamp": String(Math.floor(at.getTime() / 1000)),
      "svix-signature": new Webhook(secret).sign(id, at, body),
    },
  };
}
