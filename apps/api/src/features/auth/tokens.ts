import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { jwtVerify, SignJWT } from "jose";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import type { Database } from "../../db/open-database.ts";
import { serverSecrets } from "../../db/schema.ts";

export interface TokenService {
  /** A token for the user, valid until it expires or the user's token version moves on. */
  issue(user: { id: string; tokenVersion: number }): Promise<string>;
  /** The user id, or undefined for a token that is missing, forged, expired or revoked. */
  verify(token: string): Promise<string | undefined>;
}

/** What a genuine local token says: whose it is and the token version it was issued under. */
export interface LocalTokenClaims {
  userId: string;
  version: number;
}

/** Signs and reads local tokens; whether the version is still current is the authenticator's call. */
export interface LocalTokens {
  issue(user: { id: string; tokenVersion: number }): Promise<string>;
  /** The claims, or undefined for a token that is missing, forged or expired. */
  read(token: string): Promise<LocalTokenClaims | undefined>;
}

const issuer = "mentara-local";
const lifetime = "30d";
/** Tokens from before versions existed carry none: they belong to version 0. */
const versionClaim = z.number().int().min(0).default(0);

export function createTokenService(secret: Uint8Array): LocalTokens {
  // A token verified once is not verified again on every request (its HMAC costs the event loop
  // about 0.4 ms): its claims are kept until it expires. Only a genuine token gets in.
  const verified = new LRUCache<string, LocalTokenClaims & { expiresAt: number }>({ max: 10_000 });
  return {
    issue: (user) =>
      new SignJWT({ ver: user.tokenVersion })
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(user.id)
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(lifetime)
        .sign(secret),
    async read(token) {
      const known = verified.get(token);
      if (known && known.expiresAt > Date.now())
        return { userId: known.userId, version: known.version };
      try {
        const { payload } = await jwtVerify(token, secret, { issuer, algorithms: ["HS256"] });
        const version = versionClaim.safeParse(payload.ver);
        if (!payload.sub || !version.success) return undefined;
        const claims = { userId: payload.sub, version: version.data };
        if (payload.exp) verified.set(token, { ...claims, expiresAt: payload.exp * 1000 });
        return claims;
      } catch {
        return undefined;
      }
    },
  };
}

/** JWT_SECRET when configured; otherwise a key generated once and kept in the database. */
export async function loadSigningSecret(
  db: Database,
  configured: string | undefined,
): Promise<Uint8Array> {
  if (configured) return new TextEncoder().encode(configured);
  await db
    .insert(serverSecrets)
    .values({ name: "local-token-key", value: randomBytes(48).toString("base64") })
    .onConflictDoNothing();
  const [row] = await db
    .select()
    .from(serverSecrets)
    .where(eq(serverSecrets.name, "local-token-key"));
  if (!row) throw new Error("the token signing key could not be stored");
  return Buffer.from(row.value, "base64");
}
