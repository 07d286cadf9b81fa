import type { BehavioralQuestionInput } from "../schema/behavioral-schema.ts";

export const question: BehavioralQuestionInput = {
  id: "proposal-rejected-then-adopted",
  competency: "perseverance",
  question: {
    en: "Tell me about a time a proposal or idea of yours was rejected at first. What did you do next?",
    ru: "Расскажите о случае, когда ваше предложение или идею сначала отклонили. Что вы сделали дальше?",
  },
  probes: {
    situation: [
      { en: "What did you propose, and to whom?" },
      { en: "Why was it rejected? What objections did people raise?" },
    ],
    task: [{ en: "Why did you think it was still worth pursuing after the rejection?" }],
    action: [
      { en: "What did you change about the proposal or the way you presented it?" },
      { en: "What evidence did you gather, such as a prototype, data or user feedback?" },
      { en: "Who did you talk to individually, and what did you learn from those conversations?" },
    ],
    result: [
      { en: "Was it adopted in the end? In what form, and what impact did it have?" },
      { en: "If it was never adopted, how did you decide to let it go?" },
    ],
  },
  followUps: [
    { en: "Which of the original objections turned out to be valid?" },
    { en: "How do you decide between persisting with an idea and accepting the decision?" },
    { en: "How did your relationship with the people who rejected it develop?" },
  ],
  strongAnswer: {
    junior: {
      en: "Took a rejected suggestion (a new tool, a refactor) as feedback, understood the concerns, came back with a small proof of concept or data, and either got it accepted or accepted the decision gracefully.",
    },
    mid: {
      en: "Addressed the real objections (cost, risk, timing), reshaped the proposal into a smaller, lower-risk step, demonstrated value with a pilot and got it adopted by the team. Shows measurable outcome.",
    },
    senior: {
      en: "Persisted with a cross-team proposal through several rounds, built allies by listening to each group's concerns, used data from a pilot, and got it adopted more widely, while showing they would have let it go if the evidence had been against it.",
    },
    staff: {
      en: "Championed a strategic change leadership initially declined, reframed it in business terms, found the right timing and sponsor, and ended up changing the organization's direction. Shows judgement about when persistence is right.",
    },
  },
  redFlags: [
    { en: "Ignored the decision and built it anyway without telling anyone." },
    { en: "Dismisses everyone who objected as wrong; cannot state the objections fairly." },
    { en: "Gave up immediately and carries resentment." },
  ],
};
