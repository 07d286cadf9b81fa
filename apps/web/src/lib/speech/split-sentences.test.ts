import { describe, expect, it } from "vitest";
import { createSentenceSplitter } from "./split-sentences.ts";

describe("reading a streaming reply sentence by sentence", () => {
  it("hands out each sentence once, as soon as it ends, and the rest at the end", () => {
    const splitter = createSentenceSplitter();
    expect(splitter.next("Thanks. Could you")).toEqual(["Thanks."]);
    expect(splitter.next("Thanks. Could you walk me through it? What")).toEqual([
      "Could you walk me through it?",
    ]);
    expect(splitter.next("Thanks. Could you walk me through it? What about")).toEqual([]);
    expect(splitter.rest("Thanks. Could you walk me through it? What about scale")).toEqual([
      "What about scale",
    ]);
  });

  it("cuts a very long sentence at a comma, and reads Russian too", () => {
    const long = `${"word ".repeat(30)}, ${"more ".repeat(30)}`;
    expect(createSentenceSplitter(200).next(long)).toEqual([`${"word ".repeat(30)},`]);
    expect(createSentenceSplitter().next("Спасибо! Расскажите подробнее… ")).toEqual([
      "Спасибо!",
      "Расскажите подробнее…",
    ]);
  });
});
