import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "worked-with-very-different-style",
  competency: "empathy-and-collaboration",
  question: {
    en: "Describe working closely with someone whose working style was very different from yours. How did you make it work?",
    ru: "Опишите опыт тесной работы с человеком, чей стиль работы сильно отличался от вашего. Как вы наладили сотрудничество?",
  },
  probes: {
    situation: [
      { en: "What were you working on together, and how was their style different?" },
      { en: "Where did the difference cause friction or problems?" },
    ],
    task: [{ en: "What did the two of you need to deliver together?" }],
    action: [
      { en: "What did you do to understand why they worked that way?" },
      { en: "What did you personally change or adapt in how you worked?" },
      { en: "Did you talk openly about the difference? How did that conversation go?" },
    ],
    result: [
      { en: "How did the collaboration and the result turn out?" },
      { en: "What did you take from their style that you still use?" },
    ],
  },
  followUps: [
    { en: "What did you ask them to change, and how did you ask?" },
    {
      en: "How do you work with people who prefer written communication versus talking things through?",
    },
    { en: "What kind of colleague is hardest for you to work with, and why?" },
  ],
  strongAnswer: {
    junior: {
      en: "Recognized a difference (for example, a colleague who wanted detailed plans while they preferred to experiment), asked about it, adjusted how they shared progress, and collaborated well on the task.",
    },
    mid: {
      en: "Made a working agreement with the other person (how to split work, when to sync, how to review), saw the difference as complementary, and delivered a better result together. Can name something they learned from the other style.",
    },
    senior: {
      en: "Bridged differing styles across roles or teams (a research-minded data scientist and a delivery-focused team), set up collaboration practices that worked for both, and helped others on the team adapt too.",
    },
    staff: {
      en: "Worked across very different cultures, such as a newly acquired company or a distant office, built shared practices and trust at the org level, and made the collaboration model work beyond their personal relationships.",
    },
  },
  redFlags: [
    { en: "Expects only the other person to change." },
    {
      en: "Describes the colleague with contempt or labels (lazy, slow, difficult) and no attempt to understand them.",
    },
    { en: "Avoided the person rather than working things out." },
  ],
};
