import { verifyToken } from "@clerk/backend";

export interface ClerkTokenVerifier {
  /** The Clerk user id of a valid session token; undefined for anything else (never throws). */
  verify(token: string): Promise<{ clerkUserId: string } | undefined>;
}

/**
 * Verifies Clerk session tokens offline with the instance's PEM public key (`jwtKey`): no call to
 * Clerk per request. `authorizedParties` rejects tokens minted for another site (the `azp` claim).
 */
export function createClerkTokenVerifier(options: {
  jwtKey: string;
  authorizedParties: string[];
}): ClerkTokenVerifier {
  return {
    async verify(token) {
      try {
        const claims = await verifyToken(token, {
          jwtKey: options.jwtKey,
          authorizedParties: options.authorizedParties,
        });
        return typeof claims.sub === "string" && claims.sub
          ? { clerkUserId: claims.sub }
          : undefined;
      } catch {
        return undefined;
      }
    },
  };
}
