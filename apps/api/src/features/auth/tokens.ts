import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { jwtVerify, SignJWT } from "jose";
import type { Database } from "../../db/open-database.ts";
import { serverSecrets } from "../../db/schema.ts";

export interface TokenService {
  issue(userId: string): Promise<string>;
  /** The user id, or undefined for a token that is missing, forged or expired. */
  verify(token: string): Promise<string | undefined>;
}

const issuer = "mentara-local";
const lifetime = "30d";

export function createTokenService(secret: Uint8Array): TokenService {
  return {
    issue: (userId) =>
      new SignJWT({})
        .setProtectedHeader({ alg: "HS256" })
        .setSubject(userId)
        .setIssuer(issuer)
        .setIssuedAt()
        .setExpirationTime(lifetime)
        .sign(secret),
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, secret, { issuer, algorithms: ["HS256"] });
        return payload.sub;
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
