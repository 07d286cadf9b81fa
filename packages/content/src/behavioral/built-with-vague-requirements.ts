import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "built-with-vague-requirements",
  competency: "handling-ambiguity",
  question: {
    en: "Tell me about a time you had to start building something when the requirements were vague or incomplete.",
    ru: "Расскажите о случае, когда вам пришлось начать разработку при размытых или неполных требованиях.",
  },
  probes: {
    situation: [
      { en: "What were you asked to build, and what exactly was unclear about it?" },
      {
        en: "Why were the requirements vague: a new product, a busy stakeholder, a changing market?",
      },
    ],
    task: [{ en: "What did you have to deliver, and by when?" }],
    action: [
      {
        en: "How did you figure out what was really needed? Who did you talk to, and what did you ask?",
      },
      { en: "Which assumptions did you make, and how did you write them down or share them?" },
      { en: "How did you structure the work so that a wrong guess would be cheap to change?" },
    ],
    result: [
      { en: "How close was what you built to what was eventually needed? What had to change?" },
      { en: "How did users or stakeholders respond, and is there data on usage?" },
    ],
  },
  followUps: [
    { en: "When did you decide you had enough clarity to commit to a design?" },
    { en: "Which of your assumptions turned out to be wrong, and how did you find out?" },
    { en: "How would you approach the same situation now?" },
  ],
  strongAnswer: {
    junior: {
      en: "Asked focused questions instead of guessing silently, wrote down assumptions, built a small first version and checked it with their lead or the requester early.",
    },
    mid: {
      en: "Turned a fuzzy request into a short written spec with open questions, validated it with a prototype or mock, shipped iteratively behind a flag, and adjusted based on feedback. Can point to what changed and why.",
    },
    senior: {
      en: "Clarified an ambiguous initiative involving several teams: framed the problem, defined success metrics with product, split it into decisions that could be made now versus later, and kept the design flexible where uncertainty was highest.",
    },
    staff: {
      en: "Brought clarity to an ambiguous strategic area (a new market, a platform bet): defined the problem and principles, ran experiments to reduce the biggest unknowns, and gave leadership options with trade-offs that shaped the roadmap.",
    },
  },
  redFlags: [
    { en: "Waited for perfect requirements and blamed others for the delay." },
    { en: "Built a large solution on unvalidated guesses and had to throw most of it away." },
    { en: "Cannot name a single assumption they made or checked." },
  ],
};
