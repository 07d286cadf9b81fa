import { describe, expect, it } from "vitest";
import { routePattern, scrubDiagnostic } from "./diagnostics.ts";

describe("scrubDiagnostic", () => {
  it("removes emails, tokens, ids, long numbers, query strings and the candidate's own text", () => {
    const code = "function twoSum(nums, target) {\n  const seenSecretly = new Map();\n}";
    const text = [
      "TypeError: x is undefined for ada@example.com",
      "Authorization: Bearer abc.def.ghi",
      "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
      "session 0b6f3a52-6a7e-4a8e-9f59-6a1b2c3d4e5f card 4111111111111111",
      "at https://app.mentara.ai/assets/index-AbC123.js?token=zzz:12:34",
      "near: const seenSecretly = new Map();",
      "opaque sk_live_51HxYzAbCdEfGhIjKlMnOpQr",
    ].join("\n");
    const scrubbed = scrubDiagnostic(text, [code]);
    for (const gone of [
      "ada@example.com",
      "abc.def.ghi",
      "eyJhbGciOiJIUzI1NiJ9",
      "0b6f3a52-6a7e",
      "4111111111111111",
      "token=zzz",
      "seenSecretly",
      "sk_live_51HxYzAbCdEfGhIjKlMnOpQr",
    ])
      expect(scrubbed).not.toContain(gone);
    // What helps find the bug stays.
    expect(scrubbed).toContain("TypeError: x is undefined");
    expect(scrubbed).toContain("https://app.mentara.ai/assets/index-AbC123.js:12:34");
    expect(scrubbed).toContain("[candidate text]");
  });

  it("keeps short and common lines of candidate text, which would erase the stack", () => {
    expect(scrubDiagnostic("at f (app.js:1:2)\n}", ["}\n{"])).toBe("at f (app.js:1:2)\n}");
  });
});

describe("routePattern", () => {
  it("names the page without its id", () => {
    expect(routePattern("/interview/0b6f3a52-6a7e-4a8e-9f59-6a1b2c3d4e5f?x=1")).toBe(
      "/interview/:id",
    );
    expect(routePattern("/compare/12/34")).toBe("/compare/:id/:id");
    expect(routePattern("/progress")).toBe("/progress");
  });
});
