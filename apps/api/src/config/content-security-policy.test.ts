import { describe, expect, it } from "vitest";
import { clerkFrontendApi, contentSecurityPolicy } from "./content-security-policy.ts";

describe("the content security policy", () => {
  it("allows only our own origin without Clerk", () => {
    const policy = contentSecurityPolicy(undefined);
    expect(policy.scriptSrc).toEqual(["'self'"]);
    expect(policy.connectSrc).toEqual(["'self'"]);
  });

  it("adds Clerk's Frontend API read from the publishable key", () => {
    const key = `pk_test_${Buffer.from("clerk.mentara.example$").toString("base64")}`;
    expect(clerkFrontendApi(key)).toBe("clerk.mentara.example");
    const policy = contentSecurityPolicy(key);
    expect(policy.scriptSrc).toContain("https://clerk.mentara.example");
    expect(policy.connectSrc).toContain("https://clerk.mentara.example");
    expect(clerkFrontendApi("pk_test_bm90IGEgaG9zdA==")).toBeUndefined();
  });
});
