import { describe, expect, it } from "vitest";
import type {
  BehavioralMaterial,
  CodingMaterial,
  InterviewEvent,
  InterviewMaterial,
  SystemDesignMaterial,
} from "./interview-material.ts";
import { type InterviewState, startState } from "./interview-state.ts";
import { interviewStep } from "./interview-step.ts";

const minute = 60_000;
const coding: CodingMaterial = {
  kind: "coding",
  title: "Two Sum",
  hints: ["gentle hint", "firmer hint", "explicit hint"],
  followUps: ["What if the list were sorted?"],
  optimalTime: "O(n)",
};

function play(state: InterviewState, material: InterviewMaterial, events: InterviewEvent[]) {
  const said: string[] = [];
  let current = state;
  for (const event of events) {
    const step = interviewStep(current, event, material);
    current = step.state;
    if (step.move.say) said.push(step.move.say);
  }
  return { state: current, said };
}

describe("a coding interview", () => {
  it("moves through the plan as the candidate clarifies, codes, tests and analyses", () => {
    const phases: string[] = [];
    let state = startState("coding", "practice", "mid", 0, 45 * minute);
    const events: InterviewEvent[] = [
      { kind: "start", nowMs: 0 },
      { kind: "turn", text: "Can the list contain negative numbers?", nowMs: minute },
      { kind: "turn", text: "I could check every pair with a nested loop.", nowMs: 3 * minute },
      {
        kind: "turn",
        text: "Better: a hash map from value to index, one pass.",
        nowMs: 5 * minute,
      },
      { kind: "run", passed: 10, total: 17, compileError: false, nowMs: 15 * minute },
      { kind: "run", passed: 17, total: 17, compileError: false, nowMs: 20 * minute },
      { kind: "turn", text: "It's O(n) time and O(n) space.", nowMs: 22 * minute },
    ];
    const said: string[] = [];
    for (const event of events) {
      const step = interviewStep(state, event, coding);
      state = step.state;
      phases.push(state.phase);
      if (step.move.say) said.push(step.move.say);
    }
    expect(phases).toEqual([
      "intro",
      "clarify",
      "approach",
      "implement",
      "test",
      "complexity",
      "wrap_up",
    ]);
    expect(said[2]).toMatch(/what does it cost/i);
    expect(said[5]).toMatch(/All 17 tests pass.*complexity/);
    expect(said[6]).toMatch(/matches what I'd expect.*sorted/);
  });

  it("gives three tiered hints in practice mode and none in assessment mode", () => {
    const practice = play(
      startState("coding", "practice", "mid", 0, 45 * minute),
      coding,
      [1, 2, 3, 4].map(() => ({ kind: "hint", nowMs: minute })),
    );
    expect(practice.state.hints).toEqual([1, 2, 3]);
    expect(practice.said.slice(0, 3)).toEqual([
      "Hint 1 of 3: gentle hint",
      "Hint 2 of 3: firmer hint",
      "Hint 3 of 3: explicit hint",
    ]);
    expect(practice.said[3]).toMatch(/all three hints/);
    const assessment = play(startState("coding", "assessment", "mid", 0, 45 * minute), coding, [
      { kind: "hint", nowMs: minute },
    ]);
    expect(assessment.state.hints).toEqual([]);
    expect(assessment.said[0]).toMatch(/off in assessment mode/);
  });

  it("nudges once when a phase overruns, then moves on, and ends when time is up", () => {
    const start = startState("coding", "practice", "mid", 0, 45 * minute);
    const { state, said } = play(start, coding, [
      { kind: "tick", nowMs: 3 * minute },
      { kind: "tick", nowMs: 3 * minute + 1 },
      { kind: "turn", text: "Let me think.", nowMs: 10 * minute },
      { kind: "tick", nowMs: 45 * minute },
      { kind: "turn", text: "Still there?", nowMs: 46 * minute },
    ]);
    expect(said[0]).toMatch(
      /running over on the introduction.*Let's move on to clarifying questions/,
    );
    expect(said.filter((s) => s.includes("running over"))).toHaveLength(1);
    expect(said.at(-1)).toMatch(/That's time/);
    expect(state.ended).toBe(true);
  });
});

describe("a behavioral interview", () => {
  const material: BehavioralMaterial = {
    kind: "behavioral",
    questions: [
      {
        question: "Tell me about a conflict with a colleague.",
        probes: {
          situation: ["What was the context?"],
          task: ["What was your goal?"],
          action: ["What did you do yourself?"],
          result: ["What came of it?"],
        },
        followUps: ["What would you do differently?"],
      },
      {
        question: "Tell me about a mistake.",
        probes: {
          situation: ["When?"],
          task: ["Why?"],
          action: ["What did you do?"],
          result: ["Outcome?"],
        },
        followUps: [],
      },
    ],
  };

  it("probes the STAR parts an answer is missing, follows up, then asks the next question", () => {
    const { said, state } = play(
      startState("behavioral", "practice", "mid", 0, 30 * minute),
      material,
      [
        { kind: "start", nowMs: 0 },
        {
          kind: "turn",
          text: "Last year our team had a disagreement about code review rules.",
          nowMs: minute,
        },
        {
          kind: "turn",
          text: "My goal was to get reviews done within a day. I proposed a rota and I paired with him.",
          nowMs: 2 * minute,
        },
        {
          kind: "turn",
          text: "As a result review time dropped from 3 days to 1.",
          nowMs: 3 * minute,
        },
        { kind: "turn", text: "I would involve the whole team earlier.", nowMs: 4 * minute },
      ],
    );
    expect(said[0]).toMatch(/conflict with a colleague/);
    expect(said[1]).toBe("What was your goal?");
    expect(said[2]).toBe("What came of it?");
    expect(said[3]).toBe("What would you do differently?");
    expect(said[4]).toBe("Thanks. Next question: Tell me about a mistake.");
    expect(state.questionIndex).toBe(1);
  });
});

describe("a system design interview", () => {
  const material: SystemDesignMaterial = {
    kind: "system_design",
    title: "a URL shortener",
    scope: "Short links for a social network.",
    scale: ["100 M new links a month", "10 B redirects a month"],
    deepDives: ["Generating unique short codes", "Caching hot links"],
  };

  it("answers clarifying questions with scale numbers and walks the stages", () => {
    const phases: string[] = [];
    let state = startState("system_design", "practice", "senior", 0, 45 * minute);
    const said: string[] = [];
    for (const event of [
      { kind: "start", nowMs: 0 },
      { kind: "turn", text: "How many links are created per month?", nowMs: minute },
      {
        kind: "turn",
        text: "Core entities are Link and User, with POST /links and GET /{code}.",
        nowMs: 5 * minute,
      },
      {
        kind: "turn",
        text: "A stateless service behind a load balancer, a key-value database and a cache.",
        nowMs: 12 * minute,
      },
      {
        kind: "turn",
        text: "Reads dominate, so the bottleneck is the database; replicas and sharding by code.",
        nowMs: 20 * minute,
      },
      { kind: "turn", text: "A counter range per server avoids collisions.", nowMs: 26 * minute },
      { kind: "turn", text: "An LRU cache in front of the store.", nowMs: 32 * minute },
      {
        kind: "turn",
        text: "If the cache fails, reads fall through to the replicas.",
        nowMs: 36 * minute,
      },
    ] satisfies InterviewEvent[]) {
      const step = interviewStep(state, event, material);
      state = step.state;
      phases.push(state.phase);
      if (step.move.say) said.push(step.move.say);
    }
    expect(said[1]).toMatch(/100 M new links a month/);
    expect(phases).toEqual([
      "requirements",
      "requirements",
      "entities_and_api",
      "high_level_design",
      "deep_dives",
      "deep_dives",
      "deep_dives",
      "wrap_up",
    ]);
    expect(said[4]).toMatch(/Generating unique short codes/);
    expect(said[5]).toMatch(/Caching hot links/);
    // A senior is asked what happens when things fail before the wrap-up.
    expect(said[6]).toMatch(/what users see when it fails/);
  });
});

describe("the level changes the interview", () => {
  const solved = (level: "junior" | "mid" | "senior" | "staff", claim: string) =>
    play(startState("coding", "practice", level, 0, 45 * minute), coding, [
      { kind: "start", nowMs: 0 },
      { kind: "turn", text: "A hash map from value to index, one pass.", nowMs: minute },
      { kind: "run", passed: 17, total: 17, compileError: false, nowMs: 10 * minute },
      { kind: "turn", text: claim, nowMs: 12 * minute },
      { kind: "turn", text: "I'd sort it and use two pointers.", nowMs: 14 * minute },
    ]);

  it("gives a junior no follow-up, and asks a senior for edge cases, the optimum and more", () => {
    const junior = solved("junior", "It's O(n) time and O(n) space.");
    expect(junior.said[3]).toMatch(/matches what I'd expect.*End the interview/);
    const senior = solved("senior", "It's O(n^2) time and O(1) space.");
    expect(senior.said[1]).toMatch(/Before you code it: what will it cost/);
    expect(senior.said[2]).toMatch(/Which edge cases does your code handle/);
    expect(senior.said[3]).toMatch(/At this level I'd expect you to reach O\(n\)/);
  });

  it("asks staff system designers about failure, regions and cost", () => {
    const material: SystemDesignMaterial = {
      kind: "system_design",
      title: "a URL shortener",
      scope: "Short links.",
      scale: ["100 M links a month"],
      deepDives: ["Unique codes"],
    };
    const turns = [
      "Entities: Link, with POST /links and GET /{code}.",
      "A service behind a load balancer with a database and a cache.",
      "The bottleneck is reads; replicas and sharding by code.",
      "Counter ranges per server.",
      "Reads fall back to replicas.",
      "Each region gets its own counter space.",
      "About $20k a month, mostly cache memory.",
    ];
    const { said } = play(
      startState("system_design", "practice", "staff", 0, 45 * minute),
      material,
      [
        { kind: "start", nowMs: 0 },
        ...turns.map((text, i) => ({ kind: "turn" as const, text, nowMs: (i + 1) * minute })),
      ],
    );
    expect(said.join("\n")).toMatch(/what users see when it fails/);
    expect(said.join("\n")).toMatch(/three regions/);
    expect(said.join("\n")).toMatch(/what does this cost to run/);
    expect(said.at(-1)).toMatch(/Summarise your design/);
  });
});
