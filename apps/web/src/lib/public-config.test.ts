import { publicConfig } from "@mentara/contracts/account";
import { describe, expect, it } from "vitest";
import { readPublicConfig } from "./public-config.ts";

const published = {
  clerkPublishableKey: "pk_test_abc",
  privacyPolicyUpdated: "2026-11-20",
  contactEmail: "privacy@mentara.example",
  webPushKey: "BEl62iUYgUivxIkv69yViEuiBIa",
};

/** What the server may answer; the first page must read each exactly as the contract does. */
const answers: Record<string, unknown> = {
  "local accounts": { ...published, clerkPublishableKey: null },
  "Clerk sign-in": published,
  "an extra field": { ...published, newSetting: true },
  "a missing field": { ...published, contactEmail: undefined },
  "a number for text": { ...published, webPushKey: 42 },
  "no Clerk key at all": { ...published, clerkPublishableKey: undefined },
  "not an object": "<html>proxy error</html>",
  nothing: null,
};

function reading(read: () => unknown) {
  try {
    return { value: read() };
  } catch {
    return { refused: true };
  }
}

describe("the public configuration read before the first page", () => {
  for (const [name, answer] of Object.entries(answers))
    it(`reads ${name} as the contract does`, () => {
      expect(reading(() => readPublicConfig(answer))).toEqual(
        reading(() => publicConfig.parse(answer)),
      );
    });

  it("covers every field the contract has", () => {
    expect(Object.keys(readPublicConfig(published)).sort()).toEqual(
      Object.keys(publicConfig.shape).sort(),
    );
  });
});
