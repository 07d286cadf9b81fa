import { describe, expect, it } from "vitest";
import { reactToRun, replyTo, streamText } from "./offline-interviewer.ts";

describe("offline interviewer", () => {
  it("answers the topic of the candidate's message", () => {
    expect(replyTo("I would use a hash map from value to index")).toMatch(/lookup structure/);
    expect(replyTo("Start with a brute force over every pair")).toMatch(/time complexity/);
    expect(replyTo("ok")).toMatch(/say a bit more/);
  });

  it("reacts to a run by how many tests passed", () => {
    expect(reactToRun({ passed: 8, total: 8 })).toMatch(/All 8 tests pass/);
    expect(reactToRun({ passed: 3, total: 8, firstFailure: "twoSum([3,3], 6)" })).toMatch(
      /3 of 8 .*twoSum\(\[3,3\], 6\)/,
    );
    expect(reactToRun({ passed: 0, total: 8, compileError: "SyntaxError" })).toMatch(
      /doesn't load/,
    );
  });

  it("streams the whole reply in pieces", async () => {
    const pieces: string[] = [];
    for await (const piece of streamText("one two three", 0)) pieces.push(piece);
    expect(pieces).toEqual(["one ", "two ", "three"]);
  });
});
