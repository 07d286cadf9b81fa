import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "priorities-changed-mid-project",
  competency: "handling-ambiguity",
  question: {
    en: "Tell me about a time the goals or priorities changed while you were in the middle of a project. How did you handle it?",
    ru: "Расскажите о случае, когда цели или приоритеты изменились посреди проекта. Как вы с этим справились?",
  },
  probes: {
    situation: [
      { en: "What was the project, how far along were you, and what changed?" },
      { en: "Why did the priorities change? Did you understand the reason at the time?" },
    ],
    task: [{ en: "What did the change mean for you and your work specifically?" }],
    action: [
      { en: "What did you do first when you heard about the change?" },
      { en: "How did you decide what to keep, what to pause and what to throw away?" },
      { en: "How did you wrap up or preserve the work in progress so it was not wasted?" },
    ],
    result: [
      { en: "How did the new direction turn out, and what happened to the original work?" },
      { en: "What would you do differently to be less affected by this kind of change?" },
    ],
  },
  followUps: [
    { en: "How did the team react, and what did you do to help them through it?" },
    { en: "Did you push back on the change at any point? How?" },
    { en: "How do you design or plan work now to cope with shifting priorities?" },
  ],
  strongAnswer: {
    junior: {
      en: "Adapted quickly, asked about the reason for the change, left their unfinished work in a clean, documented state, and got productive on the new priority.",
    },
    mid: {
      en: "Assessed what could be salvaged, proposed a plan to their lead (merge behind a flag, finish a small slice, shelve the rest), communicated the impact on dates and shipped on the new priority.",
    },
    senior: {
      en: "Helped the team and neighbouring teams re-plan: clarified the new goals with leadership, identified dependencies that broke, renegotiated commitments and kept morale up. Shows how the original investment was reused.",
    },
    staff: {
      en: "Understood the business reason for a major pivot, translated it into technical direction for several teams, decided which in-flight efforts to stop, and changed planning practices so the organization handles such shifts with less waste.",
    },
  },
  redFlags: [
    { en: "Resentment about the change dominates the story; no effort to understand why." },
    { en: "Kept working on the old plan quietly or ignored the new priority." },
    { en: "Abandoned half-finished work in a broken state." },
  ],
};
