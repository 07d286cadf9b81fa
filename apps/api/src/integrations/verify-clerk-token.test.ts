import { describe, expect, it } from "vitest";
import { createClerkTestKeys } from "../testing/clerk-test-keys.ts";
import { createClerkTokenVerifier } from "./verify-clerk-token.ts";

describe("Clerk session tokens", () => {
  it("accept a token signed with the instance key for an authorized party, and nothing else", async () => {
    const keys = await createClerkTestKeys();
    const stranger = await createClerkTestKeys();
    const verifier = createClerkTokenVerifier({
      jwtKey: keys.publicKeyPem,
      authorizedParties: ["http://localhost:3000"],
    });
    expect(await verifier.verify(await keys.mintSessionToken({ sub: "user_2abc" }))).toEqual({
      clerkUserId: "user_2abc",
    });
    expect(
      await verifier.verify(await stranger.mintSessionToken({ sub: "user_2abc" })),
    ).toBeUndefined();
    expect(
      await verifier.verify(await keys.mintSessionToken({ sub: "user_2abc", expiresInSec: -60 })),
    ).toBeUndefined();
    expect(
      await verifier.verify(
        await keys.mintSessionToken({ sub: "user_2abc", azp: "https://evil.example" }),
      ),
    ).toBeUndefined();
    expect(await verifier.verify("not a token")).toBeUndefined();
  });
});
