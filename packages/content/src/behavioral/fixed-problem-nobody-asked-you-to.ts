import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "fixed-problem-nobody-asked-you-to",
  competency: "proactivity-and-ownership",
  question: {
    en: "Tell me about a time you fixed a problem that was not assigned to you and that nobody had asked you to fix.",
    ru: "Расскажите о случае, когда вы исправили проблему, которую вам никто не поручал и о которой вас никто не просил.",
  },
  probes: {
    situation: [
      { en: "What was the problem, and how long had it existed before you noticed it?" },
      { en: "Why do you think nobody had fixed it yet?" },
    ],
    task: [{ en: "What made you decide it was worth your time, given your other commitments?" }],
    action: [
      { en: "What exactly did you do, step by step? Which parts did you do yourself?" },
      {
        en: "Did you tell anyone before you started? Who did you need to involve or get approval from?",
      },
      {
        en: "How did you make sure your fix did not create new problems for the owners of that area?",
      },
    ],
    result: [
      {
        en: "What changed afterwards? Can you put a number on it (time saved, incidents avoided, fewer support tickets)?",
      },
      { en: "What happened to your planned work in the meantime?" },
    ],
  },
  followUps: [
    { en: "Tell me about a problem you noticed but decided not to fix. How did you decide?" },
    { en: "How do you balance picking up these problems with delivering what you committed to?" },
    { en: "Did anything change in the team so that this class of problem gets caught earlier?" },
  ],
  strongAnswer: {
    junior: {
      en: "Noticed something concrete (a broken setup script, a flaky test, an outdated README), fixed it in a small, reviewable change, and told the team. Kept their assigned work on track.",
    },
    mid: {
      en: "Spotted a recurring problem affecting the team or users (slow CI, a noisy alert, a confusing error message), sized it, agreed on it with their lead, fixed it, and measured the improvement.",
    },
    senior: {
      en: "Took on a problem that crossed team boundaries, coordinated with the owners instead of working around them, and made the fix durable with tests, docs or monitoring. Quantifies the impact across teams.",
    },
    staff: {
      en: "Identified a systemic gap nobody owned (missing data retention policy, no dependency security scanning, unclear service ownership) and created an owner and a mechanism for it at the org level, not only a one-off fix.",
    },
  },
  redFlags: [
    {
      en: "Changed code owned by another team without telling them, or bypassed review to get it done.",
    },
    { en: "The story is really about assigned work, framed as initiative." },
    {
      en: "Dropped their own commitments to chase the side problem without communicating the trade-off.",
    },
  ],
};
