import { describe, expect, it } from "vitest";
import { countFillers, deliveryFeedback } from "./delivery-feedback.ts";

describe("delivery feedback on spoken answers", () => {
  it("counts English and Russian fillers, and not the same words used for meaning", () => {
    expect(
      Object.fromEntries(
        countFillers("Um, so I'd, uh, basically use, like, a cache. I'd like a queue, you know."),
      ),
    ).toEqual({ um: 1, uh: 1, basically: 1, like: 1, "you know": 1 });
    expect(
      Object.fromEntries(countFillers("Ну, э-э, я типа сделал кэш, вот. Вот пример: как бы так.")),
    ).toEqual({ ну: 1, "э-э": 1, типа: 1, вот: 1, "как бы": 1 });
    expect(countFillers("What kind of database would you like? Umbrella, erase, human.").size).toBe(
      0,
    );
  });

  it("gives words and fillers per minute of speaking and links each long pause to its turn", () => {
    const feedback = deliveryFeedback([
      {
        id: "t1",
        // 30 words in 12 seconds: 150 words a minute.
        text: "Um, I would start with the requirements, uh, and the expected load, then sketch the API, the storage and the cache, and then we can talk about the scaling plan.",
        speech: { durationMs: 12_000, pauses: [{ atMs: 4_000, ms: 3_500 }] },
      },
      {
        id: "t2",
        text: "Then a queue in front of the writers.",
        speech: { durationMs: 3_000, pauses: [] },
      },
    ]);
    expect(feedback).toMatchObject({
      spokenTurns: 2,
      speakingMs: 15_000,
      fillers: [
        { word: "uh", count: 1 },
        { word: "um", count: 1 },
      ],
      fillersPerMinute: 8,
      longPauses: [{ turnId: "t1", atMs: 4_000, ms: 3_500 }],
    });
    expect(feedback?.turns.map((t) => t.turnId)).toEqual(["t1", "t2"]);
    expect(feedback?.wordsPerMinute).toBeGreaterThan(140);
    expect(feedback?.wordsPerMinute).toBeLessThan(160);
  });

  it("says nothing when nothing was spoken", () => {
    expect(deliveryFeedback([])).toBeUndefined();
  });
});
