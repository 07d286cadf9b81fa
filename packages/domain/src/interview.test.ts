import { describe, expect, it } from "vitest";
import { isOldEnough } from "./interview.ts";

describe("isOldEnough", () => {
  const today = new Date("2026-11-27T00:00:00Z");
  it("lets in someone who turns 16 this year and refuses someone younger", () => {
    expect(isOldEnough(2010, today)).toBe(true);
    expect(isOldEnough(2011, today)).toBe(false);
  });
});
