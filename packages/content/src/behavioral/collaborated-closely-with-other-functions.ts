import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "collaborated-closely-with-other-functions",
  competency: "empathy-and-collaboration",
  question: {
    en: "Tell me about a project where you worked closely with people outside engineering, such as design, support, sales or data. What did you learn about their constraints?",
    ru: "Расскажите о проекте, где вы тесно работали с людьми не из разработки, например с дизайнерами, поддержкой, продажами или аналитиками. Что вы узнали об их ограничениях?",
  },
  probes: {
    situation: [
      { en: "What was the project, and which functions were involved?" },
      { en: "Where did the different groups' goals or constraints pull in different directions?" },
    ],
    task: [{ en: "What was your role in the collaboration beyond writing code?" }],
    action: [
      { en: "What did you do to understand their constraints? Did you sit in on their work?" },
      {
        en: "Give an example where you changed your technical approach because of what you learned.",
      },
      { en: "How did you explain engineering constraints back to them?" },
    ],
    result: [
      { en: "What was the outcome for users or the business?" },
      { en: "How did the relationship with that function change after the project?" },
    ],
  },
  followUps: [
    {
      en: "What did they misunderstand about engineering, and what did you misunderstand about them?",
    },
    { en: "How did you handle a request from them that did not make technical sense?" },
    { en: "What would you set up from the start on the next cross-functional project?" },
  ],
  strongAnswer: {
    junior: {
      en: "Worked with a designer or support colleague on a feature, asked questions to understand their needs, implemented details that mattered to them, and kept them updated.",
    },
    mid: {
      en: "Built a real partnership: for example, shadowed support to see how a bug affected customers, then built internal tools or changed the feature accordingly. Shows a concrete outcome such as fewer tickets or faster design iterations.",
    },
    senior: {
      en: "Aligned engineering with several functions on a larger initiative, translated constraints in both directions, negotiated trade-offs, and created lasting collaboration practices like shared planning or feedback loops.",
    },
    staff: {
      en: "Shaped how engineering partners with other functions across the company (data contracts with analytics, engineering input into sales commitments, support escalation paths), improving outcomes at the org level.",
    },
  },
  redFlags: [
    { en: "Treats other functions as requesters of tickets rather than partners." },
    { en: "Cannot describe any constraint of the other function." },
    { en: "Condescending tone about non-technical colleagues." },
  ],
};
